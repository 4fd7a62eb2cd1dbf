package de.teilhabe.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import de.teilhabe.IntegrationTest;
import de.teilhabe.WithoutJobExecutor;

import de.teilhabe.participation.Steerer;

/**
 * The overview must not get slower with every process: it issues the same number of SQL
 * statements for 10 processes as for 200 (a page of participations, its total, and one
 * aggregate query per kind of figure), counted at the connection.
 */
@IntegrationTest
@WithoutJobExecutor
class ProgressQueryCountTest {

	@Autowired
	StatementCounter statements;

	@Autowired
	ProgressService progress;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	RepositoryService repositoryService;

	@Autowired
	RuntimeService runtimeService;

	@Test
	void shouldIssueAsManyStatementsFor200ProcessesAsFor10() {
		ProgressProbes probes = new ProgressProbes(jdbc, repositoryService, runtimeService);
		// the other tests' processes share the database: the overview is filtered to this
		// test's organiser
		String organiser = "Lastprobe " + probes.run;
		seed(probes, organiser, 0, 10);
		int forTen = statementsForOverview(organiser);
		seed(probes, organiser, 10, 200);
		int forTwoHundred = statementsForOverview(organiser);

		assertThat(progress.overview(manager(), ProgressFilter.of(null, null, organiser, null), 0, 25).total())
			.isEqualTo(200);
		assertThat(forTen).as("page, total, 3 feature figures, 3 engine figures, organisers, years").isBetween(8, 12);
		assertThat(forTwoHundred).isEqualTo(forTen);
	}

	/** Participations with figures and a running process with tasks each. */
	private static void seed(ProgressProbes probes, String organiser, int from, int to) {
		for (int n = from; n < to; n++) {
			String slug = "last-" + probes.run + "-" + n;
			long id = probes.participation(slug, "Lastprobe " + n, organiser, "koordination",
					LocalDate.of(2015 + n % 5, 1 + n % 12, 1), "RUNNING", "CONFERENCE", 100_000);
			probes.survey(id, 1, n);
			probes.event(id, "CONFERENCE", n, (long) n);
			probes.startTasks(id, slug, "coordinator");
		}
	}

	private int statementsForOverview(String organiser) {
		return statements.count(() -> {
			Steerer viewer = manager();
			ProgressPage page = progress.overview(viewer, ProgressFilter.of("PROBLEMS", null, organiser, "PHASE"), 0,
					25);
			assertThat(page.rows()).isNotEmpty().allSatisfy(row -> assertThat(row.engine().openTasks()).isEqualTo(2));
			progress.organisers(viewer);
			progress.years(viewer);
		});
	}

	private static Steerer manager() {
		return new Steerer("leitung", false, true, false);
	}

}
