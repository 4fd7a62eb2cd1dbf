package de.teilhabe.council;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.formService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@Deployment(
		resources = { "processes/council.bpmn", "forms/submit-to-council.form", "forms/record-council-decision.form" })
class CouncilProcessTest {

	@RegisterExtension
	static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension.builder()
		.assertClassCoverageAtLeast(1.0)
		.build();

	private static final String PROCESS = "Process_Council";

	private static final long PARTICIPATION_ID = 42L;

	private static final String POLITICAL_BODY = "Rat der Stadt Leverkusen";

	private static final String[] DECISION_VARIABLES = { "participationId", "councilBody", "councilSessionDate",
			"submissionNumber", "councilDecision", "approvedBudget", "decisionNotes" };

	/** what the stubbed record delegate received, one map per call */
	private final List<Map<String, Object>> recordedDecisions = new ArrayList<>();

	@BeforeEach
	void stubDelegates() {
		BpmnAwareTests.init(extension.getProcessEngine());
		Mocks.register("recordCouncilDecisionDelegate", (JavaDelegate) execution -> {
			Map<String, Object> read = new HashMap<>();
			for (String name : DECISION_VARIABLES) {
				read.put(name, execution.getVariable(name));
			}
			recordedDecisions.add(read);
		});
	}

	@AfterEach
	void resetDelegates() {
		Mocks.reset();
	}

	@Test
	void shouldAskTheManagerToSubmitWithCouncilBodyPrefilledFromPoliticalBody() {
		ProcessInstance pi = startCouncil();

		assertThat(pi).isWaitingAt("UserTask_SubmitToCouncil");
		assertThat(task()).hasCandidateGroup("manager");
		assertThat(taskService().getVariable(task().getId(), "councilBody")).isEqualTo(POLITICAL_BODY);
	}

	@Test
	void shouldEndWithAdoptedConceptAndRecordTheApprovedBudget() {
		ProcessInstance pi = startCouncil();
		submit(pi, POLITICAL_BODY, "2017-11-13");

		assertThat(pi).isWaitingAt("UserTask_RecordCouncilDecision");
		assertThat(task()).hasCandidateGroup("coordinator");
		complete(task(), withVariables("councilDecision", "ADOPTED", "approvedBudget", 100_000L, "decisionNotes",
				"Einstimmig beschlossen"));

		assertThat(pi).isEnded()
			.hasPassedInOrder("StartEvent_CouncilStarted", "UserTask_SubmitToCouncil", "UserTask_RecordCouncilDecision",
					"ServiceTask_RecordDecision", "Gateway_Postponed", "EndEvent_CouncilDecided");
		assertThat(finalDecision(pi)).isEqualTo("ADOPTED");
		assertThat(recordedDecisions).singleElement()
			.isEqualTo(Map.of("participationId", PARTICIPATION_ID, "councilBody", POLITICAL_BODY, "councilSessionDate",
					"2017-11-13", "submissionNumber", "2017/1723", "councilDecision", "ADOPTED", "approvedBudget",
					100_000L, "decisionNotes", "Einstimmig beschlossen"));
	}

	@Test
	void shouldEndWithConceptAdoptedWithChanges() {
		ProcessInstance pi = startCouncil();
		submit(pi, POLITICAL_BODY, "2017-11-13");
		complete(task(pi), withVariables("councilDecision", "ADOPTED_WITH_CHANGES", "approvedBudget", 80_000L,
				"decisionNotes", "Maßnahme „Sprachcafé“ gestrichen"));

		assertThat(pi).isEnded().hasPassed("EndEvent_CouncilDecided");
		assertThat(finalDecision(pi)).isEqualTo("ADOPTED_WITH_CHANGES");
		assertThat(recordedDecisions).singleElement()
			.satisfies(read -> assertThat(read).containsEntry("approvedBudget", 80_000L));
	}

