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
import org.springframework.security.access.AccessDeniedException;
import org.springframework.util.LinkedMultiValueMap;

import de.teilhabe.IntegrationTest;
import de.teilhabe.LeverkusenFixture;
import de.teilhabe.demo.Cast;
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
@IntegrationTest
class TaskWorkServiceTest {

	@Autowired
	TaskWorkService work;

	@Autowired
	TaskQueries queries;

	@Autowired
	LeverkusenFixture leverkusen;

	@Autowired
	TaskService taskService;

	// the tests of this class share a participation of their own, which they change, and
	// its users
	private static Participation leverkusenProcess;

	private static Cast cast;

	private static String sprache;

	private static String bildung;

	private static String coordinator;

	@BeforeEach
	void seedOnce() {
		if (leverkusenProcess == null) {
			leverkusenProcess = leverkusen.fresh(Phase.CONFERENCE);
			cast = leverkusen.castOf(leverkusenProcess);
			sprache = cast.lead(0);
			bildung = cast.lead(1);
			coordinator = cast.coordinator();
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
		TaskPage page = queries.search(sprache, TaskFilter.all(), 0, 25);

		assertThat(page.rows()).singleElement().satisfies(row -> {
			assertThat(row.name()).isEqualTo("AG-Sitzung vorbereiten");
			assertThat(row.workingGroup()).startsWith("AG 1");
			assertThat(row.processTitle()).isEqualTo(LeverkusenDemo.TITLE);
			assertThat(row.phase()).isEqualTo(Phase.CONFERENCE.name());
		});
	}

	@Test
	void shouldRefuseALeadAnotherGroupsTaskAndChangeNothing() {
		Task other = sessionOf(bildung);

		assertThatThrownBy(() -> queries.details(other.getId(), sprache, Locale.GERMAN))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> work.claim(other.getId(), sprache)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> work.complete(other.getId(), sprache, Map.of()))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> work.comment(other.getId(), sprache, "hallo"))
			.isInstanceOf(AccessDeniedException.class);

