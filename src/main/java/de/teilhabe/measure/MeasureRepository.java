package de.teilhabe.measure;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface MeasureRepository extends JpaRepository<Measure, Long> {

	List<Measure> findByParticipationIdOrderByWorkingGroupIdAscPositionAsc(long participationId);

	List<Measure> findByWorkingGroupIdOrderByPosition(long workingGroupId);

	@Modifying
	@Query("delete from Measure m where m.workingGroupId = :workingGroupId")
	void deleteByWorkingGroupId(long workingGroupId);

	@Query("select coalesce(sum(m.estimatedCost), 0) from Measure m where m.participationId = :participationId"
			+ " and m.status not in (de.teilhabe.measure.MeasureStatus.MERGED, de.teilhabe.measure.MeasureStatus.DEFERRED)")
	long totalCost(long participationId);

	long countByParticipationIdAndStatusIn(long participationId, Collection<MeasureStatus> statuses);

}
