package de.teilhabe.participation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.formService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.processInstanceQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.reset;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The main process with every phase replaced by a one-task stub, so the test exercises
 * only the orchestration: in/out mappings, business key, the parallel working groups and
 * the council's decision.
 */
@Deployment(resources = { "processes/participation.bpmn", "forms/start-participation.form",
		"forms/set-up-working-groups.form" })
class ParticipationProcessTest {

	private static final String PROCESS_KEY = "Process_Participation";

	private static final String SURVEY_PHASE = "Process_SurveyPhase";

	private static final String WORKSHOP = "Process_Workshop";

	private static final String CONFERENCE = "Process_Conference";

	private static final String WORKING_GROUP = "Process_WorkingGroup";

	private static final String CONSOLIDATION = "Process_Consolidation";

	private static final String DOCUMENTATION = "Process_Documentation";

	private static final String COUNCIL = "Process_Council";

	private static final String MEASURE_TRACKING = "Process_MeasureTracking";

	private static final List<String> PHASES = List.of(SURVEY_PHASE, WORKSHOP, CONFERENCE, WORKING_GROUP, CONSOLIDATION,
			DOCUMENTATION, COUNCIL, MEASURE_TRACKING);

	private static final String BUSINESS_KEY = "integrationskonzept-leverkusen-2017";

	private static final long PARTICIPATION_ID = 42L;

	private static final String TITLE = "Integrationskonzept Leverkusen 2017";

	private static final String POLITICAL_BODY = "Rat der Stadt Leverkusen";

	private static final long MEASURES_BUDGET = 100_000L;

	@RegisterExtension
	static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension.builder()
		.excludeProcessDefinitionKeys(PHASES.toArray(String[]::new))
		.assertClassCoverageAtLeast(1.0)
		.build();

	private final Map<String, Object> readByCreateWorkingGroups = new HashMap<>();

	private List<Long> createdWorkingGroupIds = List.of(11L, 12L, 13L);

	private String stubDeploymentId;

	@BeforeEach
	void deployPhaseStubsAndMockDelegates() {
		init(extension.getProcessEngine());
		DeploymentBuilder stubs = repositoryService().createDeployment().name("phase stubs");
		PHASES.forEach(key -> stubs.addModelInstance(key + ".bpmn", phaseStub(key)));
		stubDeploymentId = stubs.deploy().getId();

		Mocks.register("createWorkingGroupsDelegate", (JavaDelegate) execution -> {
			readByCreateWorkingGroups.put("participationId", execution.getVariable("participationId"));
			readByCreateWorkingGroups.put("workingGroups", execution.getVariable("workingGroups"));
			execution.setVariable("workingGroupIds", new ArrayList<>(createdWorkingGroupIds));
		});
	}

	@AfterEach
	void removeStubsAndMocks() {
		repositoryService().deleteDeployment(stubDeploymentId, true);
		Mocks.reset();
		reset();
	}

