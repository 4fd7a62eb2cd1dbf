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
 * An {@link IntegrationTest} whose outbox sends mail every 0.2 s to an SMTP server on
 * localhost:3025, where the test runs GreenMail. Its own database: mails queued by the
 * other integration tests never reach these tests' server.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:teilhabe-mail;DB_CLOSE_DELAY=-1",
				"spring.mail.host=localhost", "spring.mail.port=3025", "teilhabe.mail.send-interval=PT0.2S",
				"teilhabe.mail.from=sozialkonferenz@rvr.example", "teilhabe.event.base-url=https://teilhabe.example" })
@AutoConfigureMockMvc
@Import(IntegrationTestConfiguration.class)
public @interface MailIntegrationTest {

}
