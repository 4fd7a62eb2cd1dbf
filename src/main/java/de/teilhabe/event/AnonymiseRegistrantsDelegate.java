package de.teilhabe.event;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Process_RegistrationDataRetention, ServiceTask_AnonymiseRegistrants, when the retention
 * period is over.
 */
@Component
class AnonymiseRegistrantsDelegate implements JavaDelegate {

	private final RegistrationService registrations;

	AnonymiseRegistrantsDelegate(RegistrationService registrations) {
		this.registrations = registrations;
	}

	@Override
	public void execute(DelegateExecution execution) {
		int anonymised = registrations.anonymiseRegistrants((Long) execution.getVariable("participationId"));
		execution.setVariable("anonymisedRegistrations", (long) anonymised);
	}

}
