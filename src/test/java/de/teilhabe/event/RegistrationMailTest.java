package de.teilhabe.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.Locale;

import jakarta.mail.BodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import de.teilhabe.event.RegistrationService.Registered;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;

/** The mails registrants get, as a real SMTP server (GreenMail) receives them, with the iCal attachment. */
@Import(EventFixtures.class)
@SpringBootTest(properties = { "teilhabe.demo.enabled=false",
		"spring.datasource.url=jdbc:h2:mem:registration-mail;DB_CLOSE_DELAY=-1", "spring.mail.host=localhost",
		"spring.mail.port=3025", "teilhabe.mail.send-interval=PT0.2S", "teilhabe.mail.from=sozialkonferenz@rvr.example",
		"teilhabe.event.base-url=https://teilhabe.example" })
class RegistrationMailTest {

	@RegisterExtension
	static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

	@Autowired
	EventFixtures fixtures;

	@Autowired
	RegistrationService registrations;

	@Test
	void shouldMailTheConfirmationWithTheEventAsICalInBerlinTimeAndAPersonalCancelLink() throws Exception {
		LocalDate day = LocalDate.now().plusDays(30);
		long id = fixtures.conference(fixtures.participation(), 120, day, day.minusDays(7)).getId();

		Registered registered = registrations.register(id,
				EventFixtures.person("Regina Schenberg", "schenberg@rvr.example"), Locale.GERMAN);

		assertThat(greenMail.waitForIncomingEmail(10_000, 1)).isTrue();
		MimeMessage mail = greenMail.getReceivedMessages()[0];
		assertThat(mail.getSubject()).isEqualTo("Anmeldebestätigung: Sozialkonferenz Ruhr 2019");
		assertThat(mail.getFrom()[0].toString()).isEqualTo("sozialkonferenz@rvr.example");
		MimeMultipart parts = (MimeMultipart) mail.getContent();
		String body = ((MimeMultipart) parts.getBodyPart(0).getContent()).getBodyPart(0).getContent().toString();
		assertThat(body).contains("Guten Tag Regina Schenberg", "12:00–16:30", "Luise-Albertz-Halle, Oberhausen")
			.contains("https://teilhabe.example/public/events/registrations/" + registered.cancelToken() + "/cancel");

		BodyPart ics = parts.getBodyPart(1);
		assertThat(ics.getFileName()).endsWith(".ics");
		assertThat(ics.getContentType()).startsWith("text/calendar");
		Calendar calendar;
		try (InputStream in = ics.getInputStream()) {
			calendar = new CalendarBuilder().build(in);
		}
		VEvent event = calendar.<VEvent>getComponents("VEVENT").get(0);
		assertThat(event.getSummary().getValue()).isEqualTo("Sozialkonferenz Ruhr 2019");
		assertThat(event.getLocation().getValue()).isEqualTo("Luise-Albertz-Halle, Oberhausen");
		Temporal start = event.<Temporal>getDateTimeStart().getDate();
		Temporal end = event.<Temporal>getDateTimeEnd().getDate();
		ZoneId berlin = ZoneId.of("Europe/Berlin");
		assertThat(ZonedDateTime.from(start).withZoneSameInstant(berlin))
			.isEqualTo(day.atTime(12, 0).atZone(berlin));
		assertThat(ZonedDateTime.from(end).withZoneSameInstant(berlin)).isEqualTo(day.atTime(16, 30).atZone(berlin));
		assertThat(event.getDateTimeStart().getParameter("TZID")).hasValueSatisfying(
				tzid -> assertThat(tzid.getValue()).isEqualTo("Europe/Berlin"));
	}

}
