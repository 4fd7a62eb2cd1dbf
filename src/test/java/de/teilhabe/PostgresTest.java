package de.teilhabe;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * An {@link IntegrationTest} that runs on PostgreSQL (profile {@code postgres}) against
 * the database named by {@code TEILHABE_TEST_DB_URL} (default
 * {@code jdbc:postgresql://127.0.0.1:5432/teilhabe_test}, user postgres). Without a
 * reachable server it is skipped with a message, except in CI ({@code CI} set), where it
 * fails.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("postgres")
@ActiveProfiles("postgres")
@ExtendWith(PostgresAvailableCondition.class)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@Import(IntegrationTestConfiguration.class)
@TestPropertySource(
		properties = { "spring.datasource.url=${TEILHABE_TEST_DB_URL:" + PostgresAvailableCondition.DEFAULT_URL + "}",
				"spring.datasource.username=${TEILHABE_TEST_DB_USER:postgres}",
				"spring.datasource.password=${TEILHABE_TEST_DB_PASSWORD:}" })
public @interface PostgresTest {

}
