package de.teilhabe.measure;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface MeasureUpdateRepository extends JpaRepository<MeasureUpdate, Long> {

	List<MeasureUpdate> findByMeasureIdInOrderByReportDateDescIdDesc(Collection<Long> measureIds);

}
