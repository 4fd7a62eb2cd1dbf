package de.teilhabe.system;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;

import de.teilhabe.PostgresTest;

/**
 * {@link TypedDatesMigrationTests} on PostgreSQL, in a schema of its own in the test
 * database (dropped afterwards); no Spring context.
 */
@PostgresTest
class TypedDatesMigrationPostgresTest extends TypedDatesMigrationTests {

	private static final String URL = env("TEILHABE_TEST_DB_URL", "jdbc:postgresql://127.0.0.1:5432/teilhabe_test");

	private static final String USER = env("TEILHABE_TEST_DB_USER", "postgres");

	private static final String PASSWORD = env("TEILHABE_TEST_DB_PASSWORD", "");

	private final String schema = "typed_" + UUID.randomUUID().toString().replace("-", "");

	@Override
	Flyway flyway(String target) {
		return flyway(URL, USER, PASSWORD, "postgresql", schema, target);
	}

	@Override
	Connection connection() throws SQLException {
		Connection connection = connect(URL, USER, PASSWORD);
		connection.setSchema(schema);
		return connection;
	}

	@AfterEach
	void dropSchema() throws SQLException {
		try (Connection connection = connect(URL, USER, PASSWORD); Statement sql = connection.createStatement()) {
			sql.execute("drop schema if exists " + schema + " cascade");
		}
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return value == null || value.isBlank() ? fallback : value;
	}

}
