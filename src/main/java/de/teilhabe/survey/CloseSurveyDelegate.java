package de.teilhabe.survey;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Closes the running survey round, at its close date or early: Process_SurveyPhase, ServiceTask_CloseSurvey. */
@Component
class CloseSurveyDelegate implements JavaDelegate {

	private final SurveyService surveys;

	CloseSurveyDelegate(SurveyService surveys) {
		this.surveys = surveys;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Survey survey = surveys.close((Long) execution.getVariable("surveyId"));
		execution.setVariable("surveyResponses", survey.getResponseCount());
	}

}
