package de.teilhabe.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import de.teilhabe.WithoutJobExecutor;
import de.teilhabe.participation.Participation;
import de.teilhabe.participation.ParticipationService;
import de.teilhabe.participation.StartParticipation;
import de.teilhabe.participation.Steerer;
import de.teilhabe.progress.ProgressDetail.Step;
import de.teilhabe.progress.ProgressDetail.StepState;
import de.teilhabe.system.NotFoundException;

/**
 * The progress figures, access rules and incident display on a known seeded set of
 * processes, on the real engine and database; run once per database by the subclasses.
 * The job executor is off, so the tests run jobs themselves.
 */
@WithoutJobExecutor
abstract class ProgressServiceTests {

	@Autowired
	ProgressService progress;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	RepositoryService repositoryService;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	ManagementService managementService;

	@Autowired
	FailingProbeDelegate failingDelegate;

	@Autowired
	ParticipationService participations;

	ProgressProbes probes;

	String organiser;

	String coordinator;

	String running;

	String finished;

	String othersProcess;

	long groupId;

	@BeforeEach
	void seed() {
		probes = new ProgressProbes(jdbc, repositoryService, runtimeService);
		// every test gets its own organiser and coordinator, so the filters see only this
		// test's processes
		organiser = "Probe " + probes.run;
		coordinator = "koordination-" + probes.run;
		running = "integration-" + probes.run;
		long a = probes.participation(running, "Integrationskonzept " + probes.run, organiser, coordinator,
				LocalDate.of(2017, 2, 1), "RUNNING", "CONFERENCE", 100_000);
		probes.survey(a, 1, 150);
		probes.survey(a, 2, 262);
		probes.event(a, "WORKSHOP", 0, 20L);
		probes.event(a, "CONFERENCE", 120, 118L);
		groupId = probes.workingGroup(a, "Sprache", "ag-sprache-" + probes.run);
		long other = probes.workingGroup(a, "Bildung", "ag-bildung-" + probes.run);
		probes.measure(a, groupId, 1, 10_000, "PROPOSED");
		probes.measure(a, groupId, 2, 20_000, "PROPOSED");
		probes.measure(a, other, 1, 5_000, "DROPPED");
		// merged into another, deferred in the consolidation, left out by the council: no
		// budget used either
		probes.measure(a, other, 2, 7_000, "MERGED");
		probes.measure(a, other, 3, 8_000, "DEFERRED");
		probes.measure(a, other, 4, 9_000, "NOT_ADOPTED");
		probes.startTasks(a, running, "wg-" + groupId);

		finished = "sozialkonferenz-" + probes.run;
		probes.participation(finished, "Sozialkonferenz " + probes.run, organiser, coordinator,
				LocalDate.of(2019, 1, 15), "FINISHED", null, 50_000);

		othersProcess = "bildungsforum-" + probes.run;
		probes.participation(othersProcess, "Bildungsforum " + probes.run, organiser, "andere-koordination",
				LocalDate.of(2017, 9, 1), "RUNNING", "SURVEYS", 0);
	}

	Steerer manager() {
		return new Steerer("leitung", false, true, false);
	}

	Steerer admin() {
		return new Steerer("admin", false, false, true);
	}

	ProgressFilter mine() {
		return new ProgressFilter(null, null, organiser, ProgressFilter.Sort.TITLE);
	}

	ProgressRow row(ProgressPage page, String slug) {
		return page.rows().stream().filter(r -> r.slug().equals(slug)).findFirst().orElseThrow();
	}

	@Test
	void shouldShowTheFiguresOfEachProcess() {
		ProgressPage page = progress.overview(manager(), mine(), 0, 25);

		assertThat(page.total()).isEqualTo(3);
		ProgressRow a = row(page, running);
		assertThat(a.phasesDone()).isEqualTo(2);
		assertThat(a.phases()).isEqualTo(7);
		assertThat(a.figures().surveyResponses()).isEqualTo(412);
		assertThat(a.figures().registrations()).isEqualTo(120);
		assertThat(a.figures().attendance()).isEqualTo(138);
		assertThat(a.figures().measures()).isEqualTo(6);
		assertThat(a.figures().budgetUsed()).as("dropped, merged, deferred, not adopted measures do not count")
			.isEqualTo(30_000);
		assertThat(a.engine().openTasks()).isEqualTo(2);
		assertThat(a.engine().overdueTasks()).isEqualTo(1);
		assertThat(a.engine().nextDeadline()).as("the due date still ahead")
			.isAfter(Instant.now().plusSeconds(4 * 24 * 3600));
		assertThat(a.engine().incidents()).isZero();
		assertThat(a.hasProblems()).isTrue();

		ProgressRow done = row(page, finished);
		assertThat(done.phasesDone()).isEqualTo(7);
		assertThat(done.figures()).isEqualTo(ProgressRow.Figures.NONE);
		assertThat(done.engine().openTasks()).isZero();
	}

