package de.teilhabe.survey;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import de.teilhabe.system.FormValues;

/** Opens the next survey round: Process_SurveyPhase, ServiceTask_OpenSurvey. */
@Component
class OpenSurveyDelegate implements JavaDelegate {

	private final SurveyService surveys;

	OpenSurveyDelegate(SurveyService surveys) {
		this.surveys = surveys;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Number previous = (Number) execution.getVariable("surveyRound");
		int round = previous == null ? 1 : previous.intValue() + 1;
		// the close-date timer is created after this step and reads the variable
		String closeDate = FormValues.endOfDay((String) execution.getVariable("surveyCloseDate"));
		Survey survey = surveys.open((Long) execution.getVariable("participationId"), round,
				(String) execution.getVariable("surveyTitle"), FormValues.deadline(closeDate));
		execution.setVariable("surveyCloseDate", closeDate);
		execution.setVariable("surveyRound", (long) round);
		execution.setVariable("surveyId", survey.getId());
	}

}
