package de.teilhabe.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.decisionService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.reset;

import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every rule of the decision table, evaluated by the engine's DMN engine (FEEL). The
 * plain engine extension: process test coverage counts BPMN elements only and has nothing
 * to measure here; the rules are covered one by one below.
 */
@Deployment(resources = "processes/budget-routing.dmn")
class BudgetRoutingDecisionTest {

	@RegisterExtension
	static ProcessEngineExtension extension = ProcessEngineExtension.builder().build();

	@BeforeEach
	void initAssertions() {
		init(extension.getProcessEngine());
	}

	@AfterEach
	void resetAssertions() {
		reset();
	}

	@ParameterizedTest(name = "{0} EUR bei {1} EUR Budget: {2}")
	@CsvSource({ "0,       100000, withinBudget", "95000,   100000, withinBudget", "100000,  100000, withinBudget",
			"100001,  100000, managerApproval", "250000,  100000, managerApproval", "0,       0,      withinBudget",
			"1,       0,      managerApproval" })
	void shouldRouteByComparingTotalCostWithBudget(long measuresTotalCost, long measuresBudget, String expectedRoute) {
		assertThat(route(measuresTotalCost, measuresBudget)).isEqualTo(expectedRoute);
	}

	@Test
	void shouldLetManagerDecideWhenNoBudgetWasSet() {
		assertThat(route(5_000L, null)).isEqualTo("managerApproval");
	}

	@Test
	void shouldAcceptIntegersAsSubmittedByForms() {
		assertThat(route(120_000, 100_000)).isEqualTo("managerApproval");
	}

	@Test
	void shouldMatchExactlyOneRule() {
		DmnDecisionResult result = evaluate(100_000L, 100_000L);

		assertThat(result).hasSize(1);
		assertThat(result.getSingleResult().getEntryMap()).containsOnlyKeys("budgetRoute");
	}

	private static String route(Object measuresTotalCost, Object measuresBudget) {
		return evaluate(measuresTotalCost, measuresBudget).getSingleEntry();
	}

	private static DmnDecisionResult evaluate(Object measuresTotalCost, Object measuresBudget) {
		return decisionService().evaluateDecisionByKey("Decision_BudgetRouting")
			.variables(Variables.createVariables()
				.putValue("measuresTotalCost", measuresTotalCost)
				.putValue("measuresBudget", measuresBudget))
			.evaluate();
	}

}
