package de.teilhabe.workinggroup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.formService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@Deployment(resources = { "processes/working-group.bpmn", "forms/prepare-wg-session.form",
		"forms/record-wg-results.form", "forms/review-wg-results.form" })
class WorkingGroupProcessTest {

	@RegisterExtension
	static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension.builder()
		.assertClassCoverageAtLeast(1.0)
		.build();

	private static final String PROCESS = "Process_WorkingGroup";

	private static final long PARTICIPATION_ID = 42L;

	private static final long WORKING_GROUP_ID = 7L;

	private static final String WORKING_GROUP = "wg-7";

	private static final String GOALS = """
			[{"title": "Mehr Kinder mit Sprachförderbedarf erreichen", "description": "Kitas und Grundschulen"}]""";

	/** working group ids the stubbed delegate was called with, one entry per call */
	private final List<Object> storedForWorkingGroups = new ArrayList<>();

	@BeforeEach
	void stubDelegates() {
		BpmnAwareTests.init(extension.getProcessEngine());
		Mocks.register("storeWorkingGroupResultsDelegate", (JavaDelegate) execution -> {
			storedForWorkingGroups.add(execution.getVariable("workingGroupId"));
			SpinJsonNode measures = (SpinJsonNode) execution.getVariable("measures");
			execution.setVariable("measureCount", (long) measures.elements().size());
		});
	}

	@AfterEach
	void resetDelegates() {
		Mocks.reset();
	}

	@Test
	void shouldLetTheWorkingGroupPrepareAndRecordResultsThenEndWhenCoordinatorAccepts() {
		ProcessInstance pi = startWorkingGroup();

		assertThat(pi).isWaitingAt("UserTask_PrepareSession");
		assertThat(task()).hasCandidateGroup(WORKING_GROUP);
		complete(task(), withVariables("sessionQuestions", "Wie erreichen Angebote der Sprachförderung mehr Eltern?",
				"sessionMaterials", "Auszug aus der Online-Befragung"));

		assertThat(pi).isWaitingAt("UserTask_RecordResults");
		assertThat(task()).hasCandidateGroup(WORKING_GROUP);
		complete(task(), results(measures("Sprachcafé für Eltern", "Fortbildung für Erzieherinnen")));

		assertThat(pi).isWaitingAt("UserTask_ReviewResults");
		assertThat(task()).hasCandidateGroup("coordinator");
		assertThat(pi).variables().containsEntry("measureCount", 2L);
		assertThat(storedForWorkingGroups).containsExactly(WORKING_GROUP_ID);
		complete(task(), withVariables("resultsAccepted", true));

		assertThat(pi).isEnded()
			.hasPassedInOrder("StartEvent_WorkingGroupStarted", "UserTask_PrepareSession", "UserTask_RecordResults",
					"ServiceTask_StoreResults", "Gateway_HasMeasures", "UserTask_ReviewResults",
					"Gateway_ResultsAccepted", "EndEvent_ResultsAccepted");
	}

	@Test
	void shouldSendResultsBackToTheWorkingGroupWithCommentUntilCorrected() {
		ProcessInstance pi = startWorkingGroup();
		complete(task(pi), withVariables("sessionQuestions", "Wie erreichen Angebote mehr Eltern?"));
		complete(task(pi), results(measures("Sprachcafé für Eltern", "Fortbildung für Erzieherinnen")));
		assertThat(pi).isWaitingAt("UserTask_ReviewResults");

		String comment = "Bitte für jede Maßnahme die Kosten begründen und Elternbriefe ergänzen.";
		complete(task(), withVariables("resultsAccepted", false, "reviewComment", comment));

		assertThat(pi).isWaitingAt("UserTask_RecordResults");
		assertThat(task()).hasCandidateGroup(WORKING_GROUP);
		assertThat(taskService().getVariable(task().getId(), "reviewComment")).isEqualTo(comment);
		SpinJsonNode previousMeasures = (SpinJsonNode) taskService().getVariable(task().getId(), "measures");
		assertThat(previousMeasures.elements()).hasSize(2);
		complete(task(), results(
				measures("Sprachcafé für Eltern", "Fortbildung für Erzieherinnen", "Mehrsprachige Elternbriefe")));

		assertThat(pi).isWaitingAt("UserTask_ReviewResults");
		assertThat(pi).variables().containsEntry("measureCount", 3L);
		assertThat(storedForWorkingGroups).containsExactly(WORKING_GROUP_ID, WORKING_GROUP_ID);
		complete(task(), withVariables("resultsAccepted", true));

		assertThat(pi).isEnded().hasPassed("EndEvent_ResultsAccepted").hasNotPassed("EndEvent_NoMeasures");
	}