	@Test
	void shouldEndWithRejectedConceptWithoutBudget() {
		ProcessInstance pi = startCouncil();
		submit(pi, POLITICAL_BODY, "2017-11-13");
		complete(task(pi), withVariables("councilDecision", "REJECTED", "decisionNotes", "Keine Mehrheit"));

		assertThat(pi).isEnded().hasPassed("EndEvent_CouncilDecided");
		assertThat(finalDecision(pi)).isEqualTo("REJECTED");
		assertThat(recordedDecisions).singleElement()
			.satisfies(read -> assertThat(read).containsEntry("councilDecision", "REJECTED")
				.containsEntry("approvedBudget", null));
	}

	@Test
	void shouldSubmitAgainWhenCouncilPostponesAndKeepTheBodyTheManagerChose() {
		ProcessInstance pi = startCouncil();
		submit(pi, "Haupt- und Finanzausschuss", "2017-11-13");
		complete(task(pi),
				withVariables("councilDecision", "POSTPONED", "decisionNotes", "Vertagt auf die Sitzung im Dezember"));

		assertThat(pi).isWaitingAt("UserTask_SubmitToCouncil");
		assertThat(task()).hasCandidateGroup("manager");
		assertThat(taskService().getVariable(task().getId(), "councilBody")).isEqualTo("Haupt- und Finanzausschuss");
		assertThat(recordedDecisions).singleElement()
			.satisfies(read -> assertThat(read).containsEntry("councilDecision", "POSTPONED"));

		submit(pi, "Haupt- und Finanzausschuss", "2017-12-18");
		assertThat(pi).isWaitingAt("UserTask_RecordCouncilDecision");
		complete(task(), withVariables("councilDecision", "ADOPTED", "approvedBudget", 100_000L));

		assertThat(pi).isEnded().hasPassed("EndEvent_CouncilDecided");
		assertThat(finalDecision(pi)).isEqualTo("ADOPTED");
		assertThat(recordedDecisions)
			.extracting(read -> read.get("councilDecision"), read -> read.get("councilSessionDate"))
			.containsExactly(tuple("POSTPONED", "2017-11-13"), tuple("ADOPTED", "2017-12-18"));
	}

	@Test
	void shouldShowTheDeployedCamundaFormOfEveryTask() throws IOException {
		ProcessInstance pi = startCouncil();

		JsonNode submitForm = formOf(pi);
		assertThat(submitForm.get("id").asText()).isEqualTo("Form_SubmitToCouncil");
		assertThat(submitForm.findValuesAsText("key")).containsExactly("councilBody", "councilSessionDate",
				"submissionNumber");
		submit(pi, POLITICAL_BODY, "2017-11-13");

		JsonNode decisionForm = formOf(pi);
		assertThat(decisionForm.get("id").asText()).isEqualTo("Form_RecordCouncilDecision");
		assertThat(decisionForm.findValuesAsText("key")).containsExactly("councilDecision", "approvedBudget",
				"decisionNotes");
		assertThat(decisionForm.findValuesAsText("value")).containsExactly("ADOPTED", "ADOPTED_WITH_CHANGES",
				"REJECTED", "POSTPONED");
	}

	private static ProcessInstance startCouncil() {
		return runtimeService().startProcessInstanceByKey(PROCESS, "leverkusen-integrationskonzept-2017",
				withVariables("participationId", PARTICIPATION_ID, "politicalBody", POLITICAL_BODY));
	}

	private static void submit(ProcessInstance pi, String councilBody, String sessionDate) {
		assertThat(pi).isWaitingAt("UserTask_SubmitToCouncil");
		complete(task(pi), withVariables("councilBody", councilBody, "councilSessionDate", sessionDate,
				"submissionNumber", "2017/1723"));
	}

	private static Object finalDecision(ProcessInstance pi) {
		return historyService().createHistoricVariableInstanceQuery()
			.processInstanceId(pi.getId())
			.variableName("councilDecision")
			.singleResult()
			.getValue();
	}

	private static JsonNode formOf(ProcessInstance pi) throws IOException {
		try (InputStream form = formService().getDeployedTaskForm(task(pi).getId())) {
			return new ObjectMapper().readTree(form);
		}
	}

}
