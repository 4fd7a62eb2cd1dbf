package de.teilhabe.measure;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.teilhabe.workinggroup.WorkingGroup;
import de.teilhabe.workinggroup.WorkingGroupService;

/** Measures from the working groups' results to their implementation. */
@Service
public class MeasureService {

	private final MeasureRepository repository;

	private final MeasureUpdateRepository updates;

	private final WorkingGroupService workingGroups;

	private final Clock clock;

	MeasureService(MeasureRepository repository, MeasureUpdateRepository updates, WorkingGroupService workingGroups,
			Clock clock) {
		this.repository = repository;
		this.updates = updates;
		this.workingGroups = workingGroups;
		this.clock = clock;
	}

	/**
	 * Stores what a working group's lead entered: its measures here, its goals with the
	 * group. Returns the number of measures.
	 */
	@Transactional
	public int recordResults(long workingGroupId, List<? extends Map<?, ?>> goalEntries,
			List<? extends Map<?, ?>> measureEntries) {
		WorkingGroup group = workingGroups.get(workingGroupId);
		int count = replaceProposals(group.getParticipationId(), workingGroupId,
				measureEntries.stream().map(NewMeasure::fromForm).toList())
			.size();
		workingGroups.recordResults(workingGroupId, goalEntries, count);
		return count;
	}

	/**
	 * A working group's latest results replace what it recorded before (after a review
	 * sent them back).
	 */
	@Transactional
	public List<Measure> replaceProposals(long participationId, long workingGroupId, List<NewMeasure> proposals) {
		repository.deleteByWorkingGroupId(workingGroupId);
		repository.flush();
		List<Measure> measures = new ArrayList<>();
		for (int i = 0; i < proposals.size(); i++) {
			measures.add(new Measure(participationId, workingGroupId, i + 1, proposals.get(i)));
		}
		return repository.saveAll(measures);
	}

	@Transactional(readOnly = true)
	public long totalCost(long participationId) {
		return repository.totalCost(participationId);
	}

	@Transactional(readOnly = true)
	public List<Measure> ofParticipation(long participationId) {
		return repository.findByParticipationIdOrderByWorkingGroupIdAscPositionAsc(participationId);
	}

	@Transactional(readOnly = true)
	public List<Measure> ofWorkingGroup(long workingGroupId) {
		return repository.findByWorkingGroupIdOrderByPosition(workingGroupId);
	}

	/**
	 * After the council adopted the concept, every proposed measure is planned; adopted
	 * with changes, only those the coordinator chose as adopted ({@link #chooseAdopted}),
	 * the others are not adopted.
	 */
	@Transactional
	public long adopt(long participationId, boolean withChanges) {
		ofParticipation(participationId).forEach(measure -> measure.adopt(withChanges));
		return openCount(participationId);
	}

	/**
	 * The measures still waiting for the council's decision: submitted, not yet adopted.
	 */
	@Transactional(readOnly = true)
	public List<Measure> beforeCouncil(long participationId) {
		return ofParticipation(participationId).stream().filter(m -> m.getStatus() == MeasureStatus.PROPOSED).toList();
	}

	/**
	 * "Adopted with changes": which of the submitted measures the council adopted. At
	 * least one; the choice can be changed until the decision is recorded.
	 */
	@Transactional
	public void chooseAdopted(long participationId, Collection<Long> adoptedIds) {
		List<Measure> proposed = beforeCouncil(participationId);
		if (proposed.isEmpty()) {
			throw new MeasureException("outcome.measure.council.decided");
		}
		if (adoptedIds.isEmpty()) {
			throw new MeasureException("outcome.measure.council.noneChosen");
		}
		if (!proposed.stream().map(Measure::getId).toList().containsAll(adoptedIds)) {
			throw new MeasureException("outcome.measure.council.unknown");
		}
		proposed.forEach(measure -> measure.chooseForCouncil(adoptedIds.contains(measure.getId())));
	}

