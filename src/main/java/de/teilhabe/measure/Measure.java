package de.teilhabe.measure;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A measure (Maßnahme) a working group proposed; after the council's decision, its implementation is tracked. */
@Entity
@Table(name = "measure")
public class Measure {

	/** No single measure of a municipal participation process costs more than this; larger input is a typo. */
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

	protected Measure() {
	}

	Measure(long participationId, long workingGroupId, int position, NewMeasure proposal) {
		if (proposal.title() == null || proposal.title().isBlank()) {
			throw new IllegalArgumentException("A measure needs a title");
		}
		if (proposal.estimatedCost() < 0 || proposal.estimatedCost() > MAX_COST) {
			throw new IllegalArgumentException("Estimated cost out of range: " + proposal.estimatedCost());
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

	void adopt() {
		if (status == MeasureStatus.PROPOSED) {
			status = MeasureStatus.PLANNED;
		}
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

}