	@Test
	void shouldRunEveryPhaseAndTrackMeasuresWhenCouncilAdopts() {
		ProcessInstance participation = runtimeService().startProcessInstanceByKey(PROCESS_KEY, BUSINESS_KEY,
				startVariables());

		assertThat(participation).isWaitingAt("CallActivity_SurveyPhase");
		ProcessInstance surveys = calledInstance(participation, SURVEY_PHASE);
		assertThat(variablesOf(surveys)).containsOnly(entry("participationId", PARTICIPATION_ID), entry("title", TITLE),
				entry("surveyRounds", 2L));
		List<String> surveyTopics = List.of("Sprache", "Bildung", "Arbeit", "Wohnen");
		completeStub(surveys, withVariables("topics", new ArrayList<>(surveyTopics)));

		assertThat(participation).isWaitingAt("CallActivity_Workshop")
			.variables()
			.containsEntry("topics", surveyTopics);
		ProcessInstance workshop = calledInstance(participation, WORKSHOP);
		assertThat(variablesOf(workshop)).containsOnly(entry("participationId", PARTICIPATION_ID),
				entry("title", TITLE), entry("topics", surveyTopics));
		List<String> confirmedTopics = List.of("Sprache/Sprachförderung", "Erziehung und Bildung",
				"Qualifizierung, Ausbildung und Arbeit");
		completeStub(workshop, withVariables("topics", new ArrayList<>(confirmedTopics)));

		assertThat(participation).isWaitingAt("UserTask_SetUpWorkingGroups")
			.variables()
			.containsEntry("topics", confirmedTopics);
		assertThat(task(participation)).hasName("Arbeitsgruppen einrichten")
			.hasCandidateGroup("coordinator")
			.hasFormKey("camunda-forms:deployment:forms/set-up-working-groups.form");
		complete(task(participation), withVariables("workingGroups", workingGroupsAsSubmittedByTheForm()));

		assertThat(readByCreateWorkingGroups.get("participationId")).isEqualTo(PARTICIPATION_ID);
		assertThat(readByCreateWorkingGroups.get("workingGroups")).isInstanceOfSatisfying(SpinJsonNode.class,
				groups -> assertThat(groups.elements()).hasSize(3));
		assertThat(participation).isWaitingAt("CallActivity_Conference", "CallActivity_WorkingGroup")
			.variables()
			.containsEntry("workingGroupIds", List.of(11L, 12L, 13L));

		ProcessInstance conference = calledInstance(participation, CONFERENCE);
		assertThat(variablesOf(conference)).containsOnly(entry("participationId", PARTICIPATION_ID),
				entry("title", TITLE));
		List<ProcessInstance> workingGroups = calledInstances(participation, WORKING_GROUP);
		assertThat(workingGroups).hasSize(3).extracting(ProcessInstance::getBusinessKey).containsOnly(BUSINESS_KEY);
		assertThat(workingGroups).extracting(group -> variablesOf(group).get("workingGroupId"))
			.containsExactlyInAnyOrder(11L, 12L, 13L);
		assertThat(workingGroups).extracting(group -> variablesOf(group).keySet())
			.allSatisfy(names -> assertThat(names).containsOnly("participationId", "workingGroupId"));

		completeStub(conference, withVariables("attendance", 123L));
		workingGroups.forEach(group -> completeStub(group, Map.of()));
		assertThat(jobQuery().processInstanceId(participation.getId()).count())
			.as("one join job per working group and one for the conference branch")
			.isEqualTo(4);
		executeJobs(participation);

		assertThat(participation).isWaitingAt("CallActivity_Consolidation")
			.variables()
			.containsEntry("attendance", 123L);
		ProcessInstance consolidation = calledInstance(participation, CONSOLIDATION);
		assertThat(variablesOf(consolidation)).containsOnly(entry("participationId", PARTICIPATION_ID),
				entry("measuresBudget", MEASURES_BUDGET));
		completeStub(consolidation, withVariables("measuresTotalCost", 98_500L));

		assertThat(participation).isWaitingAt("CallActivity_Documentation")
			.variables()
			.containsEntry("measuresTotalCost", 98_500L);
		ProcessInstance documentation = calledInstance(participation, DOCUMENTATION);
		assertThat(variablesOf(documentation)).containsOnly(entry("participationId", PARTICIPATION_ID));
		completeStub(documentation, Map.of());

		assertThat(participation).isWaitingAt("CallActivity_Council");
		ProcessInstance council = calledInstance(participation, COUNCIL);
		assertThat(variablesOf(council)).containsOnly(entry("participationId", PARTICIPATION_ID),
				entry("politicalBody", POLITICAL_BODY));
		completeStub(council, withVariables("councilDecision", "ADOPTED"));

		assertThat(participation).isWaitingAt("CallActivity_MeasureTracking")
			.variables()
			.containsEntry("councilDecision", "ADOPTED");
		ProcessInstance measureTracking = calledInstance(participation, MEASURE_TRACKING);
		assertThat(variablesOf(measureTracking)).containsOnly(entry("participationId", PARTICIPATION_ID));
		completeStub(measureTracking, Map.of());

		assertThat(participation).isEnded()
			.hasPassedInOrder("StartEvent_ParticipationStarted", "CallActivity_SurveyPhase", "CallActivity_Workshop",
					"UserTask_SetUpWorkingGroups", "ServiceTask_CreateWorkingGroups", "Gateway_ConferenceAndGroupsFork",
					"Gateway_ConferenceAndGroupsJoin", "CallActivity_Consolidation", "CallActivity_Documentation",
					"CallActivity_Council", "Gateway_CouncilDecision", "CallActivity_MeasureTracking",
					"EndEvent_MeasuresImplemented")
			.hasPassed("CallActivity_Conference", "CallActivity_WorkingGroup")
			.hasNotPassed("EndEvent_ConceptRejected");
	}

