package de.teilhabe.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.formService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@Deployment(resources = { "processes/survey-phase.bpmn", "forms/design-survey.form", "forms/monitor-survey.form",
		"forms/analyze-surveys.form" })
class SurveyPhaseProcessTest {

	@RegisterExtension
	static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension.builder()
		.assertClassCoverageAtLeast(1.0)
		.build();

	private static final String PROCESS_KEY = "Process_SurveyPhase";

	private static final String BUSINESS_KEY = "integrationskonzept-leverkusen-2017";

	private static final long PARTICIPATION_ID = 7L;

	/** What the mocked delegates were called with, one entry per call. */
	private final List<String> openedSurveys = new ArrayList<>();

	private final List<Long> closedSurveyIds = new ArrayList<>();

	@BeforeEach
	void mockDelegates() {
		Mocks.register("openSurveyDelegate", (JavaDelegate) execution -> {
			Long previousRound = (Long) execution.getVariable("surveyRound");
			long round = previousRound == null ? 1L : previousRound + 1;
			openedSurveys.add(execution.getVariable("participationId") + "/" + round + "/"
					+ execution.getVariable("surveyTitle") + "/" + execution.getVariable("surveyCloseDate"));
			execution.setVariable("surveyRound", round);
			execution.setVariable("surveyId", 100L + round);
		});
		Mocks.register("closeSurveyDelegate", (JavaDelegate) execution -> {
			Long surveyId = (Long) execution.getVariable("surveyId");
			closedSurveyIds.add(surveyId);
			execution.setVariable("surveyResponses", surveyId == 101L ? 240L : 180L);
		});
	}

	@AfterEach
	void resetMocks() {
		Mocks.reset();
	}

	@Test
	void shouldCloseSurveyWhenCloseDateIsReached() {
		ProcessInstance pi = startSurveyPhase(1L);

		designSurvey("Integration in Leverkusen", "2017-03-31");
		assertThat(pi).isWaitingAt("UserTask_MonitorSurvey");
		assertThat(job("Timer_SurveyCloseDate")).hasDueDate(startOfDay("2017-03-31"));

		execute(job());

		assertThat(pi).isWaitingAt("UserTask_AnalyzeSurveys");
		assertThat(pi).hasPassed("Timer_SurveyCloseDate");
		assertThat(monitorTaskEndReason()).as("monitor task cancelled by the timer").isEqualTo("deleted");
		assertThat(closedSurveyIds).containsExactly(101L);
		assertThat(pi).variables().containsEntry("surveyRound", 1L).containsEntry("surveyResponses", 240L);
	}

	@Test
	void shouldCloseSurveyEarlyWhenCoordinatorEndsIt() {
		ProcessInstance pi = startSurveyPhase(1L);
		designSurvey("Integration in Leverkusen", "2017-03-31");

		assertThat(task()).hasDefinitionKey("UserTask_MonitorSurvey")
			.hasCandidateGroup("coordinator")
			.hasDueDate(startOfDay("2017-03-31"));
		complete(task(), withVariables("closeSurveyEarly", true));

		assertThat(pi).hasPassedInOrder("ServiceTask_OpenSurvey", "UserTask_MonitorSurvey", "ServiceTask_CloseSurvey",
				"Gateway_AnotherRound");
		assertThat(pi).hasNotPassed("Timer_SurveyCloseDate");
		assertThat(monitorTaskEndReason()).isEqualTo("completed");
		assertThat(jobQuery().count()).as("close-date timer cancelled").isZero();
		assertThat(closedSurveyIds).containsExactly(101L);
		assertThat(pi).isWaitingAt("UserTask_AnalyzeSurveys");
	}

	@Test
	void shouldRunSecondRoundBeforeAnalysisWhenTwoRoundsArePlanned() {
		ProcessInstance pi = startSurveyPhase(2L);

		designSurvey("Integration in Leverkusen – 1. Runde", "2017-03-31");
		complete(task(), withVariables("closeSurveyEarly", true));

		assertThat(pi).isWaitingAt("UserTask_DesignSurvey");
		assertThat(task()).hasCandidateGroup("coordinator");
		assertThat(pi).variables().containsEntry("surveyRound", 1L);

		designSurvey("Integration in Leverkusen – 2. Runde", "2017-05-15");
		assertThat(job()).hasDueDate(startOfDay("2017-05-15"));
		execute(job());

		assertThat(openedSurveys).containsExactly("7/1/Integration in Leverkusen – 1. Runde/2017-03-31",
				"7/2/Integration in Leverkusen – 2. Runde/2017-05-15");
		assertThat(closedSurveyIds).containsExactly(101L, 102L);
		assertThat(pi).isWaitingAt("UserTask_AnalyzeSurveys");
		assertThat(pi).variables().containsEntry("surveyRound", 2L).containsEntry("surveyResponses", 180L);
	}

	@Test
	void shouldEndWithChosenTopicsWhenCoordinatorAnalyzedTheSurveys() {
		ProcessInstance pi = startSurveyPhase(1L);
		designSurvey("Integration in Leverkusen", "2017-03-31");
		execute(job());

		assertThat(task()).hasDefinitionKey("UserTask_AnalyzeSurveys").hasCandidateGroup("coordinator");
		complete(task(), withVariables("topics", List.of("LANGUAGE", "EDUCATION", "HEALTH")));

		assertThat(pi).isEnded().hasPassed("EndEvent_TopicsChosen");
		assertThat(pi).variables().containsEntry("topics", List.of("LANGUAGE", "EDUCATION", "HEALTH"));
	}

	@Test
	void shouldDeployTheCamundaFormOfEveryUserTask() throws IOException {
		startSurveyPhase(1L);
		assertDeployedForm("Form_DesignSurvey");
		designSurvey("Integration in Leverkusen", "2017-03-31");
		assertDeployedForm("Form_MonitorSurvey");
		execute(job());
		assertDeployedForm("Form_AnalyzeSurveys");
	}

	private static ProcessInstance startSurveyPhase(long surveyRounds) {
		ProcessInstance pi = runtimeService().startProcessInstanceByKey(PROCESS_KEY, BUSINESS_KEY,
				withVariables("participationId", PARTICIPATION_ID, "title", "Integrationskonzept Leverkusen",
						"surveyRounds", surveyRounds));
		assertThat(pi).isWaitingAt("UserTask_DesignSurvey");
		return pi;
	}

	private static void designSurvey(String surveyTitle, String surveyCloseDate) {
		assertThat(task()).hasDefinitionKey("UserTask_DesignSurvey").hasCandidateGroup("coordinator");
		complete(task(), withVariables("surveyTitle", surveyTitle, "surveyCloseDate", surveyCloseDate));
	}

	private static String monitorTaskEndReason() {
		return historyService().createHistoricTaskInstanceQuery()
			.taskDefinitionKey("UserTask_MonitorSurvey")
			.singleResult()
			.getDeleteReason();
	}

	private static void assertDeployedForm(String formId) throws IOException {
		try (InputStream form = formService().getDeployedTaskForm(task().getId())) {
			assertThat(new ObjectMapper().readTree(form).path("id").asText()).isEqualTo(formId);
		}
	}

	private static Date startOfDay(String isoDate) {
		return Date.from(LocalDate.parse(isoDate).atStartOfDay(ZoneId.systemDefault()).toInstant());
	}

}
