package de.teilhabe.event;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface EventRepository extends JpaRepository<ParticipationEvent, Long> {

	List<ParticipationEvent> findByParticipationIdOrderByEventDate(long participationId);

}
