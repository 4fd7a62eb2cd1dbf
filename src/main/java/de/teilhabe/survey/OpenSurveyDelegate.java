package de.teilhabe.survey;

import java.time.Clock;
import java.time.LocalDateTime;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import de.teilhabe.system.FormValues;

/** Opens the next survey round: Process_SurveyPhase, ServiceTask_OpenSurvey. */
@Component
class OpenSurveyDelegate implements JavaDelegate {

	private final SurveyService surveys;

	private final Clock clock;

	OpenSurveyDelegate(SurveyService surveys, Clock clock) {
		this.surveys = surveys;
		this.clock = clock;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Number previous = (Number) execution.getVariable("surveyRound");
		int round = previous == null ? 1 : previous.intValue() + 1;
		// the close-date timer is created after this step and reads the variable
		LocalDateTime closeDate = FormValues.deadline((String) execution.getVariable("surveyCloseDate"));
		Survey survey = surveys.open((Long) execution.getVariable("participationId"), round,
				(String) execution.getVariable("surveyTitle"), closeDate);
		execution.setVariable("surveyCloseDate", FormValues.timer(closeDate, clock.getZone()));
		execution.setVariable("surveyRound", (long) round);
		execution.setVariable("surveyId", survey.getId());
	}

}
