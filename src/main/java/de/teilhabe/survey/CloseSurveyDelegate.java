package de.teilhabe.survey;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Closes the running survey round, at its close date or early: Process_SurveyPhase,
 * ServiceTask_CloseSurvey. After the last round it proposes the topics for the analysis
 * task: the options of the topic questions of all rounds, most chosen first, pre-filled
 * in {@code topics} for the coordinator to edit.
 */
@Component
class CloseSurveyDelegate implements JavaDelegate {

	private final SurveyService surveys;

	private final SurveyResults results;

	CloseSurveyDelegate(SurveyService surveys, SurveyResults results) {
		this.surveys = surveys;
		this.results = results;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Survey survey = surveys.close((Long) execution.getVariable("surveyId"));
		execution.setVariable("surveyResponses", survey.getResponseCount());
		Number round = (Number) execution.getVariable("surveyRound");
		Number rounds = (Number) execution.getVariable("surveyRounds");
		if (round != null && rounds != null && round.longValue() >= rounds.longValue()) {
			List<String> proposed = results.proposedTopics(survey.getParticipationId());
			if (!proposed.isEmpty()) {
				execution.setVariable("topics", new ArrayList<>(proposed));
			}
		}
	}

}
