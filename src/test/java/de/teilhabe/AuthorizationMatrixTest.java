package de.teilhabe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import de.teilhabe.demo.Cast;
import de.teilhabe.demo.DemoUsers;
import de.teilhabe.demo.LeverkusenDemo;
import de.teilhabe.participation.Participation;
import de.teilhabe.participation.Phase;
import de.teilhabe.system.Roles;

/**
 * Who gets in where: every handler method of the running application, called by every
 * kind of caller, against the outcome written down for it in
 * {@code authorization-matrix.txt}. A handler method without a line there fails the test,
 * and so does a line without a handler.
 * <p>
 * The callers are defined by their relation to one team's participations: the lead of a
 * working group of it, the lead of another of its groups, a coordinator in its team and
 * one outside (with a participation of their own), a manager and an administrator. Today
 * the team is the coordinator who started it ({@code ParticipationAccess}); when process
 * teams come, only {@link #callers} changes.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTest {

	static final String MATRIX = "authorization-matrix.txt";

	/**
	 * The callers in the matrix's column order; refused callers act before the permitted
	 * ones on each line, so that a permitted action that changes something comes last.
	 */
	enum Caller {

		ANONYMOUS, LEAD, OTHER_LEAD, COORDINATOR, OUTSIDER, MANAGER, ADMIN

	}

	static final List<Caller> ORDER = List.of(Caller.ANONYMOUS, Caller.OTHER_LEAD, Caller.OUTSIDER, Caller.ADMIN,
			Caller.MANAGER, Caller.LEAD, Caller.COORDINATOR);

	private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)(:[^}]*)?}");

	/** What a browser asks for when it follows a link, also to a download. */
	private static final String BROWSER_ACCEPTS = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

	private static final Pattern HIDDEN_TOKEN = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	@Autowired
	MockMvc mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	LeverkusenFixture fixture;

	@Autowired
	IdentityService identities;

	@Autowired
	RuntimeService runtime;

	@Autowired
	JdbcTemplate jdbc;

	@LocalServerPort
	int port;

	/** The path variables, filled from the team's participations. */
	final Map<String, String> variables = new LinkedHashMap<>();

	final Map<Caller, String> callers = new LinkedHashMap<>();

	/** The participation whose working groups are at their sessions: tasks. */
	Participation sessions;

	/** The same team's participation before the council: everything else. */
	Participation council;

	@BeforeAll
	void setUpTheTeamsParticipations() throws Exception {
		sessions = fixture.fresh(Phase.CONFERENCE);
		council = fixture.alongside(sessions, Phase.COUNCIL);
		Cast team = fixture.castOf(sessions);
		callers.put(Caller.LEAD, team.lead(0));
		callers.put(Caller.OTHER_LEAD, team.lead(1));
		callers.put(Caller.COORDINATOR, team.coordinator());
		callers.put(Caller.OUTSIDER, fixture.castOf(fixture.at(Phase.SURVEYS)).coordinator());
		callers.put(Caller.MANAGER, team.manager());
		callers.put(Caller.ADMIN, administrator());

		List<String> leadsGroups = identities.createGroupQuery()
			.groupMember(team.lead(0))
			.list()
			.stream()
			.map(Group::getId)
			.toList();
		Task session = fixture.awaitTasks(sessions, "UserTask_PrepareSession", LeverkusenDemo.TOPICS.size())
			.stream()
			.filter(task -> candidateGroups(task).stream().anyMatch(leadsGroups::contains))
			.findFirst()
			.orElseThrow();
		variables.put("taskId", session.getId());
		variables.put("lead", team.lead(0));

		long participationId = council.getId();
		variables.put("participationId", String.valueOf(participationId));
		variables.put("slug", council.getSlug());
		variables.put("definition",
				runtime.createProcessInstanceQuery()
					.processInstanceBusinessKey(council.getSlug())
					.processDefinitionKey("Process_Participation")
					.singleResult()
					.getProcessDefinitionId());
		long event = one("select min(id) from participation_event where participation_id = ? and kind = 'CONFERENCE'",
				participationId);
		variables.put("eventId", String.valueOf(event));
		variables.put("registrationId",
				String.valueOf(one("select min(id) from event_registration where event_id = ?", event)));
		long survey = one("select min(id) from survey where participation_id = ?", participationId);
		variables.put("surveyId", String.valueOf(survey));
		variables.put("questionId",
				String.valueOf(one("select min(id) from survey_question where survey_id = ?", survey)));
		variables.put("surveyToken",
				jdbc.queryForObject("select public_token from survey where id = ?", String.class, survey));
		variables.put("documentationId",
				String.valueOf(one("select min(id) from documentation where participation_id = ?", participationId)));
		variables.put("version", "1");
		variables.put("measureId",
				String.valueOf(one("select min(id) from measure where participation_id = ?", participationId)));
		variables.put("mailId", String.valueOf(jdbc.queryForObject("select max(id) from mail_outbox", Long.class)));
		// a cancel link nobody was sent: the page says it is invalid, to anyone
		variables.put("token", UUID.randomUUID().toString());
		variables.put("filterId", "0");
	}

	@Test
	void everyHandlerMethodHasALineAndEveryLineAHandler() throws IOException {
		Set<String> endpoints = endpoints();
		Set<String> lines = new TreeSet<>(matrix().keySet());

		assertThat(difference(endpoints, lines)).as("handler methods without a line in " + MATRIX).isEmpty();
		assertThat(difference(lines, endpoints)).as("lines in " + MATRIX + " without a handler method").isEmpty();
	}

	@Test
	void everyCallerGetsWhatTheMatrixSays() throws Exception {
		List<String> wrong = new ArrayList<>();
		for (Line line : matrix().values()) {
			for (Caller caller : ORDER) {
				String actual = outcome(call(line, caller));
				String expected = line.outcomes().get(caller);
				if (!expected.equals(actual)) {
					wrong.add(line.key() + " as " + caller + ": expected " + expected + ", got " + actual);
				}
			}
		}
		assertThat(wrong).as("outcomes that differ from " + MATRIX).isEmpty();
	}

	/**
	 * Lists show a participation to those who steer it only: the coordinator in the team
	 * finds a link to it on every list, the one outside on none.
	 */
	@Test
	void theOutsiderFindsTheTeamsParticipationInNoList() throws Exception {
		String councilTask = fixture.awaitTasks(council, "UserTask_RecordCouncilDecision", 1).get(0).getId();
		Map<String, String> links = Map.of("/tasks", "/tasks/" + councilTask, "/events",
				"/events/" + variables.get("eventId"), "/surveys", "/surveys/" + variables.get("surveyId") + "/results",
				"/measures", "/measures/consolidation/" + variables.get("participationId"), "/progress",
				"/progress/" + variables.get("slug"));

		for (Map.Entry<String, String> list : links.entrySet()) {
			Pattern link = Pattern.compile("href=\"" + Pattern.quote(list.getValue()) + "[\"?#]");
			assertThat(link.matcher(page(Caller.COORDINATOR, list.getKey())).find())
				.as(list.getKey() + " of the coordinator links " + list.getValue())
				.isTrue();
			assertThat(link.matcher(page(Caller.OUTSIDER, list.getKey())).find())
				.as(list.getKey() + " of the outsider links " + list.getValue())
				.isFalse();
		}
	}

	/**
	 * The coordinators' tasks of a participation (here the council's decision, offered to
	 * the coordinators' role group) are the team's: the outsider may neither open nor
	 * claim them.
	 */
	@Test
	void theOutsiderMayNotOpenOrClaimTheTeamsCoordinatorTask() throws Exception {
		String councilTask = fixture.awaitTasks(council, "UserTask_RecordCouncilDecision", 1).get(0).getId();

		assertThat(outcome(call(new Line("GET", "/tasks/" + councilTask, "", Map.of()), Caller.OUTSIDER)))
			.isEqualTo("403");
		assertThat(outcome(call(new Line("POST", "/tasks/" + councilTask + "/claim", "", Map.of()), Caller.OUTSIDER)))
			.isEqualTo("403");
		assertThat(outcome(call(new Line("GET", "/tasks/" + councilTask, "", Map.of()), Caller.COORDINATOR)))
			.isEqualTo("ok");
	}

	/**
	 * A refusal reaches the user as the application's error page with status 403: a real
	 * sign-in and a real request over HTTP, for every page the outsider may not see.
	 */
	@Test
	void theOutsiderSeesTheErrorPageOfTheApplication() throws Exception {
		HttpClient http = signIn(callers.get(Caller.OUTSIDER));
		List<String> refusedPages = matrix().values()
			.stream()
			.filter(line -> line.method().equals("GET") && line.outcomes().get(Caller.OUTSIDER).equals("403"))
			.map(this::path)
			.toList();
		assertThat(refusedPages).isNotEmpty();

		for (String path : refusedPages) {
			HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri(path))
				.header("Accept", BROWSER_ACCEPTS)
				.header("Cookie", "teilhabe-lang=de")
				.build(), BodyHandlers.ofString());
			assertThat(response.statusCode()).as(path).isEqualTo(403);
			assertThat(response.body()).as(path)
				.contains("Keine Berechtigung")
				.contains("Es wurde nichts geändert")
				.doesNotContain("Exception");
		}
	}

	record Line(String method, String pattern, String parameters, Map<Caller, String> outcomes) {

		String key() {
			return this.method + " " + this.pattern;
		}

	}

	private Map<String, Line> matrix() throws IOException {
		Map<String, Line> lines = new LinkedHashMap<>();
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(getClass().getResourceAsStream(MATRIX), StandardCharsets.UTF_8))) {
			String text;
			while ((text = reader.readLine()) != null) {
				text = text.strip();
				if (text.isEmpty() || text.startsWith("#")) {
					continue;
				}
				List<String> cells = new ArrayList<>(Arrays.asList(text.split("\\s+")));
				String method = cells.remove(0);
				String pattern = cells.remove(0);
				String parameters = cells.get(0).startsWith("?") ? cells.remove(0).substring(1) : "";
				assertThat(cells).as("outcomes of " + text).hasSize(Caller.values().length);
				Map<Caller, String> outcomes = new LinkedHashMap<>();
				for (Caller caller : Caller.values()) {
					outcomes.put(caller, cells.get(caller.ordinal()));
				}
				Line line = new Line(method, pattern, parameters, outcomes);
				assertThat(lines.put(line.key(), line)).as("second line for " + line.key()).isNull();
			}
		}
		return lines;
	}

	/** Every HTTP method × path pattern the application handles. */
	private Set<String> endpoints() {
		Set<String> endpoints = new TreeSet<>();
		for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
			Set<String> methods = new TreeSet<>();
			info.getMethodsCondition().getMethods().forEach(method -> methods.add(method.name()));
			if (methods.isEmpty()) {
				methods.add("*");
			}
			for (String method : methods) {
				for (String pattern : info.getPatternValues()) {
					endpoints.add(method + " " + pattern);
				}
			}
		}
		return endpoints;
	}

	private static Set<String> difference(Set<String> these, Set<String> those) {
		Set<String> left = new TreeSet<>(these);
		left.removeAll(those);
		return left;
	}

	private MockHttpServletResponse call(Line line, Caller caller) throws Exception {
		HttpMethod method = line.method().equals("*") ? HttpMethod.GET : HttpMethod.valueOf(line.method());
		MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(method, URI.create(path(line)));
		if (caller != Caller.ANONYMOUS) {
			String userId = callers.get(caller);
			request.with(user(userId).authorities(identities.createGroupQuery()
				.groupMember(userId)
				.list()
				.stream()
				.map(group -> new SimpleGrantedAuthority(Roles.authorityOf(group.getId())))
				.toList()));
		}
		if (method != HttpMethod.GET) {
			request.with(csrf());
		}
		return mvc.perform(request).andReturn().getResponse();
	}

	private String page(Caller caller, String path) throws Exception {
		MockHttpServletResponse response = call(new Line("GET", path, "", Map.of()), caller);
		assertThat(response.getStatus()).as(path + " as " + caller).isEqualTo(200);
		return response.getContentAsString(StandardCharsets.UTF_8);
	}

	private String path(Line line) {
		String path = fill(line.pattern(), line.pattern());
		return line.parameters().isEmpty() ? path : path + "?" + fill(line.parameters(), line.pattern());
	}

	/**
	 * The pattern with its variables filled; a variable named like a path segment before
	 * it ({@code /events/{id}}) takes that thing's id.
	 */
	private String fill(String text, String pattern) {
		Matcher matcher = VARIABLE.matcher(text);
		StringBuilder path = new StringBuilder();
		while (matcher.find()) {
			String name = variableName(pattern, matcher.group(1));
			String value = variables.get(name);
			assertThat(value).as("a value for {" + name + "} in " + pattern).isNotNull();
			matcher.appendReplacement(path, Matcher.quoteReplacement(value));
		}
		matcher.appendTail(path);
		return path.toString();
	}

	private static String variableName(String pattern, String name) {
		if (!name.equals("id") && !name.equals("token")) {
			return name;
		}
		if (pattern.startsWith("/events") || pattern.startsWith("/public/events")) {
			return "eventId";
		}
		if (pattern.startsWith("/surveys")) {
			return "surveyId";
		}
		if (pattern.startsWith("/public/surveys")) {
			return "surveyToken";
		}
		if (pattern.startsWith("/admin/outbox")) {
			return "mailId";
		}
		if (pattern.startsWith("/tasks/filters")) {
			return "filterId";
		}
		return name;
	}

	private static String outcome(MockHttpServletResponse response) {
		int status = response.getStatus();
		String location = response.getRedirectedUrl();
		if (status / 100 == 3 && location != null && location.endsWith("/login")) {
			return "login";
		}
		if (status / 100 == 2 || status / 100 == 3) {
			return "ok";
		}
		return String.valueOf(status);
	}

	private List<String> candidateGroups(Task task) {
		return jdbc.queryForList("select group_id_ from act_ru_identitylink where task_id_ = ? and type_ = 'candidate'",
				String.class, task.getId());
	}

	/** An administrator of their own, as the initial administrator is made. */
	private String administrator() {
		String id = "admin-" + UUID.randomUUID().toString().substring(0, 8);
		User admin = identities.newUser(id);
		admin.setPassword(DemoUsers.PASSWORD);
		identities.saveUser(admin);
		identities.createMembership(id, Roles.ADMIN.groupId());
		return id;
	}

	private long one(String sql, long argument) {
		Long id = jdbc.queryForObject(sql, Long.class, argument);
		assertThat(id).as(sql + " for " + argument).isNotNull();
		return id;
	}

	private HttpClient signIn(String userId) throws Exception {
		HttpClient http = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		Matcher token = HIDDEN_TOKEN
			.matcher(http.send(HttpRequest.newBuilder(uri("/login")).build(), BodyHandlers.ofString()).body());
		assertThat(token.find()).isTrue();
		HttpResponse<String> login = http.send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(BodyPublishers.ofString("username=" + userId + "&password=" + DemoUsers.PASSWORD + "&_csrf="
					+ URLEncoder.encode(token.group(1), StandardCharsets.UTF_8)))
			.build(), BodyHandlers.ofString());
		assertThat(login.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/tasks"));
		return http;
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

}