		Task unchanged = taskService.createTaskQuery().taskId(other.getId()).singleResult();
		assertThat(unchanged.getAssignee()).isNull();
		assertThat(taskService.getTaskComments(other.getId())).isEmpty();
	}

	@Test
	void shouldLetACoordinatorSeeAllTasksOfTheirProcessesButNotWorkAGroupsTask() {
		// every coordinator may take the coordinators' tasks, of other tests' processes
		// too
		TaskPage all = queries.search(coordinator, filter(leverkusenProcess.getSlug(), null, null, null), 0, 100);
		TaskPage groupsOnly = queries.search(coordinator,
				new TaskFilter(Scope.GROUPS, leverkusenProcess.getSlug(), null, null, null, null, Sort.DUE, false), 0,
				100);

		assertThat(all.rows()).extracting(TaskRow::name).contains("Konferenz durchführen", "AG-Sitzung vorbereiten");
		assertThat(groupsOnly.rows()).extracting(TaskRow::name).containsOnly("Konferenz durchführen");
		Task session = sessionOf(bildung);
		TaskDetails looking = queries.details(session.getId(), coordinator, Locale.GERMAN);
		assertThat(looking.canComplete()).isFalse();
		assertThat(looking.form()).isNull();
		assertThatThrownBy(() -> work.complete(session.getId(), coordinator, Map.of()))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(
				() -> work.complete(session.getId(), coordinator, new LinkedMultiValueMap<>(), Locale.GERMAN))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void shouldHideAllOfItFromAManagerWithoutTasks() {
		// managers share the manager's tasks of every process
		assertThat(queries.search(cast.manager(), filter(leverkusenProcess.getSlug(), null, null, null), 0, 25).total())
			.isZero();
	}

	@Test
	void shouldClaimUnclaimAndRecordWhoDidIt() {
		Task session = sessionOf(cast.lead(3));

		work.claim(session.getId(), cast.lead(3));
		assertThat(queries
			.search(cast.lead(3), new TaskFilter(Scope.MINE, null, null, null, null, null, Sort.DUE, false), 0, 25)
			.total()).isEqualTo(1);
		work.comment(session.getId(), cast.lead(3), "Raum 2 ist reserviert.");
		work.unclaim(session.getId(), cast.lead(3));

		TaskDetails details = queries.details(session.getId(), cast.lead(3), Locale.GERMAN);
		assertThat(details.task().assignee()).isNull();
		assertThat(details.history()).extracting(HistoryEntry::kind)
			.containsSubsequence("created", "claimed", "comment", "unclaimed");
		assertThat(details.history()).filteredOn(h -> h.kind().equals("comment")).singleElement().satisfies(h -> {
			assertThat(h.userId()).isEqualTo(cast.lead(3));
			assertThat(h.detail()).isEqualTo("Raum 2 ist reserviert.");
		});
	}

	@Test
	void shouldLetTheCoordinatorAssignOnlyToMembersOfTheCandidateGroup() {
		Task session = sessionOf(cast.lead(4));

		assertThatThrownBy(() -> work.assign(session.getId(), coordinator, sprache))
			.isInstanceOf(AccessDeniedException.class);
		work.assign(session.getId(), coordinator, cast.lead(4));

		assertThat(taskService.createTaskQuery().taskId(session.getId()).singleResult().getAssignee())
			.isEqualTo(cast.lead(4));
		assertThat(queries.details(session.getId(), coordinator, Locale.GERMAN).history())
			.extracting(HistoryEntry::kind)
			.contains("assigned");
	}

	@Test
	void shouldCompleteOnceAndReportTheSecondAttemptAsGone() {
		Task session = sessionOf(cast.lead(6));
		Map<String, Object> values = Map.of("sessionQuestions", "Leitfragen", "sessionMaterials", "Papier");

		work.complete(session.getId(), cast.lead(6), values);

		assertThatThrownBy(() -> work.complete(session.getId(), cast.lead(6), values))
			.isInstanceOf(TaskNotFoundException.class);
	}

	@Test
	void shouldFilterByDueStatePhaseProcessAndText() {
		// the coordinators' open tasks hold other tests' conferences too
		Task conduct = leverkusen.awaitTasks(leverkusenProcess, "UserTask_ConductConference", 1).get(0);
		work.setDates(conduct.getId(), coordinator, Date.from(Instant.now().minus(2, ChronoUnit.DAYS)), null);

		String process = leverkusenProcess.getSlug();
		TaskPage overdue = queries.search(coordinator, filter(process, null, Due.OVERDUE, null), 0, 25);
		assertThat(overdue.rows()).singleElement().satisfies(row -> {
			assertThat(row.id()).isEqualTo(conduct.getId());
			assertThat(row.overdue()).isTrue();
		});
		assertThat(queries.search(coordinator, filter(process, Phase.SURVEYS.name(), null, null), 0, 25).total())
			.isZero();
		assertThat(queries
			.search(coordinator, filter(leverkusenProcess.getSlug(), Phase.CONFERENCE.name(), null, null), 0, 25)
			.total()).isGreaterThanOrEqualTo(8);
		assertThat(queries.search(coordinator, filter(process, null, null, "Konferenz"), 0, 25).rows())
			.extracting(TaskRow::name)
			.containsOnly("Konferenz durchführen");
		assertThat(queries.search(coordinator, filter(process, null, null, "leverkusen"), 0, 100).total())
			.isEqualTo(queries.search(coordinator, filter(process, null, null, null), 0, 100).total());
	}

	@Test
	void shouldPageThroughTheList() {
		TaskPage first = queries.search(coordinator, TaskFilter.all(), 0, 3);
		TaskPage second = queries.search(coordinator, TaskFilter.all(), 1, 3);

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
