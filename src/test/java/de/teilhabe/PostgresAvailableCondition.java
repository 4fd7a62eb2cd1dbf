package de.teilhabe;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** See {@link PostgresTest}: skip outside CI when PostgreSQL is missing, never in CI. */
class PostgresAvailableCondition implements ExecutionCondition {

	static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/teilhabe_test";

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		String url = env("TEILHABE_TEST_DB_URL", DEFAULT_URL);
		try (Connection connection = DriverManager.getConnection(url, env("TEILHABE_TEST_DB_USER", "postgres"),
				env("TEILHABE_TEST_DB_PASSWORD", ""))) {
			return ConditionEvaluationResult.enabled("PostgreSQL reachable at " + url);
		}
		catch (SQLException ex) {
			String message = "PostgreSQL not reachable at " + url + " (" + ex.getMessage()
					+ "); start it and create the database, as .ci/run does";
			if (System.getenv("CI") != null) {
				throw new IllegalStateException("CI must run the PostgreSQL tests: " + message, ex);
			}
			System.err.println("SKIPPED PostgreSQL test: " + message);
			return ConditionEvaluationResult.disabled(message);
		}
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return value == null || value.isBlank() ? fallback : value;
	}

}
