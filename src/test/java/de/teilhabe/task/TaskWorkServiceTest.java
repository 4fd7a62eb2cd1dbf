package de.teilhabe.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Locale;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.util.LinkedMultiValueMap;

import de.teilhabe.demo.DemoUsers;
import de.teilhabe.demo.LeverkusenDemo;
import de.teilhabe.participation.Participation;
import de.teilhabe.participation.Phase;
import de.teilhabe.task.TaskFilter.Due;
import de.teilhabe.task.TaskFilter.Scope;
import de.teilhabe.task.TaskFilter.Sort;

/**
 * Who sees and may do what in the task list, on the real engine with the Leverkusen
 * working groups.
 */
@SpringBootTest(
		properties = { "teilhabe.demo.enabled=false", "spring.datasource.url=jdbc:h2:mem:taskwork;DB_CLOSE_DELAY=-1" })
class TaskWorkServiceTest {

	private static final String SPRACHE = "ag-sprache";

	private static final String BILDUNG = "ag-bildung";

	@Autowired
	TaskWorkService work;

	@Autowired
	TaskQueries queries;

	@Autowired
	LeverkusenDemo leverkusen;

	@Autowired
	DemoUsers users;

	@Autowired
	TaskService taskService;

	// the seeded process is shared by the tests of this class (one Spring context, one
	// database)
	private static Participation leverkusenProcess;

	@BeforeEach
	void seedOnce() {
		if (leverkusenProcess == null) {
			users.create();
			leverkusenProcess = leverkusen.seed();
		}
	}

	private Task sessionOf(String lead) {
		return queries.openTasks(lead, 10)
			.stream()
			.filter(t -> t.getTaskDefinitionKey().equals("UserTask_PrepareSession"))
			.filter(t -> t.getAssignee() == null || t.getAssignee().equals(lead))
			.findFirst()
			.orElseThrow();
	}

	@Test
	void shouldShowALeadOnlyTheirOwnGroupsTask() {
		TaskPage page = queries.search(SPRACHE, TaskFilter.all(), 0, 25);

		assertThat(page.rows()).singleElement().satisfies(row -> {
			assertThat(row.name()).isEqualTo("AG-Sitzung vorbereiten");
			assertThat(row.workingGroup()).startsWith("AG 1");
			assertThat(row.processTitle()).isEqualTo(LeverkusenDemo.TITLE);
			assertThat(row.phase()).isEqualTo(Phase.CONFERENCE.name());
		});
	}

