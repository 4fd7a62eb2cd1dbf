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
 * An {@link IntegrationTest} of a first start on the embedded default: the demo is seeded
 * on start-up, into a database of its own, since the seeder only seeds an empty one.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:teilhabe-demo;DB_CLOSE_DELAY=-1",
				"teilhabe.demo.enabled=true" })
@AutoConfigureMockMvc
@Import(IntegrationTestConfiguration.class)
public @interface DemoIntegrationTest {

}
