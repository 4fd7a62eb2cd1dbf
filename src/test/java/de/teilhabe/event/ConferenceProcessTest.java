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

@Deployment(resources = { "processes/conference.bpmn", "forms/plan-conference.form", "forms/prepare-invitations.form",
		"forms/conduct-conference.form", "forms/reschedule-conference.form" })
class ConferenceProcessTest {

	@RegisterExtension
	static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension.builder()
		.assertClassCoverageAtLeast(1.0)
		.build();

	private static final long PARTICIPATION_ID = 7L;

	private static final long CONFERENCE_ID = 42L;

	/** What the mocked delegates were called with, one entry per call. */
	private final List<String> openedRegistrations = new ArrayList<>();

	private final List<Long> closedRegistrations = new ArrayList<>();

	private final List<String> recordedAttendances = new ArrayList<>();

	private final List<Long> invitationsSent = new ArrayList<>();

	private final List<Long> remindersSent = new ArrayList<>();

	@BeforeEach
	void mockDelegates() {
		Mocks.register("openRegistrationDelegate", (JavaDelegate) execution -> {
			openedRegistrations.add(execution.getVariable("participationId") + "/"
					+ execution.getVariable("conferenceId") + "/" + execution.getVariable("conferenceDate") + "/"
					+ execution.getVariable("registrationDeadline"));
			if (!execution.hasVariable("conferenceId")) {
				execution.setVariable("conferenceId", CONFERENCE_ID);
			}
			execution.setVariable("reminderDate", execution.getVariable("conferenceDate") + "T09:00:00");
		});
		Mocks.register("sendInvitationsDelegate",
				(JavaDelegate) execution -> invitationsSent.add((Long) execution.getVariable("conferenceId")));
		Mocks.register("sendRemindersDelegate",
				(JavaDelegate) execution -> remindersSent.add((Long) execution.getVariable("conferenceId")));
		Mocks.register("closeRegistrationDelegate", (JavaDelegate) execution -> {
			closedRegistrations.add((Long) execution.getVariable("conferenceId"));
			execution.setVariable("registrationCount", 118L);
		});
		Mocks.register("recordAttendanceDelegate", (JavaDelegate) execution -> recordedAttendances
			.add(execution.getVariable("conferenceId") + "/" + execution.getVariable("attendance")));
	}

	@AfterEach
	void resetMocks() {
		Mocks.reset();
	}

	@Test
	void shouldOpenRegistrationUntilTheDeadlineWhenConferenceIsPlanned() {
		ProcessInstance pi = startConference();

		assertThat(task()).hasDefinitionKey("UserTask_PlanConference").hasCandidateGroup("coordinator");
		completePlanTask();

		assertThat(openedRegistrations).containsExactly("7/null/2017-06-30/2017-06-24");
		assertThat(pi).isWaitingAt("UserTask_PrepareInvitations")
			.variables()
			.containsEntry("conferenceId", CONFERENCE_ID);
		assertThat(task()).hasCandidateGroup("coordinator");
		assertThat(invitationsSent).isEmpty();

		complete(task(), withVariables("invitationsReady", true));

		assertThat(invitationsSent).containsExactly(CONFERENCE_ID);
		assertThat(pi).isWaitingAt("Timer_RegistrationDeadline");
		assertThat(job()).hasDueDate(startOfDay("2017-06-24"));
	}

	@Test
	void shouldCloseRegistrationAtTheDeadlineRemindBeforeTheDayAndFollowUpOnConferenceDay() {
		ProcessInstance pi = startConference();
		planConference();

		execute(job());

		assertThat(closedRegistrations).containsExactly(CONFERENCE_ID);
		assertThat(pi).isWaitingAt("Timer_Reminder").variables().containsEntry("registrationCount", 118L);
		assertThat(job()).hasDueDate(java.util.Date
			.from(java.time.LocalDateTime.parse("2017-06-30T09:00:00").atZone(ZoneId.systemDefault()).toInstant()));
		assertThat(remindersSent).isEmpty();

		execute(job());

		assertThat(remindersSent).containsExactly(CONFERENCE_ID);
		assertThat(pi).isWaitingAt("UserTask_ConductConference");
		assertThat(task()).hasCandidateGroup("coordinator");
		assertThat(task().getFollowUpDate()).isEqualTo(startOfDay("2017-06-30"));
	}

