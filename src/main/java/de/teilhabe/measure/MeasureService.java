package de.teilhabe.measure;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Measures from the working groups' results to their implementation. */
@Service
public class MeasureService {

	private final MeasureRepository repository;

	MeasureService(MeasureRepository repository) {
		this.repository = repository;
	}

	/** A working group's latest results replace what it recorded before (after a review sent them back). */
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

	/** After the council adopted the concept, every proposed measure is planned. */
	@Transactional
	public long adoptAll(long participationId) {
		ofParticipation(participationId).forEach(Measure::adopt);
		return openCount(participationId);
	}

	@Transactional(readOnly = true)
	public long openCount(long participationId) {
		return repository.countByParticipationIdAndStatusIn(participationId,
				EnumSet.of(MeasureStatus.PLANNED, MeasureStatus.IN_PROGRESS));
	}

}
