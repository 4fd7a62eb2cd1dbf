package de.teilhabe.documentation;

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
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@Deployment(resources = { "processes/documentation.bpmn", "forms/edit-documentation.form",
		"forms/approve-documentation.form" })
class DocumentationProcessTest {

	@RegisterExtension
	static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension.builder()
		.assertClassCoverageAtLeast(1.0)
		.build();

	private static final String PROCESS = "Process_Documentation";

	private static final long PARTICIPATION_ID = 42L;

	private static final long DOCUMENTATION_ID = 1701L;

	private static final String FOREWORD = "Mit dem Integrationskonzept haben über 120 Beteiligte die Integrationsarbeit neu ausgerichtet.";

	private static final String CLOSING_REMARKS = "Das Konzept wird dem Rat der Stadt zur Beschlussfassung vorgelegt.";

	/** what the stubbed publish delegate received, one map per call */
	private final List<Map<String, Object>> published = new ArrayList<>();

	@BeforeEach
	void stubDelegates() {
		BpmnAwareTests.init(extension.getProcessEngine());
		Mocks.register("compileDocumentationDelegate",
				(JavaDelegate) execution -> execution.setVariable("documentationId", DOCUMENTATION_ID));
		Mocks.register("publishDocumentationDelegate",
				(JavaDelegate) execution -> published.add(Map.of("documentationId",
						execution.getVariable("documentationId"), "foreword", execution.getVariable("foreword"),
						"closingRemarks", execution.getVariable("closingRemarks"))));
		Mocks.register("storeDocumentationTextsTaskListener", (TaskListener) task -> {
		});
		Mocks.register("recordDocumentationApprovalTaskListener", (TaskListener) task -> {
		});
	}

	@AfterEach
	void resetDelegates() {
		Mocks.reset();
	}

	@Test
	void shouldPublishDocumentationApprovedAtOnce() {
		ProcessInstance pi = startDocumentation();

		assertThat(pi).isWaitingAt("UserTask_EditDocumentation");
		assertThat(pi).variables().containsEntry("documentationId", DOCUMENTATION_ID);
		assertThat(task()).hasCandidateGroup("coordinator");
		complete(task(), withVariables("foreword", FOREWORD, "closingRemarks", CLOSING_REMARKS));

		assertThat(pi).isWaitingAt("UserTask_ApproveDocumentation");
		assertThat(task()).hasCandidateGroup("manager");
		complete(task(), withVariables("documentationApproved", true));

		assertThat(pi).isEnded()
			.hasPassedInOrder("StartEvent_DocumentationStarted", "ServiceTask_CompileDocumentation",
					"UserTask_EditDocumentation", "UserTask_ApproveDocumentation", "Gateway_DocumentationApproved",
					"ServiceTask_PublishDocumentation", "EndEvent_DocumentationPublished");
		assertThat(published).containsExactly(
				Map.of("documentationId", DOCUMENTATION_ID, "foreword", FOREWORD, "closingRemarks", CLOSING_REMARKS));
	}

	@Test
	void shouldSendRejectedDocumentationBackWithReason() {
		ProcessInstance pi = startDocumentation();
		complete(task(pi), withVariables("foreword", "Entwurf", "closingRemarks", CLOSING_REMARKS));
		assertThat(pi).isWaitingAt("UserTask_ApproveDocumentation");

		String reason = "Im Vorwort fehlt der Dank an die ehrenamtlich Aktiven.";
		complete(task(), withVariables("documentationApproved", false, "rejectionReason", reason));

		assertThat(pi).isWaitingAt("UserTask_EditDocumentation");
		assertThat(task()).hasCandidateGroup("coordinator");
		assertThat(taskService().getVariable(task().getId(), "rejectionReason")).isEqualTo(reason);
		assertThat(published).isEmpty();
		complete(task(), withVariables("foreword", FOREWORD));

		assertThat(pi).isWaitingAt("UserTask_ApproveDocumentation");
		complete(task(), withVariables("documentationApproved", true));

		assertThat(pi).isEnded().hasPassed("EndEvent_DocumentationPublished");
		assertThat(published).containsExactly(
				Map.of("documentationId", DOCUMENTATION_ID, "foreword", FOREWORD, "closingRemarks", CLOSING_REMARKS));
	}

	@Test
	void shouldShowTheDeployedCamundaFormOfEveryTask() throws IOException {
		ProcessInstance pi = startDocumentation();

		JsonNode editForm = formOf(pi);
		assertThat(editForm.get("id").asText()).isEqualTo("Form_EditDocumentation");
		assertThat(editForm.findValuesAsText("key")).containsExactly("foreword", "closingRemarks");
		assertThat(editForm.toString()).contains("{{rejectionReason}}");
		complete(task(pi), withVariables("foreword", FOREWORD, "closingRemarks", CLOSING_REMARKS));

		JsonNode approveForm = formOf(pi);
		assertThat(approveForm.get("id").asText()).isEqualTo("Form_ApproveDocumentation");
		assertThat(approveForm.findValuesAsText("key")).containsExactly("documentationApproved", "rejectionReason");
	}

	private static ProcessInstance startDocumentation() {
		return runtimeService().startProcessInstanceByKey(PROCESS, "leverkusen-integrationskonzept-2017",
				withVariables("participationId", PARTICIPATION_ID));
	}

	private static JsonNode formOf(ProcessInstance pi) throws IOException {
		try (InputStream form = formService().getDeployedTaskForm(task(pi).getId())) {
			return new ObjectMapper().readTree(form);
		}
	}

}
