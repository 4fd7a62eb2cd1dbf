package de.teilhabe.measure;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A measure (Maßnahme) a working group proposed; after the council's decision, its
 * implementation is tracked.
 */
@Entity
@Table(name = "measure")
public class Measure {

	/**
	 * No single measure of a municipal participation process costs more than this; larger
	 * input is a typo.
	 */
	public static final long MAX_COST = 100_000_000L;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long participationId;

	private Long workingGroupId;

	private int position;

	private String title;

	private String description;

	private String responsibleBody;

	private String partners;

	private long estimatedCost;

	@Enumerated(EnumType.STRING)
	private Priority priority;

	private String timeframe;

	private String goalTitle;

	@Enumerated(EnumType.STRING)
	private MeasureStatus status;

	private int progressPercent;

	private long spentBudget;

	private Long mergedIntoId;

	/**
	 * Chosen before an "adopted with changes" decision is recorded: the council did not
	 * adopt this measure.
	 */
	private boolean councilExcluded;

	protected Measure() {
	}

	Measure(long participationId, long workingGroupId, int position, NewMeasure proposal) {
		if (proposal.title() == null || proposal.title().isBlank()) {
			throw new IllegalArgumentException("A measure needs a title");
		}
		if (proposal.estimatedCost() < 0 || proposal.estimatedCost() > MAX_COST) {
			throw new MeasureException("outcome.measure.cost.range");
		}
		this.participationId = participationId;
		this.workingGroupId = workingGroupId;
		this.position = position;
		this.title = proposal.title().strip();
		this.description = proposal.description();
		this.responsibleBody = proposal.responsibleBody();
		this.partners = proposal.partners();
		this.estimatedCost = proposal.estimatedCost();
		this.priority = proposal.priority();
		this.timeframe = proposal.timeframe();
		this.goalTitle = proposal.goal();
		this.status = MeasureStatus.PROPOSED;
	}

	/**
	 * On adoption a proposed measure is planned; when the council adopted with changes, a
	 * measure it left out is not adopted.
	 */
	void adopt(boolean withChanges) {
		if (status == MeasureStatus.PROPOSED) {
			status = withChanges && councilExcluded ? MeasureStatus.NOT_ADOPTED : MeasureStatus.PLANNED;
		}
	}

	/**
	 * Before the decision is recorded: whether the council adopted this measure ("adopted
	 * with changes").
	 */
	void chooseForCouncil(boolean adopted) {
		if (status != MeasureStatus.PROPOSED) {
			throw new MeasureException("outcome.measure.council.decided");
		}
		councilExcluded = !adopted;
	}

	/**
	 * Consolidation: this measure duplicates the target, which stands for both from now
	 * on.
	 */
	void mergeInto(Measure target) {
		if (target == this || target.id.equals(id)) {
			throw new MeasureException("outcome.measure.merge.self");
		}
		if (!participationId.equals(target.participationId)) {
			throw new MeasureException("outcome.measure.merge.otherProcess");
		}
		if (status != MeasureStatus.PROPOSED || target.status != MeasureStatus.PROPOSED) {
			throw new MeasureException("outcome.measure.merge.notProposed");
		}
		this.status = MeasureStatus.MERGED;
		this.mergedIntoId = target.id;
	}

	/**
	 * Consolidation: the coordinator sets a measure aside (cut or prioritised away), or
	 * takes it back.
	 */
	void defer(boolean deferred) {
		MeasureStatus from = deferred ? MeasureStatus.PROPOSED : MeasureStatus.DEFERRED;
		if (status != from) {
			throw new MeasureException("outcome.measure.defer.notProposed");
		}
		this.status = deferred ? MeasureStatus.DEFERRED : MeasureStatus.PROPOSED;
	}

	/**
	 * After adoption: the responsible body reports status, progress and what has been
	 * spent.
	 */
	MeasureUpdate report(ProgressReport report, String userId, Instant at) {
		if (!status.isTracked()) {
			throw new MeasureException("outcome.measure.report.notAdopted");
		}
		if (report.status() == null || !report.status().isTracked()) {
			throw new MeasureException("outcome.measure.report.status");
		}
		if (report.progressPercent() < 0 || report.progressPercent() > 100) {
			throw new MeasureException("outcome.measure.report.progress");
		}
		if (report.spentBudget() < 0 || report.spentBudget() > MAX_COST) {
			throw new MeasureException("outcome.measure.report.spent");
		}
		if (report.text() == null || report.text().isBlank() || report.text().length() > MeasureUpdate.MAX_TEXT) {
			throw new MeasureException("outcome.measure.report.text");
		}
		if (report.date() == null) {
			throw new MeasureException("outcome.measure.report.date");
		}
		this.status = report.status();
		this.progressPercent = report.status() == MeasureStatus.DONE ? 100 : report.progressPercent();
		this.spentBudget = report.spentBudget();
		return new MeasureUpdate(id, report.date(), report.text().strip(), status, progressPercent, spentBudget, userId,
				at);
	}

	public boolean isCouncilExcluded() {
		return councilExcluded;
	}

	public Long getId() {
		return id;
	}

	public Long getParticipationId() {
		return participationId;
	}

	public Long getWorkingGroupId() {
		return workingGroupId;
	}

	public int getPosition() {
		return position;
	}

	public String getTitle() {
		return title;
	}

	public String getDescription() {
		return description;
	}

	public String getResponsibleBody() {
		return responsibleBody;
	}

	public String getPartners() {
		return partners;
	}

	public long getEstimatedCost() {
		return estimatedCost;
	}

	public Priority getPriority() {
		return priority;
	}

	public String getTimeframe() {
		return timeframe;
	}

	public String getGoalTitle() {
		return goalTitle;
	}

	public MeasureStatus getStatus() {
		return status;
	}

	public int getProgressPercent() {
		return progressPercent;
	}

	public long getSpentBudget() {
		return spentBudget;
	}

	/** The measure this one was merged into during consolidation, if any. */
	public Long getMergedIntoId() {
		return mergedIntoId;
	}

}
