package de.teilhabe.event;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface EventRepository extends JpaRepository<ParticipationEvent, Long> {

	List<ParticipationEvent> findByParticipationIdOrderByEventDate(long participationId);

	List<ParticipationEvent> findByKindOrderByEventDateDesc(EventKind kind);

	/**
	 * The event row, locked until the transaction ends: every change of its counters goes
	 * through here, so two registrations, a cancellation and an edit never work on the
	 * same numbers at once, on any node.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select e from ParticipationEvent e where e.id = :id")
	Optional<ParticipationEvent> lockById(long id);

}
