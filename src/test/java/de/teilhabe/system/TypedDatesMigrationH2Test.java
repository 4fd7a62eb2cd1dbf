package de.teilhabe.system;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;

import org.flywaydb.core.Flyway;

/** {@link TypedDatesMigrationTests} on an in-memory H2 database of its own. */
class TypedDatesMigrationH2Test extends TypedDatesMigrationTests {

	private final String url = "jdbc:h2:mem:typed-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";

	@Override
	Flyway flyway(String target) {
		return flyway(url, "sa", "", "h2", null, target);
	}

	@Override
	Connection connection() throws SQLException {
		return connect(url, "sa", "");
	}

}
