package de.teilhabe.event;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface InviteeRepository extends JpaRepository<Invitee, Long> {

	List<Invitee> findByEventIdOrderByGroupAscNameAsc(long eventId);

	boolean existsByEventIdAndEmail(long eventId, String email);

	@Modifying
	@Query("delete from Invitee i where i.eventId in :eventIds")
	int deleteByEventIds(List<Long> eventIds);

}
