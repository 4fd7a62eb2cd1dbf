package de.teilhabe.event;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Process_Conference, ServiceTask_SendInvitations: mails the invitation lists (into the
 * outbox).
 */
@Component
class SendInvitationsDelegate implements JavaDelegate {

	private final InvitationService invitations;

	SendInvitationsDelegate(InvitationService invitations) {
		this.invitations = invitations;
	}

	@Override
	public void execute(DelegateExecution execution) {
		execution.setVariable("invitationsSent",
				(long) invitations.sendInvitations((Long) execution.getVariable("conferenceId")));
	}

}