	@Test
	void shouldWaitForEveryWorkingGroupBeforeConsolidating() {
		createdWorkingGroupIds = List.of(21L, 22L, 23L);
		ProcessInstance participation = startBefore("ServiceTask_CreateWorkingGroups");
		List<ProcessInstance> workingGroups = calledInstances(participation, WORKING_GROUP);
		assertThat(workingGroups).hasSize(3);

		completeStub(calledInstance(participation, CONFERENCE), withVariables("attendance", 80L));
		completeStub(workingGroups.get(0), Map.of());
		completeStub(workingGroups.get(1), Map.of());
		executeJobs(participation);

		assertThat(participation).isWaitingAt("CallActivity_WorkingGroup").isNotWaitingAt("CallActivity_Consolidation");
		assertThat(calledInstances(participation, WORKING_GROUP)).hasSize(1);
		assertThat(processInstanceQuery().processDefinitionKey(CONSOLIDATION).count()).isZero();

		completeStub(workingGroups.get(2), Map.of());
		executeJobs(participation);

		assertThat(participation).isWaitingAtExactly("CallActivity_Consolidation");
	}

	@Test
	void shouldGoOnAfterTheConferenceWhenNoWorkingGroupWasCreated() {
		createdWorkingGroupIds = List.of();
		ProcessInstance participation = startBefore("ServiceTask_CreateWorkingGroups");

		assertThat(participation).isWaitingAt("CallActivity_Conference");
		assertThat(calledInstances(participation, WORKING_GROUP)).isEmpty();

		completeStub(calledInstance(participation, CONFERENCE), withVariables("attendance", 35L));
		executeJobs(participation);

		assertThat(participation).isWaitingAtExactly("CallActivity_Consolidation");
	}

	@Test
	void shouldTrackMeasuresWhenCouncilAdoptsWithChanges() {
		ProcessInstance participation = startBefore("CallActivity_Council");

		completeStub(calledInstance(participation, COUNCIL), withVariables("councilDecision", "ADOPTED_WITH_CHANGES"));

		assertThat(participation).isWaitingAtExactly("CallActivity_MeasureTracking");
		completeStub(calledInstance(participation, MEASURE_TRACKING), Map.of());
		assertThat(participation).isEnded().hasPassed("EndEvent_MeasuresImplemented");
	}

	@Test
	void shouldEndWithConceptRejectedWhenCouncilRejects() {
		ProcessInstance participation = startBefore("CallActivity_Council");

		completeStub(calledInstance(participation, COUNCIL), withVariables("councilDecision", "REJECTED"));

		assertThat(participation).isEnded()
			.hasPassedInOrder("CallActivity_Council", "Gateway_CouncilDecision", "EndEvent_ConceptRejected")
			.hasNotPassed("CallActivity_MeasureTracking", "EndEvent_MeasuresImplemented");
		assertThat(processInstanceQuery().processDefinitionKey(MEASURE_TRACKING).count()).isZero();
	}

	@Test
	void shouldStartThroughTheDeployedStartForm() throws IOException {
		String processDefinitionId = repositoryService().createProcessDefinitionQuery()
			.processDefinitionKey(PROCESS_KEY)
			.singleResult()
			.getId();

		SpinJsonNode form = json(formService().getDeployedStartForm(processDefinitionId));
		assertThat(form.prop("id").stringValue()).isEqualTo("Form_StartParticipation");
		assertThat(fieldKeys(form)).containsExactlyInAnyOrder("title", "organiser", "topicArea", "plannedStart",
				"plannedEnd", "surveyRounds", "measuresBudget", "politicalBody");

		ProcessInstance participation = formService().submitStartForm(processDefinitionId, BUSINESS_KEY,
				startVariables());

		assertThat(participation).isWaitingAt("CallActivity_SurveyPhase").hasBusinessKey(BUSINESS_KEY);
	}

