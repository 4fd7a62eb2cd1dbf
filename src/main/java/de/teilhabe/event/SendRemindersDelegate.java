package de.teilhabe.event;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Process_Conference, ServiceTask_SendReminders, a few days before the conference. */
@Component
class SendRemindersDelegate implements JavaDelegate {

	private final InvitationService invitations;

	SendRemindersDelegate(InvitationService invitations) {
		this.invitations = invitations;
	}

	@Override
	public void execute(DelegateExecution execution) {
		execution.setVariable("remindersSent",
				(long) invitations.sendReminders((Long) execution.getVariable("conferenceId")));
	}

}