	@Test
	void shouldRecordAttendanceWhenConferenceWasHeld() {
		ProcessInstance pi = startConference();
		planConference();
		passDeadlineAndReminder();

		complete(task(), withVariables("conferenceHeld", true, "attendance", 124L));

		assertThat(recordedAttendances).containsExactly("42/124");
		assertThat(pi).isEnded()
			.hasPassed("ServiceTask_RecordAttendance", "EndEvent_ConferenceHeld")
			.hasNotPassed("UserTask_RescheduleConference");
		assertThat(pi).variables().containsEntry("attendance", 124L);
	}

	@Test
	void shouldReopenRegistrationWithNewDeadlineWhenConferenceWasPostponed() {
		ProcessInstance pi = startConference();
		planConference();
		passDeadlineAndReminder();

		complete(task(), withVariables("conferenceHeld", false));

		assertThat(pi).isWaitingAt("UserTask_RescheduleConference");
		assertThat(task()).hasCandidateGroup("coordinator");
		assertThat(recordedAttendances).isEmpty();
		complete(task(), withVariables("conferenceDate", "2017-09-15", "registrationDeadline", "2017-09-08",
				"postponeReason", "Der Ratssaal wird wegen eines Wasserschadens saniert."));

		assertThat(openedRegistrations).containsExactly("7/null/2017-06-30/2017-06-24", "7/42/2017-09-15/2017-09-08");
		assertThat(pi).isWaitingAt("UserTask_PrepareInvitations");
		complete(task(), withVariables("invitationsReady", true));
		assertThat(invitationsSent).containsExactly(CONFERENCE_ID, CONFERENCE_ID);
		assertThat(pi).isWaitingAt("Timer_RegistrationDeadline");
		assertThat(job()).hasDueDate(startOfDay("2017-09-08"));

		passDeadlineAndReminder();
		assertThat(closedRegistrations).containsExactly(CONFERENCE_ID, CONFERENCE_ID);
		assertThat(task()).hasDefinitionKey("UserTask_ConductConference");
		assertThat(task().getFollowUpDate()).isEqualTo(startOfDay("2017-09-15"));

		complete(task(), withVariables("conferenceHeld", true, "attendance", 97L));
		assertThat(recordedAttendances).containsExactly("42/97");
		assertThat(pi).isEnded().hasPassed("EndEvent_ConferenceHeld");
	}

	@Test
	void shouldDeployTheCamundaFormOfEveryUserTask() throws IOException {
		startConference();
		assertDeployedForm("Form_PlanConference");
		complete(task(), withVariables("conferenceTitle", "Integrationskonferenz Leverkusen 2017", "conferenceDate",
				"2017-06-30", "registrationDeadline", "2017-06-24"));
		assertDeployedForm("Form_PrepareInvitations");
		complete(task(), withVariables("invitationsReady", true));
		passDeadlineAndReminder();
		assertDeployedForm("Form_ConductConference");
		complete(task(), withVariables("conferenceHeld", false));
		assertDeployedForm("Form_RescheduleConference");
	}

	private static ProcessInstance startConference() {
		ProcessInstance pi = runtimeService().startProcessInstanceByKey("Process_Conference",
				"integrationskonzept-leverkusen-2017",
				withVariables("participationId", PARTICIPATION_ID, "title", "Integrationskonzept Leverkusen"));
		assertThat(pi).isWaitingAt("UserTask_PlanConference");
		return pi;
	}

	/** Plans the conference and sends the invitations at once. */
	private static void planConference() {
		completePlanTask();
		complete(task(), withVariables("invitationsReady", true));
	}

	private static void completePlanTask() {
		complete(task(),
				withVariables("conferenceTitle", "Integrationskonferenz Leverkusen 2017", "conferenceDate",
						"2017-06-30", "conferenceStart", "15:00", "conferenceEnd", "19:00", "conferenceVenue",
						"Ratssaal, Friedrich-Ebert-Platz 1, 51373 Leverkusen", "capacity", 150L, "registrationDeadline",
						"2017-06-24"));
	}

	/**
	 * The registration deadline and then the reminder a few days before the conference.
	 */
	private static void passDeadlineAndReminder() {
		execute(job());
		execute(job());
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