	@Test
	void shouldRefuseALeadAnotherGroupsTaskAndChangeNothing() {
		Task other = sessionOf(BILDUNG);

		assertThatThrownBy(() -> queries.details(other.getId(), SPRACHE, Locale.GERMAN))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> work.claim(other.getId(), SPRACHE)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> work.complete(other.getId(), SPRACHE, Map.of()))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> work.comment(other.getId(), SPRACHE, "hallo"))
			.isInstanceOf(AccessDeniedException.class);

		Task unchanged = taskService.createTaskQuery().taskId(other.getId()).singleResult();
		assertThat(unchanged.getAssignee()).isNull();
		assertThat(taskService.getTaskComments(other.getId())).isEmpty();
	}

	@Test
	void shouldLetACoordinatorSeeAllTasksOfTheirProcessesButNotWorkAGroupsTask() {
		TaskPage all = queries.search(DemoUsers.COORDINATOR, TaskFilter.all(), 0, 100);
		TaskPage groupsOnly = queries.search(DemoUsers.COORDINATOR,
				new TaskFilter(Scope.GROUPS, null, null, null, null, null, Sort.DUE, false), 0, 100);

		assertThat(all.rows()).extracting(TaskRow::name).contains("Konferenz durchführen", "AG-Sitzung vorbereiten");
		assertThat(groupsOnly.rows()).extracting(TaskRow::name).containsOnly("Konferenz durchführen");
		Task session = sessionOf(BILDUNG);
		TaskDetails looking = queries.details(session.getId(), DemoUsers.COORDINATOR, Locale.GERMAN);
		assertThat(looking.canComplete()).isFalse();
		assertThat(looking.form()).isNull();
		assertThatThrownBy(() -> work.complete(session.getId(), DemoUsers.COORDINATOR, Map.of()))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(
				() -> work.complete(session.getId(), DemoUsers.COORDINATOR, new LinkedMultiValueMap<>(), Locale.GERMAN))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void shouldHideAllOfItFromAManagerWithoutTasks() {
		assertThat(queries.search(DemoUsers.MANAGER, TaskFilter.all(), 0, 25).total()).isZero();
	}

	@Test
	void shouldClaimUnclaimAndRecordWhoDidIt() {
		Task session = sessionOf("ag-wohnen");

		work.claim(session.getId(), "ag-wohnen");
		assertThat(queries
			.search("ag-wohnen", new TaskFilter(Scope.MINE, null, null, null, null, null, Sort.DUE, false), 0, 25)
			.total()).isEqualTo(1);
		work.comment(session.getId(), "ag-wohnen", "Raum 2 ist reserviert.");
		work.unclaim(session.getId(), "ag-wohnen");

		TaskDetails details = queries.details(session.getId(), "ag-wohnen", Locale.GERMAN);
		assertThat(details.task().assignee()).isNull();
		assertThat(details.history()).extracting(HistoryEntry::kind)
			.containsSubsequence("created", "claimed", "comment", "unclaimed");
		assertThat(details.history()).filteredOn(h -> h.kind().equals("comment")).singleElement().satisfies(h -> {
			assertThat(h.userId()).isEqualTo("ag-wohnen");
			assertThat(h.detail()).isEqualTo("Raum 2 ist reserviert.");
		});
	}

	@Test
	void shouldLetTheCoordinatorAssignOnlyToMembersOfTheCandidateGroup() {
		Task session = sessionOf("ag-gesundheit");

		assertThatThrownBy(() -> work.assign(session.getId(), DemoUsers.COORDINATOR, SPRACHE))
			.isInstanceOf(AccessDeniedException.class);
		work.assign(session.getId(), DemoUsers.COORDINATOR, "ag-gesundheit");

		assertThat(taskService.createTaskQuery().taskId(session.getId()).singleResult().getAssignee())
			.isEqualTo("ag-gesundheit");
		assertThat(queries.details(session.getId(), DemoUsers.COORDINATOR, Locale.GERMAN).history())
			.extracting(HistoryEntry::kind)
			.contains("assigned");
	}

	@Test
	void shouldCompleteOnceAndReportTheSecondAttemptAsGone() {
		Task session = sessionOf("ag-dialog");
		Map<String, Object> values = Map.of("sessionQuestions", "Leitfragen", "sessionMaterials", "Papier");

		work.complete(session.getId(), "ag-dialog", values);

		assertThatThrownBy(() -> work.complete(session.getId(), "ag-dialog", values))
			.isInstanceOf(TaskNotFoundException.class);
	}

	@Test
	void shouldFilterByDueStatePhaseProcessAndText() {
		Task conduct = queries.openTasks(DemoUsers.COORDINATOR, 50)
			.stream()
			.filter(t -> t.getTaskDefinitionKey().equals("UserTask_ConductConference"))
			.findFirst()
			.orElseThrow();
		work.setDates(conduct.getId(), DemoUsers.COORDINATOR, Date.from(Instant.now().minus(2, ChronoUnit.DAYS)), null);

		TaskPage overdue = queries.search(DemoUsers.COORDINATOR, filter(null, null, Due.OVERDUE, null), 0, 25);
		assertThat(overdue.rows()).singleElement().satisfies(row -> {
			assertThat(row.id()).isEqualTo(conduct.getId());
			assertThat(row.overdue()).isTrue();
		});
		assertThat(queries.search(DemoUsers.COORDINATOR, filter(null, Phase.SURVEYS.name(), null, null), 0, 25).total())
			.isZero();
		assertThat(queries
			.search(DemoUsers.COORDINATOR, filter(leverkusenProcess.getSlug(), Phase.CONFERENCE.name(), null, null), 0,
					25)
			.total()).isGreaterThanOrEqualTo(8);
		assertThat(queries.search(DemoUsers.COORDINATOR, filter(null, null, null, "Konferenz"), 0, 25).rows())
			.extracting(TaskRow::name)
			.containsOnly("Konferenz durchführen");
		assertThat(queries.search(DemoUsers.COORDINATOR, filter(null, null, null, "leverkusen"), 0, 100).total())
			.isEqualTo(queries.search(DemoUsers.COORDINATOR, TaskFilter.all(), 0, 100).total());
	}

	@Test
	void shouldPageThroughTheList() {
		TaskPage first = queries.search(DemoUsers.COORDINATOR, TaskFilter.all(), 0, 3);
		TaskPage second = queries.search(DemoUsers.COORDINATOR, TaskFilter.all(), 1, 3);

		assertThat(first.rows()).hasSize(3);
		assertThat(first.total()).isGreaterThan(3);
		assertThat(second.rows()).extracting(TaskRow::id)
			.doesNotContainAnyElementsOf(first.rows().stream().map(TaskRow::id).toList());
		assertThat(first.hasNext()).isTrue();
	}

	private static TaskFilter filter(String process, String phase, Due due, String q) {
		return new TaskFilter(Scope.ALL, process, phase, null, due, q, Sort.DUE, false);
	}

}
