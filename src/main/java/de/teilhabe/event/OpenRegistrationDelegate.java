package de.teilhabe.event;

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

	OpenRegistrationDelegate(EventService events, EventProperties properties) {
		this.events = events;
		this.properties = properties;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Number capacity = (Number) execution.getVariable("capacity");
		// Timer_RegistrationDeadline is created after this step and reads the variable
		String deadline = FormValues.endOfDay((String) execution.getVariable("registrationDeadline"));
		execution.setVariable("registrationDeadline", deadline);
		ParticipationEvent conference = events
			.openRegistration(new ConferencePlan((Long) execution.getVariable("participationId"),
					(Long) execution.getVariable("conferenceId"), (String) execution.getVariable("conferenceTitle"),
					FormValues.day((String) execution.getVariable("conferenceDate")),
					FormValues.time((String) execution.getVariable("conferenceStart")),
					FormValues.time((String) execution.getVariable("conferenceEnd")),
					(String) execution.getVariable("conferenceVenue"), capacity == null ? null : capacity.intValue(),
					FormValues.deadline(deadline), (String) execution.getVariable("postponeReason")));
		execution.setVariable("conferenceId", conference.getId());
		// Timer_Reminder reads it: the morning a few days before the conference
		execution.setVariable("reminderDate",
				conference.getEventDate().minusDays(properties.reminderDaysBefore()).atTime(9, 0).toString() + ":00");
	}

}
