package de.teilhabe.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DelegatingDataSource;

import de.teilhabe.participation.Steerer;

/**
 * The overview must not get slower with every process: it issues the same number of SQL
 * statements for 10 processes as for 200 (a page of participations, its total, and one
 * aggregate query per kind of figure), counted at the connection.
 */
@SpringBootTest(properties = { "teilhabe.demo.enabled=false", "camunda.bpm.job-execution.enabled=false",
		"spring.datasource.url=jdbc:h2:mem:progresscount;DB_CLOSE_DELAY=-1" })
@Import({ ProgressQueryCountTest.CountingDataSource.class, ProgressServiceTests.Probes.class })
class ProgressQueryCountTest {

	static final AtomicInteger statements = new AtomicInteger();

	static volatile boolean counting;

	@TestConfiguration
	static class CountingDataSource {

		@Bean
		static BeanPostProcessor countStatements() {
			return new BeanPostProcessor() {
				@Override
				public Object postProcessAfterInitialization(Object bean, String beanName) {
					return bean instanceof DataSource dataSource && "dataSource".equals(beanName) ? counted(dataSource)
							: bean;
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

		private static final Set<String> STATEMENT_METHODS = Set.of("prepareStatement", "createStatement",
				"prepareCall");

		private static Connection counted(Connection connection) {
			InvocationHandler handler = (proxy, method, args) -> {
				if (counting && STATEMENT_METHODS.contains(method.getName())) {
					statements.incrementAndGet();
				}
				try {
					return method.invoke(connection, args);
				}
				catch (InvocationTargetException failed) {
					throw failed.getCause();
				}
			};
			return (Connection) Proxy.newProxyInstance(ProgressQueryCountTest.class.getClassLoader(),
					new Class<?>[] { Connection.class }, handler);
		}

	}

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
		seed(probes, 0, 10);
		int forTen = statementsForOverview();
		seed(probes, 10, 200);
		int forTwoHundred = statementsForOverview();

		assertThat(progress.overview(manager(), ProgressFilter.of(null, null, null, null), 0, 25).total())
			.isEqualTo(200);
		assertThat(forTen).as("page, total, 3 feature figures, 3 engine figures, organisers, years").isBetween(8, 12);
		assertThat(forTwoHundred).isEqualTo(forTen);
	}

	/** Participations with figures and a running process with tasks each. */
	private static void seed(ProgressProbes probes, int from, int to) {
		for (int n = from; n < to; n++) {
			String slug = "last-" + probes.run + "-" + n;
			long id = probes.participation(slug, "Lastprobe " + n, "Veranstalter " + (n % 7), "koordination",
					LocalDate.of(2015 + n % 5, 1 + n % 12, 1), "RUNNING", "CONFERENCE", 100_000);
			probes.survey(id, 1, n);
			probes.event(id, "CONFERENCE", n, (long) n);
			probes.startTasks(id, slug, "coordinator");
		}
	}

	private int statementsForOverview() {
		statements.set(0);
		counting = true;
		try {
			Steerer viewer = manager();
			ProgressPage page = progress.overview(viewer, ProgressFilter.of("PROBLEMS", null, null, "PHASE"), 0, 25);
			assertThat(page.rows()).isNotEmpty().allSatisfy(row -> assertThat(row.engine().openTasks()).isEqualTo(2));
			progress.organisers(viewer);
			progress.years(viewer);
		}
		finally {
			counting = false;
		}
		return statements.get();
	}

	private static Steerer manager() {
		return new Steerer("leitung", false, true, false);
	}

}
