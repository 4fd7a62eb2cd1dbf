package de.teilhabe.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.BodyPart;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import de.teilhabe.MailIntegrationTest;
import de.teilhabe.system.Roles;

/**
 * At the registration deadline the conference process closes registration and mails the
 * coordinator the registration list as CSV with the figures; a real SMTP server
 * (GreenMail) receives it.
 */
@MailIntegrationTest
class RegistrationListMailTest {

	@RegisterExtension
	static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

	@Autowired
	EventFixtures fixtures;

	@Autowired
	RegistrationService registrations;

	@Autowired
	CloseRegistrationDelegate closeRegistration;

	@Autowired
	IdentityService identities;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void shouldMailTheCoordinatorWhoStartedTheProcessTheRegistrationListAtTheDeadline() throws Exception {
		user("regina", "schenberg@rvr.example", false);
		ParticipationEvent event = conferenceStartedBy("regina", 2);
		long id = event.getId();
		registrations.register(id, EventFixtures.person("Ayşe Demir", "demir@awo.example"), Locale.GERMAN);
		registrations.register(id, new NewRegistration("Klaus Ratsherr", "ratsherr@example.org", null,
				ParticipantGroup.RATSMITGLIED, null, "Rollstuhlplatz"), Locale.GERMAN);
		registrations.register(id, EventFixtures.person("Jan Nowak", "nowak@example.org"), Locale.GERMAN);

		closeRegistration.execute(execution(id));

		assertThatThrownBy(
				() -> registrations.register(id, EventFixtures.person("Zu Spät", "spaet@example.org"), Locale.GERMAN))
			.hasMessage("event.registration.closed");
		MimeMessage mail = mailTo("schenberg@rvr.example");
		assertThat(mail.getSubject()).isEqualTo("Anmeldeschluss: Anmeldeliste „Sozialkonferenz Ruhr 2019“");
		MimeMultipart parts = (MimeMultipart) mail.getContent();
		String body = ((MimeMultipart) parts.getBodyPart(0).getContent()).getBodyPart(0).getContent().toString();
		assertThat(body).contains("Bestätigt: 2 (Plätze: 2)", "Warteliste: 1", "Storniert: 0",
				"Fachakteurin / Fachakteur: 1", "Ratsmitglied: 1", "https://teilhabe.example/events/" + id);

		BodyPart attachment = parts.getBodyPart(1);
		assertThat(attachment.getFileName()).isEqualTo("anmeldungen-" + id + ".csv");
		assertThat(attachment.getContentType()).startsWith("text/csv");
		List<CSVRecord> rows;
		try (InputStream in = BOMInputStream.builder().setInputStream(attachment.getInputStream()).get()) {
			rows = CSVFormat.EXCEL.builder()
				.setDelimiter(';')
				.get()
				.parse(new InputStreamReader(in, StandardCharsets.UTF_8))
				.getRecords();
		}
		assertThat(rows).hasSize(4);
		assertThat(rows.get(0).toList()).startsWith("Nr.", "Vor- und Nachname", "E-Mail-Adresse");
		assertThat(rows.get(1).toList()).containsSubsequence("Ayşe Demir", "demir@awo.example");
		assertThat(rows.get(2).toList()).contains("Klaus Ratsherr", "Ratsmitglied", "Rollstuhlplatz", "bestätigt");
		assertThat(rows.get(3).toList()).contains("Jan Nowak", "Warteliste");
	}

	@Test
	void shouldMailEveryCoordinatorWhenTheStarterHasNoAddress() throws Exception {
		user("ohne-adresse", null, false);
		user("koordination-a", "a@koordination.example", true);
		user("koordination-b", "b@koordination.example", true);
		long id = conferenceStartedBy("ohne-adresse", 10).getId();

		closeRegistration.execute(execution(id));

		assertThat(mailTo("a@koordination.example").getSubject()).startsWith("Anmeldeschluss");
		assertThat(mailTo("b@koordination.example").getSubject()).startsWith("Anmeldeschluss");
	}

	private ParticipationEvent conferenceStartedBy(String userId, int capacity) {
		long participation = fixtures.participation();
		jdbc.update("update participation set created_by = ? where id = ?", userId, participation);
		return fixtures.conference(participation, capacity, LocalDate.now().plusDays(30), LocalDate.now().plusDays(20));
	}

	private void user(String id, String email, boolean coordinator) {
		User user = identities.newUser(id);
		user.setFirstName(id);
		user.setLastName(id);
		user.setEmail(email);
		identities.saveUser(user);
		if (coordinator) {
			if (identities.createGroupQuery().groupId(Roles.COORDINATOR.groupId()).count() == 0) {
				identities.saveGroup(identities.newGroup(Roles.COORDINATOR.groupId()));
			}
			identities.createMembership(id, Roles.COORDINATOR.groupId());
		}
	}

	private static DelegateExecution execution(long conferenceId) {
		DelegateExecution execution = mock(DelegateExecution.class);
		when(execution.getVariable("conferenceId")).thenReturn(conferenceId);
		return execution;
	}

	/** The first mail to this address, waiting for the outbox to send it. */
	private static MimeMessage mailTo(String address) throws Exception {
		for (int i = 0; i < 100; i++) {
			for (MimeMessage message : greenMail.getReceivedMessages()) {
				if (Arrays.stream(message.getRecipients(RecipientType.TO))
					.anyMatch(recipient -> recipient.toString().equals(address))) {
					return message;
				}
			}
			Thread.sleep(100);
		}
		throw new AssertionError("No mail to " + address);
	}

}
