package de.teilhabe.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.Locale;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.UserRequestPostProcessor;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import de.teilhabe.IntegrationTest;
import de.teilhabe.LeverkusenFixture;
import de.teilhabe.demo.Cast;
import de.teilhabe.demo.LeverkusenDemo;
import de.teilhabe.form.FormView;
import de.teilhabe.participation.Participation;
import de.teilhabe.participation.Phase;
import de.teilhabe.system.Roles;

/**
 * Completing a task from its page is one request and one transaction that loads the task
 * once: an invalid submission shows the page again with the errors and what was typed, a
 * valid one leads to the user's next task. Transactions are counted as commits and task
 * loads as engine task queries by id, both on the calling thread.
 */
@IntegrationTest
class TaskCompletionTest {

	private static final String QUESTIONS = "Welche Angebote der Sprachförderung fehlen in Leverkusen?";

	@Autowired
	TaskWorkService work;

	@Autowired
	TaskQueries queries;

	@Autowired
	TaskService taskService;

	@Autowired
	LeverkusenFixture leverkusen;

	@Autowired
	MockMvc mvc;

	// the tests complete tasks: a participation of their own, shared by them
	private static Participation process;

	private static Cast cast;

	@BeforeEach
	void seedOnce() {
		if (process == null) {
			process = leverkusen.fresh(Phase.CONFERENCE);
			cast = leverkusen.castOf(process);
		}
	}

	@Test
	void shouldCompleteInOneTransactionThatLoadsTheTaskOnce() {
		Task session = sessionOf(cast.lead(3));

		CommitsAndTaskLoads.start();
		Completion completion;
		try {
			completion = work.complete(session.getId(), cast.lead(3), form("sessionQuestions", QUESTIONS),
					Locale.GERMAN);
		}
		finally {
			CommitsAndTaskLoads.stop();
		}

		assertThat(completion).isInstanceOfSatisfying(Completion.Completed.class, completed -> {
			assertThat(completed.taskName()).isEqualTo("AG-Sitzung vorbereiten");
			assertThat(completed.nextTaskId()).hasValueSatisfying(next -> {
				assertThat(taskService.createTaskQuery().taskId(next).singleResult().getTaskDefinitionKey())
					.isEqualTo("UserTask_RecordResults");
				// the bound value went into the process
				assertThat(taskService.getVariable(next, "sessionQuestions")).isEqualTo(QUESTIONS);
			});
		});
		assertThat(CommitsAndTaskLoads.commits).as("transactions").hasValue(1);
		assertThat(CommitsAndTaskLoads.taskLoads).as("engine task queries for the completed task")
			.containsExactly(session.getId());
		assertThat(taskService.createTaskQuery().taskId(session.getId()).count()).isZero();
	}

	@Test
	void shouldShowAnInvalidSubmissionAgainWithTheErrorsAndTheInputAndCompleteNothing() throws Exception {
		Task session = sessionOf(cast.lead(0));

		CommitsAndTaskLoads.start();
		MvcResult result;
		try {
			result = mvc
				.perform(post("/tasks/{id}/complete", session.getId()).with(csrf())
					.with(lead())
					.param("sessionQuestions", "Zu kurz"))
				.andExpect(status().isOk())
				.andExpect(view().name(TaskController.VIEW_TASK))
				.andExpect(model().attribute("form", Matchers.hasProperty("errors", Matchers.not(Matchers.empty()))))
				.andExpect(content().string(Matchers.containsString("aria-invalid=\"true\"")))
				.andExpect(content().string(Matchers.containsString(">Zu kurz</textarea>")))
				.andExpect(content().string(Matchers.containsString(LeverkusenDemo.TITLE)))
				.andReturn();
		}
		finally {
			CommitsAndTaskLoads.stop();
		}

		FormView form = (FormView) result.getModelAndView().getModel().get("form");
		assertThat(form.getErrors()).singleElement()
			.satisfies(error -> assertThat(error.getFieldId()).contains("sessionQuestions"));
		assertThat(CommitsAndTaskLoads.taskLoads).as("engine task queries for the task")
			.containsExactly(session.getId());
		Task unchanged = taskService.createTaskQuery().taskId(session.getId()).singleResult();
		assertThat(unchanged.getAssignee()).isNull();
		assertThat(taskService.getVariable(session.getId(), "sessionQuestions")).isNull();
	}

	@Test
	void shouldLeadAValidSubmissionToTheNextTaskAndShowIt() throws Exception {
		Task session = sessionOf(cast.lead(4));
		UserRequestPostProcessor gesundheit = user(cast.lead(4))
			.authorities(new SimpleGrantedAuthority(Roles.WG_LEAD.authority()));

		MvcResult done = mvc
			.perform(post("/tasks/{id}/complete", session.getId()).with(csrf())
				.with(gesundheit)
				.param("sessionQuestions", QUESTIONS))
			.andExpect(status().is3xxRedirection())
			.andReturn();

		String next = done.getResponse().getRedirectedUrl();
		assertThat(next).startsWith("/tasks/").isNotEqualTo("/tasks/" + session.getId());
		// the session cookie, so the confirmation comes along as after a browser's
		// redirect
		mvc.perform(get(next).with(gesundheit).cookie(done.getResponse().getCookies()))
			.andExpect(status().isOk())
			.andExpect(view().name(TaskController.VIEW_TASK))
			.andExpect(content().string(Matchers.containsString("Ziele und Maßnahmen erfassen")))
			.andExpect(content().string(Matchers.containsString("AG-Sitzung vorbereiten")))
			.andExpect(content().string(Matchers.containsString("erledigt")));
		assertThat(taskService.createTaskQuery().taskId(session.getId()).count()).isZero();
	}

	@Test
	void shouldAddARowWithoutCompleting() {
		Task session = sessionOf(cast.lead(7));
		work.complete(session.getId(), cast.lead(7), Map.of("sessionQuestions", QUESTIONS));
		Task results = queries.openTasks(cast.lead(7), 10)
			.stream()
			.filter(t -> t.getTaskDefinitionKey().equals("UserTask_RecordResults"))
			.findFirst()
			.orElseThrow();

		Completion completion = work.complete(results.getId(), cast.lead(7), form("_action", "add:measures"),
				Locale.GERMAN);

		assertThat(completion).isInstanceOf(Completion.Invalid.class);
		assertThat(taskService.createTaskQuery().taskId(results.getId()).count()).isEqualTo(1);
	}

	private UserRequestPostProcessor lead() {
		return user(cast.lead(0)).authorities(new SimpleGrantedAuthority(Roles.WG_LEAD.authority()));
	}

	private Task sessionOf(String lead) {
		return queries.openTasks(lead, 10)
			.stream()
			.filter(t -> t.getTaskDefinitionKey().equals("UserTask_PrepareSession"))
			.findFirst()
			.orElseThrow();
	}

	private static MultiValueMap<String, String> form(String name, String value) {
		MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
		params.add(name, value);
		return params;
	}

}
