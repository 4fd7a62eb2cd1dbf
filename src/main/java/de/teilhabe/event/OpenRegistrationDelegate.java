package de.teilhabe.event;

import java.time.Clock;
import java.time.LocalDateTime;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import de.teilhabe.event.EventService.ConferencePlan;
import de.teilhabe.system.FormValues;

/** Process_Conference, ServiceTask_OpenRegistration (also after a postponement). */
@Component
class OpenRegistrationDelegate implements JavaDelegate {

	private final EventService events;

	private final EventProperties properties;

	private final Clock clock;

	OpenRegistrationDelegate(EventService events, EventProperties properties, Clock clock) {
		this.events = events;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Number capacity = (Number) execution.getVariable("capacity");
		// Timer_RegistrationDeadline is created after this step and reads the variable
		LocalDateTime deadline = FormValues.deadline((String) execution.getVariable("registrationDeadline"));
		execution.setVariable("registrationDeadline", FormValues.timer(deadline, clock.getZone()));
		ParticipationEvent conference = events
			.openRegistration(new ConferencePlan((Long) execution.getVariable("participationId"),
					(Long) execution.getVariable("conferenceId"), (String) execution.getVariable("conferenceTitle"),
					FormValues.day((String) execution.getVariable("conferenceDate")),
					FormValues.time((String) execution.getVariable("conferenceStart")),
					FormValues.time((String) execution.getVariable("conferenceEnd")),
					(String) execution.getVariable("conferenceVenue"), capacity == null ? null : capacity.intValue(),
					deadline, (String) execution.getVariable("postponeReason")));
		execution.setVariable("conferenceId", conference.getId());
		// Timer_Reminder reads it: the morning a few days before the conference
		execution.setVariable("reminderDate", FormValues
			.timer(conference.getEventDate().minusDays(properties.reminderDaysBefore()).atTime(9, 0), clock.getZone()));
	}

}
