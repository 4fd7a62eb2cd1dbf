package de.teilhabe.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.formService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Date;
import java.util.Deque;
import java.util.List;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@Deployment(resources = { "processes/measure-tracking.bpmn", "forms/report-measure-progress.form" })
class MeasureTrackingProcessTest {

	@RegisterExtension
	static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension.builder()
		.assertClassCoverageAtLeast(1.0)
		.build();

	private static final String PROCESS = "Process_MeasureTracking";

	private static final long PARTICIPATION_ID = 42L;

	private static final LocalDateTime COUNCIL_DECISION = LocalDateTime.of(2017, 12, 18, 18, 30);

	private static final String SUMMARY = "Sprachcafé läuft seit März, Elternbriefe liegen in fünf Sprachen vor.";

	private String reportInterval = "P1Y";

	/** open measures the stubbed count delegate reports, one per yearly report */
	private final Deque<Long> openMeasuresPerReport = new ArrayDeque<>();

	private final List<Object> countedForParticipations = new ArrayList<>();

	/**
	 * the responsible bodies with open measures the stubbed delegate finds when a report
	 * is due
	 */
	private List<String> responsibleBodies = List.of("Kommunales Integrationszentrum");

	@BeforeEach
	void stubDelegatesAndClock() {
		BpmnAwareTests.init(extension.getProcessEngine());
		ClockUtil.setCurrentTime(date(COUNCIL_DECISION));
		Mocks.register("adoptMeasuresDelegate", (JavaDelegate) execution -> {
			execution.setVariable("openMeasureCount", 5L);
			execution.setVariable("measureReportInterval", reportInterval);
		});
		Mocks.register("listResponsibleBodiesDelegate", (JavaDelegate) execution -> execution
			.setVariable("openResponsibleBodies", new ArrayList<>(responsibleBodies)));
		Mocks.register("countOpenMeasuresDelegate", (JavaDelegate) execution -> {
			countedForParticipations.add(execution.getVariable("participationId"));
			execution.setVariable("openMeasureCount", openMeasuresPerReport.remove());
		});
	}

	@AfterEach
	void resetDelegatesAndClock() {
		Mocks.reset();
		ClockUtil.reset();
	}

	@Test
	void shouldWaitOneYearAfterAdoptingTheMeasures() {
		ProcessInstance pi = startTracking();

		assertThat(pi).isWaitingAt("Timer_ProgressReportDue")
			.hasPassedInOrder("StartEvent_MeasureTrackingStarted", "ServiceTask_AdoptMeasures", "Gateway_NextReport");
		assertThat(pi).variables().containsEntry("openMeasureCount", 5L);
		assertThat(job()).hasDueDate(date(COUNCIL_DECISION.plusYears(1)));
	}

	@Test
	void shouldUseTheReportIntervalSetWhenAdoptingTheMeasures() {
		reportInterval = "P6M";

		ProcessInstance pi = startTracking();

		assertThat(pi).isWaitingAt("Timer_ProgressReportDue");
		assertThat(job()).hasDueDate(date(COUNCIL_DECISION.plusMonths(6)));
	}

	@Test
	void shouldAskEachResponsibleBodyWithOpenMeasuresInATaskOfItsOwn() {
		responsibleBodies = List.of("Fachbereich Schule und Sport", "Kommunales Integrationszentrum");
		openMeasuresPerReport.add(2L);
		ProcessInstance pi = startTracking();

		reportDue(pi);

		List<Task> tasks = taskQuery().processInstanceId(pi.getId()).orderByTaskName().asc().list();
		assertThat(tasks).extracting(Task::getName)
			.containsExactly("Umsetzungsstand erheben: Fachbereich Schule und Sport",
					"Umsetzungsstand erheben: Kommunales Integrationszentrum");
		assertThat(tasks.get(0)).hasCandidateGroup("coordinator");
		complete(tasks.get(0), withVariables("progressSummary", SUMMARY));
		assertThat(pi).isWaitingAt("UserTask_ReportMeasureProgress");
		assertThat(countedForParticipations).as("counted once every body has reported").isEmpty();
		complete(tasks.get(1), withVariables("progressSummary", SUMMARY));

		assertThat(pi).isWaitingAt("Timer_ProgressReportDue");
		assertThat(countedForParticipations).containsExactly(PARTICIPATION_ID);
	}

	@Test
	void shouldAskAgainNextYearWhileMeasuresAreStillOpen() {
		openMeasuresPerReport.add(2L);
		ProcessInstance pi = startTracking();

		LocalDateTime firstReport = reportDue(pi);
		assertThat(pi).isWaitingAt("UserTask_ReportMeasureProgress");
		assertThat(task()).hasCandidateGroup("coordinator");
		assertThat(pi).hasPassedInOrder("Timer_ProgressReportDue", "ServiceTask_ListResponsibleBodies");
		complete(task(), withVariables("progressSummary", SUMMARY));

		assertThat(pi).isNotEnded().isWaitingAt("Timer_ProgressReportDue");
		assertThat(pi).variables().containsEntry("openMeasureCount", 2L);
		assertThat(countedForParticipations).containsExactly(PARTICIPATION_ID);
		assertThat(job()).hasDueDate(date(firstReport.plusYears(1)));
	}

	@Test
	void shouldEndWhenTheYearlyReportFindsAllMeasuresClosed() {
		openMeasuresPerReport.add(3L);
		openMeasuresPerReport.add(0L);
		ProcessInstance pi = startTracking();

		reportDue(pi);
		complete(task(), withVariables("progressSummary", SUMMARY));
		reportDue(pi);
		complete(task(), withVariables("progressSummary", "Alle Maßnahmen sind umgesetzt oder abgeschlossen."));

		assertThat(pi).isEnded()
			.hasPassedInOrder("UserTask_ReportMeasureProgress", "ServiceTask_CountOpenMeasures",
					"Gateway_AllMeasuresClosed", "Gateway_NextReport", "Timer_ProgressReportDue",
					"ServiceTask_ListResponsibleBodies", "UserTask_ReportMeasureProgress",
					"ServiceTask_CountOpenMeasures", "Gateway_AllMeasuresClosed", "EndEvent_AllMeasuresClosed");
		assertThat(countedForParticipations).containsExactly(PARTICIPATION_ID, PARTICIPATION_ID);
	}

	@Test
	void shouldShowTheDeployedCamundaFormOfTheReportTask() throws IOException {
		ProcessInstance pi = startTracking();
		reportDue(pi);

		try (InputStream stream = formService().getDeployedTaskForm(task(pi).getId())) {
			JsonNode form = new ObjectMapper().readTree(stream);
			assertThat(form.get("id").asText()).isEqualTo("Form_ReportMeasureProgress");
			assertThat(form.findValuesAsText("key")).containsExactly("progressSummary");
		}
	}

	private static ProcessInstance startTracking() {
		return runtimeService().startProcessInstanceByKey(PROCESS, "leverkusen-integrationskonzept-2017",
				withVariables("participationId", PARTICIPATION_ID));
	}

	/**
	 * lets the clock run to the due date of the waiting timer and fires it; returns that
	 * date
	 */
	private static LocalDateTime reportDue(ProcessInstance pi) {
		assertThat(pi).isWaitingAt("Timer_ProgressReportDue");
		Date due = job().getDuedate();
		ClockUtil.setCurrentTime(due);
		execute(job());
		return LocalDateTime.ofInstant(due.toInstant(), ZoneId.systemDefault());
	}

	private static Date date(LocalDateTime dateTime) {
		return Date.from(dateTime.atZone(ZoneId.systemDefault()).toInstant());
	}

}
