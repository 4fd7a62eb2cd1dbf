package de.teilhabe.event;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ProgrammeItemRepository extends JpaRepository<ProgrammeItem, Long> {

	List<ProgrammeItem> findByEventIdOrderByPosition(long eventId);

	@Modifying
	@Query("delete from ProgrammeItem p where p.eventId = :eventId")
	void deleteByEventId(long eventId);

}
