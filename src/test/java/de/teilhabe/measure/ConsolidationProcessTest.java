package de.teilhabe.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.formService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.reset;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Consolidation with the real budget decision table; only the cost summing delegate is
 * mocked.
 */
@Deployment(resources = { "processes/consolidation.bpmn", "processes/budget-routing.dmn",
		"forms/consolidate-measures.form", "forms/approve-budget.form" })
class ConsolidationProcessTest {

	private static final String PROCESS_KEY = "Process_Consolidation";

	private static final long PARTICIPATION_ID = 42L;

	private static final long MEASURES_BUDGET = 100_000L;

	@RegisterExtension
	static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension.builder()
		.assertClassCoverageAtLeast(1.0)
		.build();

	/** Totals the mocked delegate reports, one per consolidation round. */
	private final Deque<Long> totals = new ArrayDeque<>();

	private final List<Object> participationIdsSummed = new ArrayList<>();

	@BeforeEach
	void mockCostSumming() {
		init(extension.getProcessEngine());
		Mocks.register("sumMeasureCostsDelegate", (JavaDelegate) execution -> {
			participationIdsSummed.add(execution.getVariable("participationId"));
			execution.setVariable("measuresTotalCost", totals.removeFirst());
		});
	}

	@AfterEach
	void resetMocks() {
		Mocks.reset();
		reset();
	}

	@Test
	void shouldFinishWithoutManagerWhenCostsStayWithinBudget() {
		totals.add(95_000L);
		ProcessInstance consolidation = start();

		assertThat(consolidation).isWaitingAt("UserTask_ConsolidateMeasures");
		assertThat(task(consolidation)).hasName("Maßnahmen konsolidieren")
			.hasCandidateGroup("coordinator")
			.hasFormKey("camunda-forms:deployment:forms/consolidate-measures.form");
		complete(task(consolidation), withVariables("consolidationNotes", "Doppelte Sprachkurse zusammengelegt."));

		assertThat(participationIdsSummed).containsExactly(PARTICIPATION_ID);
		assertThat(consolidation).isEnded()
			.hasPassedInOrder("StartEvent_ConsolidationStarted", "UserTask_ConsolidateMeasures",
					"ServiceTask_SumMeasureCosts", "BusinessRuleTask_CheckBudget", "Gateway_BudgetRoute",
					"EndEvent_Consolidated")
			.hasNotPassed("UserTask_ApproveBudget")
			.variables()
			.containsEntry("measuresTotalCost", 95_000L)
			.containsEntry("budgetRoute", "withinBudget");
	}

	@Test
	void shouldRouteOverBudgetToManager() {
		totals.add(120_000L);
		ProcessInstance consolidation = start();

		complete(task(consolidation), withVariables("consolidationNotes", "Alle Maßnahmen der acht AGs übernommen."));

		assertThat(consolidation).isWaitingAtExactly("UserTask_ApproveBudget")
			.variables()
			.containsEntry("budgetRoute", "managerApproval");
		assertThat(task(consolidation)).hasName("Budgetüberschreitung entscheiden")
			.hasCandidateGroup("manager")
			.hasFormKey("camunda-forms:deployment:forms/approve-budget.form");
	}

	@Test
	void shouldFinishWithTheFullCostsWhenManagerApprovesTheOverrun() {
		totals.add(120_000L);
		ProcessInstance consolidation = start();
		complete(task(consolidation), withVariables("consolidationNotes", "Alle Maßnahmen der acht AGs übernommen."));

		complete(task(consolidation), withVariables("budgetDecision", "approve", "budgetComment",
				"Mehrkosten werden aus dem Integrationsbudget 2018 gedeckt."));

		assertThat(consolidation).isEnded()
			.hasPassedInOrder("UserTask_ApproveBudget", "Gateway_BudgetDecision", "EndEvent_Consolidated")
			.variables()
			.containsEntry("measuresTotalCost", 120_000L);
	}

	@Test
	void shouldSendMeasuresBackForCutsUntilTheyFitTheBudget() {
		totals.add(120_000L);
		totals.add(99_000L);
		ProcessInstance consolidation = start();
		complete(task(consolidation), withVariables("consolidationNotes", "Alle Maßnahmen der acht AGs übernommen."));

		complete(task(consolidation), withVariables("budgetDecision", "cut", "budgetComment",
				"Bitte die Sprachcafés auf zwei Standorte begrenzen."));

		assertThat(consolidation).isWaitingAtExactly("UserTask_ConsolidateMeasures")
			.variables()
			.containsEntry("budgetComment", "Bitte die Sprachcafés auf zwei Standorte begrenzen.");
		assertThat(task(consolidation)).hasCandidateGroup("coordinator");

		complete(task(consolidation), withVariables("consolidationNotes", "Sprachcafés auf zwei Standorte begrenzt."));

		assertThat(participationIdsSummed).containsExactly(PARTICIPATION_ID, PARTICIPATION_ID);
		assertThat(consolidation).isEnded()
			.hasPassedInOrder("UserTask_ConsolidateMeasures", "BusinessRuleTask_CheckBudget", "UserTask_ApproveBudget",
					"Gateway_BudgetDecision", "UserTask_ConsolidateMeasures", "BusinessRuleTask_CheckBudget",
					"EndEvent_Consolidated")
			.variables()
			.containsEntry("measuresTotalCost", 99_000L)
			.containsEntry("budgetRoute", "withinBudget");
	}

	@Test
	void shouldDeployTheFormsOfBothTasks() throws IOException {
		totals.add(120_000L);
		ProcessInstance consolidation = start();

		SpinJsonNode consolidateForm = json(formService().getDeployedTaskForm(task(consolidation).getId()));
		assertThat(consolidateForm.prop("id").stringValue()).isEqualTo("Form_ConsolidateMeasures");
		assertThat(fieldKeys(consolidateForm)).containsExactly("consolidationNotes");

		complete(task(consolidation), withVariables("consolidationNotes", "Alle Maßnahmen übernommen."));

		SpinJsonNode approveForm = json(formService().getDeployedTaskForm(task(consolidation).getId()));
		assertThat(approveForm.prop("id").stringValue()).isEqualTo("Form_ApproveBudget");
		assertThat(fieldKeys(approveForm)).containsExactly("budgetDecision", "budgetComment");
	}

	private static ProcessInstance start() {
		return runtimeService().startProcessInstanceByKey(PROCESS_KEY, "integrationskonzept-leverkusen-2017",
				Variables.createVariables()
					.putValue("participationId", PARTICIPATION_ID)
					.putValue("measuresBudget", MEASURES_BUDGET));
	}

	private static SpinJsonNode json(InputStream form) throws IOException {
		try (form) {
			return Spin.JSON(new String(form.readAllBytes(), StandardCharsets.UTF_8));
		}
	}

	private static List<String> fieldKeys(SpinJsonNode form) {
		return form.prop("components")
			.elements()
			.stream()
			.filter(component -> component.hasProp("key"))
			.map(component -> component.prop("key").stringValue())
			.toList();
	}

}
