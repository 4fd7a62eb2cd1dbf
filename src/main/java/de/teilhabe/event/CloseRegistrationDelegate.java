package de.teilhabe.event;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Process_Conference, ServiceTask_CloseRegistration, at the registration deadline. */
@Component
class CloseRegistrationDelegate implements JavaDelegate {

	private final EventService events;

	CloseRegistrationDelegate(EventService events) {
		this.events = events;
	}

	@Override
	public void execute(DelegateExecution execution) {
		ParticipationEvent conference = events.closeRegistration((Long) execution.getVariable("conferenceId"));
		execution.setVariable("registrationCount", conference.getRegistrationCount());
	}

}
