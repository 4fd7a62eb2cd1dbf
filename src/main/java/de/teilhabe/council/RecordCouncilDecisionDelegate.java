package de.teilhabe.council;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import de.teilhabe.system.FormValues;

/** Process_Council, ServiceTask_RecordDecision. */
@Component
class RecordCouncilDecisionDelegate implements JavaDelegate {

	private final CouncilService council;

	RecordCouncilDecisionDelegate(CouncilService council) {
		this.council = council;
	}

	@Override
	public void execute(DelegateExecution execution) {
		council.record((Long) execution.getVariable("participationId"),
				new RecordDecision((String) execution.getVariable("councilBody"),
						FormValues.day((String) execution.getVariable("councilSessionDate")),
						(String) execution.getVariable("submissionNumber"),
						Decision.valueOf((String) execution.getVariable("councilDecision")),
						FormValues.whole(execution.getVariable("approvedBudget")),
						(String) execution.getVariable("decisionNotes")));
	}

}
