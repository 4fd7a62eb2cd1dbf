package de.teilhabe.event;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static de.teilhabe.system.FormValues.day;

/** Workshops and conferences of participation processes, and their registration window. */
@Service
public class EventService {

	private final EventRepository repository;

	EventService(EventRepository repository) {
		this.repository = repository;
	}

	@Transactional
	public ParticipationEvent scheduleWorkshop(long participationId, String title, String date, String venue) {
		return repository.save(new ParticipationEvent(participationId, EventKind.WORKSHOP, title, day(date), venue));
	}

	@Transactional
	public void recordWorkshopOutcome(long workshopId, String outcome, long participants) {
		get(workshopId).recordOutcome(outcome, participants);
	}

	/** Plans the conference and opens its registration; for a postponed one, moves it and opens again. */
	@Transactional
	public ParticipationEvent openRegistration(ConferencePlan plan) {
		ParticipationEvent conference;
		if (plan.conferenceId() == null) {
			conference = repository.save(new ParticipationEvent(plan.participationId(), EventKind.CONFERENCE,
					plan.title(), day(plan.date()), plan.venue()));
			conference.plan(plan.startTime(), plan.endTime(), plan.capacity());
		}
		else {
			conference = get(plan.conferenceId());
			conference.postpone(day(plan.date()), plan.postponeReason());
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

	private ParticipationEvent get(long id) {
		return repository.findById(id).orElseThrow(() -> new IllegalArgumentException("No event " + id));
	}

	public record ConferencePlan(long participationId, Long conferenceId, String title, String date, String startTime,
			String endTime, String venue, Integer capacity, String registrationDeadline, String postponeReason) {
	}

}