	@Test
	void shouldFilterByStatusYearAndOrganiser() {
		assertThat(
				slugs(new ProgressFilter(ProgressFilter.Status.FINISHED, null, organiser, ProgressFilter.Sort.TITLE)))
			.containsExactly(finished);
		assertThat(slugs(new ProgressFilter(ProgressFilter.Status.RUNNING, null, organiser, ProgressFilter.Sort.TITLE)))
			.containsExactly(othersProcess, running);
		assertThat(
				slugs(new ProgressFilter(ProgressFilter.Status.PROBLEMS, null, organiser, ProgressFilter.Sort.TITLE)))
			.as("the process with an overdue task")
			.containsExactly(running);
		assertThat(slugs(new ProgressFilter(null, 2019, organiser, ProgressFilter.Sort.TITLE)))
			.containsExactly(finished);
		assertThat(slugs(new ProgressFilter(null, null, organiser, ProgressFilter.Sort.PHASE)))
			.containsExactly(othersProcess, running, finished);
		assertThat(progress.organisers(manager())).contains(organiser);
		assertThat(progress.years(manager())).contains(2017, 2019);
	}

	@Test
	void shouldPageThroughTheProcesses() {
		ProgressPage first = progress.overview(manager(), mine(), 0, 2);
		ProgressPage second = progress.overview(manager(), mine(), 1, 2);

		assertThat(first.rows()).hasSize(2);
		assertThat(first.hasNext()).isTrue();
		assertThat(second.rows()).hasSize(1);
		assertThat(second.hasNext()).isFalse();
	}