	@Transactional(readOnly = true)
	public long openCount(long participationId) {
		return repository.countByParticipationIdAndStatusIn(participationId,
				EnumSet.of(MeasureStatus.PLANNED, MeasureStatus.IN_PROGRESS));
	}

	/**
	 * Consolidation: the other measures duplicate the kept one, which stands for all of
	 * them from now on (their working groups stay linked through {@link #mergedInto}).
	 */
	@Transactional
	public Measure merge(long participationId, long keptId, Collection<Long> duplicateIds) {
		if (duplicateIds.isEmpty()) {
			throw new MeasureException("outcome.measure.merge.tooFew");
		}
		Measure kept = inParticipation(participationId, keptId);
		for (Long duplicateId : duplicateIds) {
			inParticipation(participationId, duplicateId).mergeInto(kept);
		}
		return kept;
	}

	/**
	 * Consolidation: sets a measure aside (to keep within the budget) or takes it back.
	 */
	@Transactional
	public Measure defer(long participationId, long measureId, boolean deferred) {
		Measure measure = inParticipation(participationId, measureId);
		measure.defer(deferred);
		return measure;
	}

	/** The measures merged into each kept measure, by the kept measure's id. */
	@Transactional(readOnly = true)
	public Map<Long, List<Measure>> mergedInto(long participationId) {
		Map<Long, List<Measure>> merged = new LinkedHashMap<>();
		ofParticipation(participationId).stream()
			.filter(m -> m.getMergedIntoId() != null)
			.forEach(m -> merged.computeIfAbsent(m.getMergedIntoId(), id -> new ArrayList<>()).add(m));
		return merged;
	}

	/**
	 * The measures submitted to the council (neither merged into another nor set aside),
	 * by working group.
	 */
	@Transactional(readOnly = true)
	public List<Measure> submitted(long participationId) {
		return ofParticipation(participationId).stream().filter(m -> m.getStatus().isSubmitted()).toList();
	}

	/** The adopted measures whose implementation is followed. */
	@Transactional(readOnly = true)
	public List<Measure> tracked(long participationId) {
		return ofParticipation(participationId).stream().filter(m -> m.getStatus().isTracked()).toList();
	}

	@Transactional
	public MeasureUpdate report(long participationId, long measureId, ProgressReport report, String userId) {
		Measure measure = inParticipation(participationId, measureId);
		return updates.save(measure.report(report, userId, clock.instant()));
	}

	/** Every progress report on the measures, newest first, by measure id. */
	@Transactional(readOnly = true)
	public Map<Long, List<MeasureUpdate>> updatesOf(Collection<Long> measureIds) {
		Map<Long, List<MeasureUpdate>> byMeasure = new LinkedHashMap<>();
		if (measureIds.isEmpty()) {
			return byMeasure;
		}
		updates.findByMeasureIdInOrderByReportDateDescIdDesc(measureIds)
			.forEach(u -> byMeasure.computeIfAbsent(u.getMeasureId(), id -> new ArrayList<>()).add(u));
		return byMeasure;
	}

	/**
	 * The measures still planned or in progress, by responsible body (none named: empty
	 * string): whom the yearly progress report asks.
	 */
	@Transactional(readOnly = true)
	public Map<String, List<Measure>> openByResponsibleBody(long participationId) {
		Map<String, List<Measure>> byBody = new TreeMap<>();
		tracked(participationId).stream()
			.filter(m -> m.getStatus().isOpen())
			.forEach(m -> byBody
				.computeIfAbsent(m.getResponsibleBody() == null ? "" : m.getResponsibleBody(),
						body -> new ArrayList<>())
				.add(m));
		return byBody;
	}

	@Transactional(readOnly = true)
	public long spentBudget(long participationId) {
		return tracked(participationId).stream().mapToLong(Measure::getSpentBudget).sum();
	}

	private Measure inParticipation(long participationId, long measureId) {
		return repository.findById(measureId)
			.filter(m -> m.getParticipationId() == participationId)
			.orElseThrow(() -> new MeasureException("outcome.measure.unknown"));
	}

}
