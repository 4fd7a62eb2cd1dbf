package de.teilhabe.event;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.teilhabe.system.NotFoundException;

/**
 * Workshops and conferences of participation processes, and their registration window.
 */
@Service
public class EventService {

	private final EventRepository repository;

	private final ProgrammeItemRepository programme;

	private final RegistrationService registrations;

	EventService(EventRepository repository, ProgrammeItemRepository programme, RegistrationService registrations) {
		this.repository = repository;
		this.programme = programme;
		this.registrations = registrations;
	}

	@Transactional
	public ParticipationEvent scheduleWorkshop(long participationId, String title, LocalDate date, String venue) {
		return repository.save(new ParticipationEvent(participationId, EventKind.WORKSHOP, title, date, venue));
	}

	@Transactional
	public void recordWorkshopOutcome(long workshopId, String outcome, long participants) {
		get(workshopId).recordOutcome(outcome, participants);
	}

	/**
	 * Plans the conference and opens its registration; for a postponed one, moves it and
	 * opens again.
	 */
	@Transactional
	public ParticipationEvent openRegistration(ConferencePlan plan) {
		ParticipationEvent conference;
		if (plan.conferenceId() == null) {
			conference = repository.save(new ParticipationEvent(plan.participationId(), EventKind.CONFERENCE,
					plan.title(), plan.date(), plan.venue()));
			conference.plan(plan.startTime(), plan.endTime(), plan.capacity());
		}
		else {
			conference = get(plan.conferenceId());
			conference.postpone(plan.date(), plan.postponeReason());
		}
		conference.openRegistration(plan.registrationDeadline());
		return conference;
	}

	@Transactional
	public ParticipationEvent closeRegistration(long conferenceId) {
		ParticipationEvent conference = get(conferenceId);
		conference.closeRegistration();
		return conference;
	}

	@Transactional
	public void recordAttendance(long eventId, long attendance) {
		get(eventId).recordAttendance(attendance);
	}

	@Transactional(readOnly = true)
	public List<ParticipationEvent> eventsOf(long participationId) {
		return repository.findByParticipationIdOrderByEventDate(participationId);
	}

	@Transactional(readOnly = true)
	public List<ParticipationEvent> conferences() {
		return repository.findByKindOrderByEventDateDesc(EventKind.CONFERENCE);
	}

	@Transactional(readOnly = true)
	public ParticipationEvent event(long id) {
		return repository.findById(id).orElseThrow(() -> new NotFoundException("event", id));
	}

	@Transactional(readOnly = true)
	public List<ProgrammeItem> programme(long eventId) {
		return programme.findByEventIdOrderByPosition(eventId);
	}

	/**
	 * The coordinator's planning of the event page. More places fill them from the
	 * waitlist at once; fewer places than confirmed registrations are refused.
	 */
	@Transactional
	public void describe(long eventId, EventDetails details) {
		ParticipationEvent event = get(eventId);
		event.describe(details);
		programme.deleteByEventId(eventId);
		int position = 0;
		for (ProgrammeItem.Line line : details.programme()) {
			programme.save(new ProgrammeItem(eventId, position++, line));
		}
		registrations.promoteWhilePlacesAreFree(event);
	}

	/** Locked: see {@link EventRepository#lockById}. */
	private ParticipationEvent get(long id) {
		return repository.lockById(id).orElseThrow(() -> new NotFoundException("event", id));
	}

	/**
	 * A conference as its planning (or rescheduling) task gives it; the deadline's day
	 * alone lasts until the end of that day.
	 */
	public record ConferencePlan(long participationId, Long conferenceId, String title, LocalDate date,
			LocalTime startTime, LocalTime endTime, String venue, Integer capacity, LocalDateTime registrationDeadline,
			String postponeReason) {
	}

}
