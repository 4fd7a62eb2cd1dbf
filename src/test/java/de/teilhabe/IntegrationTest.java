package de.teilhabe;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;

/**
 * The integration test: the whole application on a real HTTP port (for the browser tests)
 * and with MockMvc, on an in-memory H2 database shared by every class that uses it, so
 * the context is booted once. Tests keep apart by their own data: their own participation
 * and users ({@link LeverkusenFixture}, unique ids), never by a database or a setting of
 * their own. Anything added here or on a test class (properties, {@code @Import},
 * {@code @MockitoBean}, profiles, nested {@code @TestConfiguration}) starts another
 * context: shared test beans belong in {@link IntegrationTestConfiguration}. Variants:
 * {@link MailIntegrationTest}, {@link PostgresTest}, {@link DemoIntegrationTest}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "spring.datasource.url=jdbc:h2:mem:teilhabe;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
@Import(IntegrationTestConfiguration.class)
public @interface IntegrationTest {

}