	@Test
	void shouldDeployTheWorkingGroupFormWithTheTask() throws IOException {
		ProcessInstance participation = startBefore("UserTask_SetUpWorkingGroups");

		SpinJsonNode form = json(formService().getDeployedTaskForm(task(participation).getId()));

		assertThat(form.prop("id").stringValue()).isEqualTo("Form_SetUpWorkingGroups");
		SpinJsonNode list = form.prop("components")
			.elements()
			.stream()
			.filter(component -> component.prop("type").stringValue().equals("dynamiclist"))
			.findFirst()
			.orElseThrow();
		assertThat(list.prop("path").stringValue()).isEqualTo("workingGroups");
		assertThat(fieldKeys(list)).containsExactly("name", "topic", "lead");
	}

	private static BpmnModelInstance phaseStub(String processKey) {
		return Bpmn.createExecutableProcess(processKey)
			.camundaHistoryTimeToLive(180)
			.startEvent()
			.userTask("UserTask_Stub")
			.name("Phase (Stub)")
			.endEvent()
			.done();
	}

	private static VariableMap startVariables() {
		return Variables.createVariables()
			.putValue("participationId", PARTICIPATION_ID)
			.putValue("title", TITLE)
			.putValue("organiser", "Kommunales Integrationszentrum Leverkusen")
			.putValue("topicArea", "Integration")
			.putValue("plannedStart", "2017-03-01")
			.putValue("plannedEnd", "2017-12-31")
			.putValue("surveyRounds", 2L)
			.putValue("measuresBudget", MEASURES_BUDGET)
			.putValue("politicalBody", POLITICAL_BODY);
	}

	private static ProcessInstance startBefore(String activityId) {
		return runtimeService().createProcessInstanceByKey(PROCESS_KEY)
			.businessKey(BUSINESS_KEY)
			.setVariables(startVariables())
			.setVariable("topics", new ArrayList<>(List.of("Sprache/Sprachförderung")))
			.startBeforeActivity(activityId)
			.execute();
	}

	/** Camunda Forms submit a dynamic list as a JSON variable. */
	private static Object workingGroupsAsSubmittedByTheForm() {
		return SpinValues.jsonValue("""
				[{"name": "AG 1: Sprache", "topic": "Sprache/Sprachförderung", "lead": "m.yilmaz"},
				 {"name": "AG 2: Bildung", "topic": "Erziehung und Bildung", "lead": "s.becker"},
				 {"name": "AG 3: Arbeit", "topic": "Qualifizierung, Ausbildung und Arbeit", "lead": "a.nowak"}]
				""").create();
	}

	/**
	 * The phase instance the parent called; every phase must carry the participation's
	 * business key.
	 */
	private static ProcessInstance calledInstance(ProcessInstance parent, String processKey) {
		ProcessInstance phase = calledProcessInstance(processKey, parent);
		assertThat(phase).hasBusinessKey(BUSINESS_KEY);
		return phase;
	}

	private static List<ProcessInstance> calledInstances(ProcessInstance parent, String processKey) {
		return processInstanceQuery().superProcessInstanceId(parent.getId()).processDefinitionKey(processKey).list();
	}

	private static Map<String, Object> variablesOf(ProcessInstance instance) {
		return runtimeService().getVariables(instance.getId());
	}

	private static void completeStub(ProcessInstance phase, Map<String, Object> results) {
		complete(task(phase), results);
	}

	/**
	 * Runs the async continuations (working-group completions, join) like the job
	 * executor would.
	 */
	private static void executeJobs(ProcessInstance participation) {
		List<Job> jobs;
		while (!(jobs = jobQuery().processInstanceId(participation.getId()).list()).isEmpty()) {
			jobs.forEach(job -> execute(job));
		}
	}

	private static SpinJsonNode json(InputStream form) throws IOException {
		try (form) {
			return Spin.JSON(new String(form.readAllBytes(), StandardCharsets.UTF_8));
		}
	}

	private static List<String> fieldKeys(SpinJsonNode container) {
		return container.prop("components")
			.elements()
			.stream()
			.filter(component -> component.hasProp("key"))
			.map(component -> component.prop("key").stringValue())
			.toList();
	}

}