	@Test
	void shouldEndWithoutReviewWhenTheWorkingGroupHasNoMeasures() {
		ProcessInstance pi = startWorkingGroup();
		complete(task(pi), withVariables("sessionQuestions", "Was brauchen ältere Zugewanderte?"));
		assertThat(pi).isWaitingAt("UserTask_RecordResults");

		complete(task(), results(measures()));

		assertThat(pi).isEnded()
			.hasPassed("ServiceTask_StoreResults", "EndEvent_NoMeasures")
			.hasNotPassed("UserTask_ReviewResults", "EndEvent_ResultsAccepted");
		assertThat(storedForWorkingGroups).containsExactly(WORKING_GROUP_ID);
	}

	@Test
	void shouldShowTheDeployedCamundaFormOfEveryTask() throws IOException {
		ProcessInstance pi = startWorkingGroup();

		assertThat(formOf(pi).get("id").asText()).isEqualTo("Form_PrepareWgSession");
		assertThat(keysOf(formOf(pi))).contains("sessionQuestions", "sessionMaterials");
		complete(task(pi), withVariables("sessionQuestions", "Wie erreichen Angebote mehr Eltern?"));

		JsonNode recordForm = formOf(pi);
		assertThat(recordForm.get("id").asText()).isEqualTo("Form_RecordWgResults");
		assertThat(recordForm.findValuesAsText("path")).containsExactly("goals", "measures");
		assertThat(keysOf(recordForm)).contains("title", "description", "responsibleBody", "partners", "estimatedCost",
				"priority", "timeframe", "goal");
		complete(task(pi), results(measures("Sprachcafé für Eltern", "Fortbildung für Erzieherinnen")));

		assertThat(formOf(pi).get("id").asText()).isEqualTo("Form_ReviewWgResults");
		assertThat(keysOf(formOf(pi))).containsExactly("resultsAccepted", "reviewComment");
	}

	private static ProcessInstance startWorkingGroup() {
		return runtimeService().startProcessInstanceByKey(PROCESS, "leverkusen-integrationskonzept-2017",
				withVariables("participationId", PARTICIPATION_ID, "workingGroupId", WORKING_GROUP_ID));
	}

	/** what the Camunda Form submits: both dynamic lists as JSON arrays */
	private static Map<String, Object> results(String measuresJson) {
		TypedValue goals = SpinValues.jsonValue(GOALS).create();
		TypedValue measures = SpinValues.jsonValue(measuresJson).create();
		return withVariables("goals", goals, "measures", measures);
	}

	private static String measures(String... titles) {
		return Arrays.stream(titles)
			.map(title -> """
					{"title": "%s", "description": "Wöchentliches Angebot in der Stadtbibliothek",
					 "responsibleBody": "Kommunales Integrationszentrum", "partners": "Stadtbibliothek",
					 "estimatedCost": 4800, "priority": "HIGH", "timeframe": "2018",
					 "goal": "Mehr Kinder mit Sprachförderbedarf erreichen"}""".formatted(title))
			.collect(Collectors.joining(",", "[", "]"));
	}

	private static JsonNode formOf(ProcessInstance pi) throws IOException {
		try (InputStream form = formService().getDeployedTaskForm(task(pi).getId())) {
			return new ObjectMapper().readTree(form);
		}
	}

	private static List<String> keysOf(JsonNode form) {
		return form.findValuesAsText("key");
	}

}
