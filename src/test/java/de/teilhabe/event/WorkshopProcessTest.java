package de.teilhabe.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.formService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@Deployment(resources = { "processes/workshop.bpmn", "forms/plan-workshop.form", "forms/record-workshop-outcome.form" })
class WorkshopProcessTest {

	@RegisterExtension
	static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension.builder()
		.assertClassCoverageAtLeast(1.0)
		.build();

	private static final long PARTICIPATION_ID = 7L;

	private static final long WORKSHOP_ID = 31L;

	private static final List<String> SURVEY_TOPICS = List.of("LANGUAGE", "EDUCATION", "EMPLOYMENT", "HOUSING");

	/** What the mocked delegates were called with, one entry per call. */
	private final List<String> scheduledWorkshops = new ArrayList<>();

	private final List<String> storedOutcomes = new ArrayList<>();

	@BeforeEach
	void mockDelegates() {
		Mocks.register("scheduleWorkshopDelegate", (JavaDelegate) execution -> {
			scheduledWorkshops
				.add(execution.getVariable("participationId") + "/" + execution.getVariable("workshopTitle") + "/"
						+ execution.getVariable("workshopDate") + "/" + execution.getVariable("workshopVenue"));
			execution.setVariable("workshopId", WORKSHOP_ID);
			execution.setVariable("workshopStart", execution.getVariable("workshopDate") + "T00:00:00");
		});
		Mocks.register("storeWorkshopOutcomeDelegate",
				(JavaDelegate) execution -> storedOutcomes
					.add(execution.getVariable("workshopId") + "/" + execution.getVariable("workshopOutcome") + "/"
							+ execution.getVariable("workshopParticipants")));
	}

	@AfterEach
	void resetMocksAndClock() {
		Mocks.reset();
		ClockUtil.reset();
	}

	@Test
	void shouldScheduleWorkshopAndWaitForWorkshopDay() {
		ProcessInstance pi = startWorkshop();

		assertThat(task()).hasDefinitionKey("UserTask_PlanWorkshop").hasCandidateGroup("coordinator");
		planWorkshop();

		assertThat(scheduledWorkshops).containsExactly("7/Fachworkshop Integration/2017-05-19/Forum Leverkusen");
		assertThat(pi).isWaitingAt("Timer_WorkshopDay").variables().containsEntry("workshopId", WORKSHOP_ID);
		assertThat(job()).hasDueDate(startOfDay("2017-05-19"));
	}

	@Test
	void shouldAskForOutcomeWithinAWeekOnWorkshopDay() {
		ProcessInstance pi = startWorkshop();
		planWorkshop();

		LocalDateTime workshopMorning = LocalDateTime.of(2017, 5, 19, 0, 0);
		ClockUtil.setCurrentTime(toDate(workshopMorning));
		execute(job());

		assertThat(pi).isWaitingAt("UserTask_RecordWorkshopOutcome");
		assertThat(task()).hasCandidateGroup("coordinator").hasDueDate(toDate(workshopMorning.plusDays(7)));
		assertThat(pi).variables().containsEntry("topics", SURVEY_TOPICS);
	}

	@Test
	void shouldStoreOutcomeAndReturnConfirmedTopics() {
		ProcessInstance pi = startWorkshop();
		planWorkshop();
		execute(job());

		List<String> confirmedTopics = List.of("LANGUAGE", "EDUCATION", "EMPLOYMENT");
		complete(task(), withVariables("topics", confirmedTopics, "workshopOutcome",
				"Wohnen wird im Themenfeld Arbeit mitbehandelt.", "workshopParticipants", 23L));

		assertThat(storedOutcomes).containsExactly("31/Wohnen wird im Themenfeld Arbeit mitbehandelt./23");
		assertThat(pi).isEnded()
			.hasPassedInOrder("UserTask_PlanWorkshop", "ServiceTask_ScheduleWorkshop", "Timer_WorkshopDay",
					"UserTask_RecordWorkshopOutcome", "ServiceTask_StoreWorkshopOutcome", "EndEvent_TopicsConfirmed");
		assertThat(pi).variables().containsEntry("topics", confirmedTopics);
	}

	@Test
	void shouldDeployTheCamundaFormOfEveryUserTask() throws IOException {
		startWorkshop();
		assertDeployedForm("Form_PlanWorkshop");
		planWorkshop();
		execute(job());
		assertDeployedForm("Form_RecordWorkshopOutcome");
	}

	private static ProcessInstance startWorkshop() {
		ProcessInstance pi = runtimeService().startProcessInstanceByKey("Process_Workshop",
				"integrationskonzept-leverkusen-2017", withVariables("participationId", PARTICIPATION_ID, "title",
						"Integrationskonzept Leverkusen", "topics", SURVEY_TOPICS));
		assertThat(pi).isWaitingAt("UserTask_PlanWorkshop");
		return pi;
	}

	private static void planWorkshop() {
		complete(task(), withVariables("workshopTitle", "Fachworkshop Integration", "workshopDate", "2017-05-19",
				"workshopVenue", "Forum Leverkusen", "workshopInvitees", "Caritasverband Leverkusen\nVHS Leverkusen"));
	}

	private static void assertDeployedForm(String formId) throws IOException {
		try (InputStream form = formService().getDeployedTaskForm(task().getId())) {
			assertThat(new ObjectMapper().readTree(form).path("id").asText()).isEqualTo(formId);
		}
	}

	private static Date startOfDay(String isoDate) {
		return toDate(LocalDate.parse(isoDate).atStartOfDay());
	}

	private static Date toDate(LocalDateTime localDateTime) {
		return Date.from(localDateTime.atZone(ZoneId.systemDefault()).toInstant());
	}

}
