package de.teilhabe.event;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface PressRsvpRepository extends JpaRepository<PressRsvp, Long> {

	List<PressRsvp> findByEventIdOrderById(long eventId);

	boolean existsByEventIdAndEmailKey(long eventId, String emailKey);

	@Modifying
	@Query("delete from PressRsvp p where p.eventId in :eventIds")
	int deleteByEventIds(List<Long> eventIds);

}
