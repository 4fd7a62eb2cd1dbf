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

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.UserRequestPostProcessor;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import de.teilhabe.demo.DemoUsers;
import de.teilhabe.demo.LeverkusenDemo;
import de.teilhabe.form.FormView;
import de.teilhabe.participation.Participation;
import de.teilhabe.system.Roles;

/**
 * Completing a task from its page is one request and one transaction that loads the task
 * once: an invalid submission shows the page again with the errors and what was typed, a
 * valid one leads to the user's next task. Transactions are counted as commits and task
 * loads as engine task queries by id, both on the calling thread.
 */
@SpringBootTest(properties = { "teilhabe.demo.enabled=false",
		"spring.datasource.url=jdbc:h2:mem:taskcompletion;DB_CLOSE_DELAY=-1" })
@AutoConfigureMockMvc
@Import(TaskCompletionTest.Counting.class)
class TaskCompletionTest {

	private static final String LEAD = "ag-sprache";

	private static final String QUESTIONS = "Welche Angebote der Sprachförderung fehlen in Leverkusen?";

	@Autowired
	TaskWorkService work;

	@Autowired
	TaskQueries queries;

	@Autowired
	TaskService taskService;

	@Autowired
	LeverkusenDemo leverkusen;

	@Autowired
	DemoUsers users;

	@Autowired
	MockMvc mvc;

	private static Participation process;

	@BeforeEach
	void seedOnce() {
		if (process == null) {
			users.create();
			process = leverkusen.seed();
		}
	}

	@Test
	void shouldCompleteInOneTransactionThatLoadsTheTaskOnce() {
		Task session = sessionOf("ag-wohnen");

		Counting.start();
		Completion completion;
		try {
			completion = work.complete(session.getId(), "ag-wohnen", form("sessionQuestions", QUESTIONS),
					Locale.GERMAN);
		}
		finally {
			Counting.stop();
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
		assertThat(Counting.commits).as("transactions").hasValue(1);
		assertThat(Counting.taskLoads).as("engine task queries for the completed task")
			.containsExactly(session.getId());
		assertThat(taskService.createTaskQuery().taskId(session.getId()).count()).isZero();
	}

	@Test
	void shouldShowAnInvalidSubmissionAgainWithTheErrorsAndTheInputAndCompleteNothing() throws Exception {
		Task session = sessionOf(LEAD);

		Counting.start();
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
			Counting.stop();
		}

		FormView form = (FormView) result.getModelAndView().getModel().get("form");
		assertThat(form.getErrors()).singleElement()
			.satisfies(error -> assertThat(error.getFieldId()).contains("sessionQuestions"));
		assertThat(Counting.taskLoads).as("engine task queries for the task").containsExactly(session.getId());
		Task unchanged = taskService.createTaskQuery().taskId(session.getId()).singleResult();
		assertThat(unchanged.getAssignee()).isNull();
		assertThat(taskService.getVariable(session.getId(), "sessionQuestions")).isNull();
	}

	@Test
	void shouldLeadAValidSubmissionToTheNextTaskAndShowIt() throws Exception {
		Task session = sessionOf("ag-gesundheit");
		UserRequestPostProcessor gesundheit = user("ag-gesundheit")
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
		Task session = sessionOf("ag-senioren");
		work.complete(session.getId(), "ag-senioren", Map.of("sessionQuestions", QUESTIONS));
		Task results = queries.openTasks("ag-senioren", 10)
			.stream()
			.filter(t -> t.getTaskDefinitionKey().equals("UserTask_RecordResults"))
			.findFirst()
			.orElseThrow();

		Completion completion = work.complete(results.getId(), "ag-senioren", form("_action", "add:measures"),
				Locale.GERMAN);

		assertThat(completion).isInstanceOf(Completion.Invalid.class);
		assertThat(taskService.createTaskQuery().taskId(results.getId()).count()).isEqualTo(1);
	}

	private UserRequestPostProcessor lead() {
		return user(LEAD).authorities(new SimpleGrantedAuthority(Roles.WG_LEAD.authority()));
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

	/**
	 * Counts, on the thread that called {@link #start()}, the commits at the connection
	 * and the ids of the engine's task queries by id.
	 */
	@TestConfiguration
	static class Counting {

		static final AtomicInteger commits = new AtomicInteger();

		static final List<String> taskLoads = new ArrayList<>();

		private static volatile Thread counting;

		static void start() {
			commits.set(0);
			taskLoads.clear();
			counting = Thread.currentThread();
		}

		static void stop() {
			counting = null;
		}

		private static boolean counting() {
			return counting == Thread.currentThread();
		}

		@Bean
		static BeanPostProcessor countCommitsAndTaskQueries() {
			return new BeanPostProcessor() {
				@Override
				public Object postProcessAfterInitialization(Object bean, String beanName) {
					if (bean instanceof DataSource dataSource && "dataSource".equals(beanName)) {
						return counted(dataSource);
					}
					if (bean instanceof TaskService taskService) {
						return counted(taskService);
					}
					return bean;
				}
			};
		}

		private static DataSource counted(DataSource target) {
			return new DelegatingDataSource(target) {
				@Override
				public Connection getConnection() throws SQLException {
					return counted(super.getConnection());
				}

				@Override
				public Connection getConnection(String username, String password) throws SQLException {
					return counted(super.getConnection(username, password));
				}
			};
		}

		private static Connection counted(Connection connection) {
			return proxy(Connection.class, connection, (method, args) -> {
				if (counting() && method.getName().equals("commit")) {
					commits.incrementAndGet();
				}
			});
		}

		private static TaskService counted(TaskService taskService) {
			InvocationHandler handler = (proxy, method, args) -> {
				Object result = invoke(method, taskService, args);
				return method.getName().equals("createTaskQuery") ? counted((TaskQuery) result) : result;
			};
			return (TaskService) Proxy.newProxyInstance(Counting.class.getClassLoader(),
					new Class<?>[] { TaskService.class }, handler);
		}

		/** Notes the id of a task query by id when it is run. */
		private static TaskQuery counted(TaskQuery query) {
			String[] taskId = new String[1];
			Set<String> runs = Set.of("singleResult", "list", "listPage", "count", "unlimitedList");
			TaskQuery[] proxy = new TaskQuery[1];
			proxy[0] = (TaskQuery) Proxy.newProxyInstance(Counting.class.getClassLoader(),
					new Class<?>[] { TaskQuery.class }, (self, method, args) -> {
						if (method.getName().equals("taskId")) {
							taskId[0] = (String) args[0];
						}
						if (counting() && taskId[0] != null && runs.contains(method.getName())) {
							synchronized (taskLoads) {
								taskLoads.add(taskId[0]);
							}
						}
						Object result = invoke(method, query, args);
						return result == query ? proxy[0] : result;
					});
			return proxy[0];
		}

		private static <T> T proxy(Class<T> type, T target, Observer observer) {
			return type.cast(Proxy.newProxyInstance(Counting.class.getClassLoader(), new Class<?>[] { type },
					(self, method, args) -> {
						observer.call(method, args);
						return invoke(method, target, args);
					}));
		}

		private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
			try {
				return method.invoke(target, args);
			}
			catch (InvocationTargetException failed) {
				throw failed.getCause();
			}
		}

		private interface Observer {

			void call(Method method, Object[] args);

		}

	}

}
