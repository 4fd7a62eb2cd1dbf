package de.teilhabe.progress;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.SimpleJdbcInsert;

/**
 * Seeds participation processes for the progress tests straight into the tables the
 * overview reads, and runs small test-only processes under the participation's slug: one
 * with an overdue and a due task, one whose first step fails. Each call makes fresh
 * slugs, so a PostgreSQL database kept between runs never clashes.
 */
final class ProgressProbes {

	static final String TASKS_PROCESS = "Process_ProgressProbeTasks";

	static final String FAILING_PROCESS = "Process_ProgressProbeFailing";

	private final JdbcTemplate jdbc;

	private final RuntimeService runtimeService;

	final String run = UUID.randomUUID().toString().substring(0, 8);

	ProgressProbes(JdbcTemplate jdbc, RepositoryService repositoryService, RuntimeService runtimeService) {
		this.jdbc = jdbc;
		this.runtimeService = runtimeService;
		if (repositoryService.createProcessDefinitionQuery().processDefinitionKey(TASKS_PROCESS).count() == 0) {
			repositoryService.createDeployment()
				.name("progress-probes")
				.addModelInstance("progress-probe-tasks.bpmn", tasksProcess())
				.addModelInstance("progress-probe-failing.bpmn", failingProcess())
				.deploy();
		}
	}

	/**
	 * Two parallel user tasks, for the coordinator (due in {@code overdue}) and a group
	 * (due in {@code soon}).
	 */
	static BpmnModelInstance tasksProcess() {
		return Bpmn.createExecutableProcess(TASKS_PROCESS)
			.name("Probe mit Aufgaben")
			.camundaHistoryTimeToLive(1)
			.startEvent("StartEvent_Probe")
			.name("Gestartet")
			.parallelGateway("Gateway_Fork")
			.userTask("UserTask_Overdue")
			.name("Frist verpasst")
			.camundaCandidateGroups("coordinator")
			.camundaDueDate("${overdue}")
			.endEvent("EndEvent_Overdue")
			.name("Erledigt")
			.moveToNode("Gateway_Fork")
			.userTask("UserTask_Soon")
			.name("Bald fällig")
			.camundaCandidateGroups("${group}")
			.camundaDueDate("${soon}")
			.endEvent("EndEvent_Soon")
			.name("Auch erledigt")
			.done();
	}

	/**
	 * An asynchronous service step whose delegate fails while
	 * {@link FailingProbeDelegate#failing} is set.
	 */
	static BpmnModelInstance failingProcess() {
		return Bpmn.createExecutableProcess(FAILING_PROCESS)
			.name("Probe mit Fehler")
			.camundaHistoryTimeToLive(1)
			.startEvent("StartEvent_Failing")
			.name("Gestartet")
			.serviceTask("ServiceTask_OpenSurvey")
			.name("Befragung öffnen")
			.camundaAsyncBefore()
			.camundaDelegateExpression("${failingProbeDelegate}")
			.userTask("UserTask_AfterFailure")
			.name("Danach")
			.camundaCandidateGroups("coordinator")
			.endEvent("EndEvent_Failing")
			.name("Fertig")
			.done();
	}

	/** A participation row as ParticipationService would write it; returns its id. */
	long participation(String slug, String title, String organiser, String createdBy, LocalDate plannedStart,
			String status, String phase, long budget) {
		Map<String, Object> row = new HashMap<>();
		row.put("slug", slug);
		row.put("title", title);
		row.put("organiser", organiser);
		row.put("topic_area", "Integration");
		row.put("planned_start", Date.valueOf(plannedStart));
		row.put("planned_end", Date.valueOf(plannedStart.plusMonths(10)));
		row.put("survey_rounds", 2);
		row.put("measures_budget", budget);
		row.put("political_body", "Rat der Stadt");
		row.put("status", status);
		row.put("current_phase", phase);
		row.put("created_by", createdBy);
		row.put("created_at", Timestamp.from(Instant.now()));
		return new SimpleJdbcInsert(jdbc).withTableName("participation")
			.usingGeneratedKeyColumns("id")
			.usingColumns(row.keySet().toArray(String[]::new))
			.executeAndReturnKey(row)
			.longValue();
	}

	/**
	 * Starts the task probe under the participation's slug and records its instance on
	 * the participation.
	 */
	String startTasks(long participationId, String slug, String group) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("overdue", java.util.Date.from(Instant.now().minus(2, ChronoUnit.DAYS)));
		variables.put("soon", java.util.Date.from(Instant.now().plus(5, ChronoUnit.DAYS)));
		variables.put("group", group);
		variables.put("participationId", participationId);
		return attach(participationId,
				runtimeService.startProcessInstanceByKey(TASKS_PROCESS, slug, variables).getId());
	}

	String startFailing(long participationId, String slug) {
		return attach(participationId,
				runtimeService
					.startProcessInstanceByKey(FAILING_PROCESS, slug, Map.of("participationId", participationId))
					.getId());
	}

	private String attach(long participationId, String processInstanceId) {
		jdbc.update("update participation set process_instance_id = ? where id = ?", processInstanceId,
				participationId);
		return processInstanceId;
	}

	void survey(long participationId, int round, long responses) {
		jdbc.update("""
				insert into survey (participation_id, round_number, title, close_date, status, response_count)
				values (?, ?, ?, ?, 'CLOSED', ?)""", participationId, round, "Befragung " + round,
				Timestamp.valueOf("2017-03-31 23:59:59"), responses);
	}

	void event(long participationId, String kind, long registrations, Long attendance) {
		jdbc.update("""
				insert into participation_event (participation_id, kind, title, event_date, registration_status,
				                                 registration_count, attendance)
				values (?, ?, ?, ?, 'CLOSED', ?, ?)""", participationId, kind, kind, Date.valueOf("2017-06-30"),
				registrations, attendance);
	}

	long workingGroup(long participationId, String name, String lead) {
		Map<String, Object> row = Map.of("participation_id", participationId, "name", name, "topic", name,
				"lead_user_id", lead, "status", "SET_UP");
		return new SimpleJdbcInsert(jdbc).withTableName("working_group")
			.usingGeneratedKeyColumns("id")
			.usingColumns(row.keySet().toArray(String[]::new))
			.executeAndReturnKey(row)
			.longValue();
	}

	void measure(long participationId, long workingGroupId, int position, long cost, String status) {
		jdbc.update(
				"""
						insert into measure (participation_id, working_group_id, position, title, estimated_cost, priority, status)
						values (?, ?, ?, ?, ?, 'HIGH', ?)""",
				participationId, workingGroupId, position, "Maßnahme " + position, cost, status);
	}

}
