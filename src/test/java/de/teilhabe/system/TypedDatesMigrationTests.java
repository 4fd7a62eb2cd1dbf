package de.teilhabe.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * V12 on an installation that already has rows: the processes' ISO strings become dates
 * and times, a deadline given as a day lasts until its end, and empty strings become
 * nothing. Runs the application's migrations on a database of its own, without Spring.
 */
abstract class TypedDatesMigrationTests {

	/** A fresh, empty database (or schema) for the migrations, and its vendor folder. */
	abstract Flyway flyway(String target);

	abstract Connection connection() throws SQLException;

	static Flyway flyway(String url, String user, String password, String vendor, String schema, String target) {
		var configuration = Flyway.configure()
			.dataSource(url, user, password)
			.locations("classpath:db/migration/common", "classpath:db/migration/" + vendor)
			.target(target);
		if (schema != null) {
			configuration.schemas(schema).defaultSchema(schema);
		}
		return configuration.load();
	}

	static Connection connect(String url, String user, String password) throws SQLException {
		return DriverManager.getConnection(url, user, password);
	}

	@Test
	void shouldConvertTheStoredStringsToDatesAndTimes() throws SQLException {
		flyway("11").migrate();
		try (Connection connection = connection(); Statement sql = connection.createStatement()) {
			sql.execute("insert into participation (id, slug, title, organiser, topic_area, planned_start, planned_end,"
					+ " survey_rounds, measures_budget, political_body, status, created_by, created_at) values (1,"
					+ " 'leverkusen-2017', 'Integrationskonzept', 'KI', 'Integration', date '2017-01-16',"
					+ " date '2017-12-31', 2, 100000, 'Rat', 'RUNNING', 'koordination', current_timestamp)");
			sql.execute("insert into survey (id, participation_id, round_number, title, close_date, status) values"
					+ " (1, 1, 1, 'Runde 1', '2017-03-31T23:59:59', 'CLOSED'),"
					+ " (2, 1, 2, 'Runde 2', '2017-05-12', 'OPEN'), (3, 1, 3, 'Entwurf', '', 'DRAFT')");
			sql.execute("insert into participation_event (id, participation_id, kind, title, event_date, start_time,"
					+ " end_time, registration_deadline, registration_status) values"
					+ " (1, 1, 'CONFERENCE', 'Konferenz', date '2017-06-30', '15:00', '19:00', '2017-06-23T23:59:00',"
					+ " 'OPEN'), (2, 1, 'CONFERENCE', 'Sozialkonferenz', date '2019-11-27', '12:00', '', '2019-11-20',"
					+ " 'OPEN'), (3, 1, 'WORKSHOP', 'Workshop', date '2017-05-17', null, null, null, 'NONE')");
			sql.execute("insert into event_programme_item (event_id, position, start_time, title) values"
					+ " (1, 0, '15:30', 'Zwischenergebnisse'), (1, 1, '', 'Ausklang')");
		}

		flyway("latest").migrate();

		try (Connection connection = connection(); Statement sql = connection.createStatement()) {
			assertThat(column(sql, "select close_date from survey order by id", LocalDateTime.class)).containsExactly(
					LocalDateTime.of(2017, 3, 31, 23, 59, 59), LocalDateTime.of(2017, 5, 12, 23, 59, 59), null);
			assertThat(column(sql, "select registration_deadline from participation_event order by id",
					LocalDateTime.class))
				.containsExactly(LocalDateTime.of(2017, 6, 23, 23, 59), LocalDateTime.of(2019, 11, 20, 23, 59, 59),
						null);
			assertThat(column(sql, "select start_time from participation_event order by id", LocalTime.class))
				.containsExactly(LocalTime.of(15, 0), LocalTime.of(12, 0), null);
			assertThat(column(sql, "select end_time from participation_event order by id", LocalTime.class))
				.containsExactly(LocalTime.of(19, 0), null, null);
			assertThat(column(sql, "select start_time from event_programme_item order by position", LocalTime.class))
				.containsExactly(LocalTime.of(15, 30), null);
		}
	}

	private static <T> List<T> column(Statement sql, String query, Class<T> type) throws SQLException {
		List<T> values = new ArrayList<>();
		try (ResultSet rows = sql.executeQuery(query)) {
			while (rows.next()) {
				values.add(rows.getObject(1, type));
			}
		}
		return values;
	}

}
