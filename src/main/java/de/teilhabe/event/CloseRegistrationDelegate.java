package de.teilhabe.event;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Process_Conference, ServiceTask_CloseRegistration, at the registration deadline: no new
 * online registrations, and the coordinator gets the registration list by mail.
 */
@Component
class CloseRegistrationDelegate implements JavaDelegate {

	private final EventService events;

	private final RegistrationListMailing registrationList;

	CloseRegistrationDelegate(EventService events, RegistrationListMailing registrationList) {
		this.events = events;
		this.registrationList = registrationList;
	}

	@Override
	public void execute(DelegateExecution execution) {
		ParticipationEvent conference = events.closeRegistration((Long) execution.getVariable("conferenceId"));
		execution.setVariable("registrationCount", conference.getRegistrationCount());
		registrationList.sendRegistrationList(conference.getId());
	}

}