	@Test
	void shouldShowACoordinatorOnlyTheProcessesTheyStarted() {
		Steerer own = new Steerer(coordinator, true, false, false);

		assertThat(progress.overview(own, mine(), 0, 25).rows()).extracting(ProgressRow::slug)
			.containsExactlyInAnyOrder(running, finished);
		assertThat(progress.detail(running, own, 0).whole()).isTrue();
		assertThatThrownBy(() -> progress.detail(othersProcess, own, 0)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> progress.model(othersProcess, "x", own)).isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void shouldShowAWorkingGroupLeadOnlyTheirGroupsPart() {
		Steerer lead = new Steerer("ag-sprache-" + probes.run, false, false, false);

		ProgressDetail detail = progress.detail(running, lead, 0);

		assertThat(detail.whole()).isFalse();
		assertThat(detail.workingGroups()).extracting(ProgressDetail.GroupPart::name).containsExactly("Sprache");
		assertThat(detail.openTasks()).extracting(ProgressDetail.OpenTask::name).containsExactly("Bald fällig");
		assertThat(detail.diagrams()).isEmpty();
		assertThat(detail.timeline().events()).isEmpty();
		assertThat(progress.groupsLedBy(lead)).singleElement().satisfies(group -> {
			assertThat(group.name()).isEqualTo("Sprache");
			assertThat(group.slug()).isEqualTo(running);
			assertThat(group.openTasks()).isEqualTo(1);
		});
		assertThatThrownBy(() -> progress.overview(lead, mine(), 0, 25)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> progress.detail(othersProcess, lead, 0)).isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void shouldShowTheWholeProcessToAManager() {
		ProgressDetail detail = progress.detail(running, manager(), 0);

		assertThat(detail.whole()).isTrue();
		assertThat(detail.openTasks()).extracting(ProgressDetail.OpenTask::name)
			.containsExactly("Frist verpasst", "Bald fällig");
		assertThat(detail.openTasks().get(0).overdue()).isTrue();
		assertThat(detail.openTasks().get(1).groups()).containsExactly("wg-" + groupId);
		assertThat(detail.workingGroups()).extracting(ProgressDetail.GroupPart::measures).containsExactly(2L, 4L);
		assertThat(detail.diagrams()).hasSize(1);
		assertThat(detail.diagrams().get(0).steps()).extracting(Step::name, Step::state)
			.contains(tuple("Gestartet", StepState.FINISHED), tuple("Frist verpasst", StepState.ACTIVE),
					tuple("Erledigt", StepState.OPEN));
		assertThat(detail.timeline().events()).extracting(ProgressDetail.Event::name)
			.contains("Gestartet", "Frist verpasst", "Bald fällig");
		String xml = new String(progress.model(running, detail.diagrams().get(0).definitionId(), manager()),
				java.nio.charset.StandardCharsets.UTF_8);
		assertThat(xml).contains("UserTask_Overdue");
	}

	@Test
	void shouldShowAFailedStepAndLetAnAdministratorRetryIt() {
		String slug = "fehlerprobe-" + probes.run;
		long id = probes.participation(slug, "Fehlerprobe " + probes.run, organiser, coordinator,
				LocalDate.of(2017, 5, 1), "RUNNING", "SURVEYS", 0);
		String instance = probes.startFailing(id, slug);
		failingDelegate.failing = true;
		Job job = managementService.createJobQuery().processInstanceId(instance).singleResult();
		for (int attempt = 0; attempt < 3; attempt++) {
			try {
				managementService.executeJob(job.getId());
			}
			catch (RuntimeException expected) {
				// the delegate fails; the engine counts the retries down to an incident
			}
		}

		ProgressRow row = row(progress.overview(manager(),
				new ProgressFilter(ProgressFilter.Status.PROBLEMS, null, organiser, ProgressFilter.Sort.TITLE), 0, 25),
				slug);
		assertThat(row.engine().incidents()).isEqualTo(1);
		ProgressDetail detail = progress.detail(slug, manager(), 0);
		assertThat(detail.failures()).singleElement().satisfies(failure -> {
			assertThat(failure.activityName()).isEqualTo("Befragung öffnen");
			assertThat(failure.message()).contains(FailingProbeDelegate.MESSAGE);
			assertThat(failure.jobId()).isEqualTo(job.getId());
		});
		assertThat(detail.diagrams().get(0).steps()).extracting(Step::name, Step::state)
			.contains(tuple("Befragung öffnen", StepState.FAILED));

		assertThatThrownBy(() -> progress.retry(slug, job.getId(), manager()))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> progress.retry(running, job.getId(), admin())).as("a job of another process")
			.isInstanceOf(NotFoundException.class)
			.hasMessageStartingWith("No participation process ");

		failingDelegate.failing = false;
		progress.retry(slug, job.getId(), admin());
		managementService.executeJob(job.getId());

		ProgressDetail after = progress.detail(slug, manager(), 0);
		assertThat(after.failures()).isEmpty();
		assertThat(after.diagrams().get(0).steps()).extracting(Step::name, Step::state)
			.contains(tuple("Befragung öffnen", StepState.FINISHED), tuple("Danach", StepState.ACTIVE));
	}

	@Test
	void shouldNameWhoStartedTheProcessInTheTimeline() {
		Participation started = participations
			.start(new StartParticipation("Timeline " + probes.run, "Kommunales Integrationszentrum", "Integration",
					LocalDate.of(2017, 1, 16), LocalDate.of(2017, 12, 31), 1, 1000L, "Rat der Stadt"), coordinator);

		ProgressDetail detail = progress.detail(started.getSlug(), manager(), 0);

		assertThat(detail.timeline().events()).filteredOn(e -> "startEvent".equals(e.type()))
			.isNotEmpty()
			.allSatisfy(e -> assertThat(e.user()).isEqualTo(coordinator));
		assertThat(detail.timeline().events()).filteredOn(e -> "userTask".equals(e.type()))
			.allSatisfy(e -> assertThat(e.automatic()).isFalse());
	}

	@Test
	void shouldRefuseAnUnknownProcess() {
		assertThatThrownBy(() -> progress.detail("gibt-es-nicht-" + probes.run, manager(), 0))
			.isInstanceOf(NotFoundException.class)
			.hasMessageStartingWith("No participation process ");
	}

	private List<String> slugs(ProgressFilter filter) {
		return progress.overview(manager(), filter, 0, 25).rows().stream().map(ProgressRow::slug).toList();
	}

}
