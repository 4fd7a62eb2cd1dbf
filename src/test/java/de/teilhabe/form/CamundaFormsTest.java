package de.teilhabe.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Locale;

import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import de.teilhabe.IntegrationTest;
import de.teilhabe.demo.DemoUsers;
import de.teilhabe.demo.LeverkusenDemo;
import de.teilhabe.participation.Participation;
import de.teilhabe.participation.ParticipationService;
import de.teilhabe.participation.StartParticipation;
import de.teilhabe.task.TaskWorkService;

/**
 * The service against the real engine: forms come from the deployment, values from the
 * task's variables.
 */
@IntegrationTest
class CamundaFormsTest {

	@Autowired
	CamundaForms forms;

	@Autowired
	ParticipationService participations;

	@Autowired
	DemoUsers demoUsers;

	@Autowired
	LeverkusenDemo leverkusen;

	@Autowired
	TaskWorkService work;

	@BeforeEach
	void createUsers() {
		demoUsers.create();
	}

	@Test
	void shouldRenderTheFirstTaskFormWithTheProcessVariables() {
		Task designSurvey = leverkusen.awaitTasks(start(), "UserTask_DesignSurvey", 1).get(0);

		FormView view = forms.taskForm(designSurvey.getId(), Locale.GERMAN).orElseThrow();

		assertThat(view.getFormId()).isEqualTo("Form_DesignSurvey");
		assertThat(view.getComponents().get(0).getHtml()).contains("Beteiligungsprozess: <strong>"
				+ LeverkusenDemo.TITLE + "</strong> – geplant sind 2 " + "Befragungsrunde(n).");
		assertThat(view.field("surveyTitle").orElseThrow().getLabel()).isEqualTo("Titel der Befragung");
		assertThat(view.field("surveyCloseDate").orElseThrow().getInputType()).isEqualTo("date");
	}

	@Test
	void shouldBindTheTaskFormAndCompleteTheTaskWithItsValues() {
		Participation participation = start();
		Task designSurvey = leverkusen.awaitTasks(participation, "UserTask_DesignSurvey", 1).get(0);
		String closeDate = LocalDate.now().plusDays(14).toString();

		FormResult invalid = forms.bindTaskForm(designSurvey.getId(),
				FormFixtures.params("surveyTitle", "1.", "surveyCloseDate", closeDate), Locale.ENGLISH);
		FormResult valid = forms.bindTaskForm(designSurvey.getId(),
				FormFixtures.params("surveyTitle", "1. Online-Befragung", "surveyCloseDate", closeDate), Locale.GERMAN);

		assertThat(invalid.valid()).isFalse();
		assertThat(invalid.view().field("surveyTitle").orElseThrow().getError())
			.isEqualTo("Please enter at least 5 characters.");
		assertThat(valid.valid()).isTrue();
		assertThat(valid.values()).containsEntry("surveyTitle", "1. Online-Befragung")
			.containsEntry("surveyCloseDate", closeDate);

		work.complete(designSurvey.getId(), DemoUsers.COORDINATOR, valid.values());
		Task monitor = leverkusen.awaitTasks(participation, "UserTask_MonitorSurvey", 1).get(0);
		assertThat(forms.taskForm(monitor.getId(), Locale.GERMAN).orElseThrow().getComponents().get(0).getHtml())
			.contains("<strong>1. Online-Befragung</strong>");
	}

	@Test
	void shouldRenderTheStartFormWithItsDefaults() {
		FormView view = forms.startForm(ParticipationService.PROCESS_KEY, Locale.GERMAN);

		assertThat(view.getFormId()).isEqualTo("Form_StartParticipation");
		assertThat(view.field("title").orElseThrow().getValue()).isEmpty();
		assertThat(view.field("surveyRounds").orElseThrow().getValue()).isEqualTo("1");
		assertThat(view.field("measuresBudget").orElseThrow().getSuffix()).isEqualTo("€");
		assertThat(view.getComponents().get(0).getHtml()).startsWith("<h2>Neuen Beteiligungsprozess starten</h2>");
	}

	@Test
	void shouldBindTheStartFormToTypedValues() {
		FormResult result = forms.bindStartForm(ParticipationService.PROCESS_KEY,
				FormFixtures.params("title", LeverkusenDemo.TITLE, "organiser", "Kommunales Integrationszentrum",
						"topicArea", "Integration", "plannedStart", "2017-01-16", "plannedEnd", "2017-12-31",
						"surveyRounds", "2", "measuresBudget", "100000", "politicalBody", "Rat der Stadt Leverkusen"),
				Locale.GERMAN);

		assertThat(result.valid()).isTrue();
		assertThat(result.values()).containsEntry("surveyRounds", 2L)
			.containsEntry("measuresBudget", 100_000L)
			.containsEntry("plannedStart", "2017-01-16")
			.containsEntry("title", LeverkusenDemo.TITLE);
	}

	@Test
	void shouldRefuseAnUnknownTask() {
		assertThatThrownBy(() -> forms.taskForm("no-such-task", Locale.GERMAN)).isInstanceOf(NotFoundException.class);
	}

	private Participation start() {
		return participations.start(new StartParticipation(LeverkusenDemo.TITLE,
				"Kommunales Integrationszentrum Leverkusen", "Integration und Teilhabe", LocalDate.of(2017, 1, 16),
				LocalDate.of(2017, 12, 31), 2, LeverkusenDemo.BUDGET, "Rat der Stadt Leverkusen"),
				DemoUsers.COORDINATOR);
	}

}
