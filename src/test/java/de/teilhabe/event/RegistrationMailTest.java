package de.teilhabe.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

import de.teilhabe.MailIntegrationTest;
import de.teilhabe.event.RegistrationService.Registered;

/**
 * The mails registrants get, as a real SMTP server (GreenMail) receives them, with the
 * iCal attachment.
 */
@MailIntegrationTest
class RegistrationMailTest {

	@RegisterExtension
	static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

	@Autowired
	EventFixtures fixtures;

	@Autowired
	RegistrationService registrations;

	@Autowired
	InvitationService invitations;

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
		assertThat(ZonedDateTime.from(start).withZoneSameInstant(berlin)).isEqualTo(day.atTime(12, 0).atZone(berlin));
		assertThat(ZonedDateTime.from(end).withZoneSameInstant(berlin)).isEqualTo(day.atTime(16, 30).atZone(berlin));
		assertThat(event.getDateTimeStart().getParameter("TZID"))
			.hasValueSatisfying(tzid -> assertThat(tzid.getValue()).isEqualTo("Europe/Berlin"));
		String date = day.format(DateTimeFormatter.ofPattern("EEEE, dd.MM.yyyy", Locale.GERMAN));
		assertThat(body).contains("Termin: " + date + ", 12:00–16:30 Uhr")
			.as("no ISO date in the mail")
			.doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}");
		assertThat(event.getDescription().getValue()).contains(date + ", 12:00–16:30 Uhr");
	}

	/**
	 * The mails the process or someone else's action causes reach each registrant in the
	 * language they registered in: the promotion when others cancel (one through their
	 * link, one by the coordinator) and the reminder.
	 */
	@Test
	void shouldWritePromotionAndReminderInTheLanguageEachRegistrantRegisteredIn() throws Exception {
		LocalDate day = LocalDate.now().plusDays(30);
		long id = fixtures.conference(fixtures.participation(), 2, day, day.minusDays(7)).getId();
		Registered first = registrations.register(id, EventFixtures.person("Regina Schenberg", "schenberg@rvr.example"),
				Locale.GERMAN);
		Registered second = registrations.register(id, EventFixtures.person("Ali Yilmaz", "yilmaz@example.org"),
				Locale.GERMAN);
		registrations.register(id, EventFixtures.person("Jane Smith", "smith@example.org"), Locale.UK);
		registrations.register(id, EventFixtures.person("Jürgen Müller", "mueller@example.org"), Locale.GERMANY);

		registrations.cancel(first.cancelToken());
		registrations.cancelByCoordinator(id, second.registrationId());
		assertThat(invitations.sendReminders(id)).isEqualTo(2);

		// four confirmations or waitlist places, two cancellations, two promotions, two
		// reminders
		assertThat(greenMail.waitForIncomingEmail(15_000, 10)).isTrue();
		List<MimeMessage> toJane = mailsTo("smith@example.org");
		assertThat(toJane).extracting(MimeMessage::getSubject)
			.containsExactlyInAnyOrder("Waitlist: Sozialkonferenz Ruhr 2019",
					"A place has become free: Sozialkonferenz Ruhr 2019", "Reminder: Sozialkonferenz Ruhr 2019");
		String englishDate = day.format(DateTimeFormatter.ofPattern("EEEE, d MMM yyyy", Locale.ENGLISH))
				+ ", 12:00 pm–4:30 pm";
		assertThat(text(subject(toJane, "A place has become free"))).contains("Dear Jane Smith", englishDate);
		assertThat(text(subject(toJane, "Reminder"))).contains("Dear Jane Smith", englishDate,
				"https://teilhabe.example/public/events/" + id + "?lang=en");

		List<MimeMessage> toJuergen = mailsTo("mueller@example.org");
		assertThat(toJuergen).extracting(MimeMessage::getSubject)
			.containsExactlyInAnyOrder("Warteliste: Sozialkonferenz Ruhr 2019",
					"Ein Platz ist frei geworden: Sozialkonferenz Ruhr 2019", "Erinnerung: Sozialkonferenz Ruhr 2019");
		String germanDate = day.format(DateTimeFormatter.ofPattern("EEEE, dd.MM.yyyy", Locale.GERMAN))
				+ ", 12:00–16:30 Uhr";
		assertThat(text(subject(toJuergen, "Ein Platz ist frei geworden"))).contains("Guten Tag Jürgen Müller",
				germanDate);
		assertThat(text(subject(toJuergen, "Erinnerung"))).contains("Guten Tag Jürgen Müller", germanDate,
				"https://teilhabe.example/public/events/" + id + "?lang=de");
		for (MimeMessage mail : greenMail.getReceivedMessages()) {
			assertThat(text(mail)).as("no ISO date in a mail").doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}");
		}
	}

	private static List<MimeMessage> mailsTo(String address) {
		return Arrays.stream(greenMail.getReceivedMessages()).filter(mail -> {
			try {
				return Arrays.stream(mail.getAllRecipients()).anyMatch(to -> to.toString().equals(address));
			}
			catch (MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

	private static MimeMessage subject(List<MimeMessage> mails, String start) throws MessagingException {
		for (MimeMessage mail : mails) {
			if (mail.getSubject().startsWith(start)) {
				return mail;
			}
		}
		throw new AssertionError("No mail \"" + start + "...\"");
	}

	/** The text of a mail, with or without attachment. */
	private static String text(Part part) throws Exception {
		if (part.isMimeType("text/plain")) {
			return part.getContent().toString();
		}
		if (part.getContent() instanceof MimeMultipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				String text = text(multipart.getBodyPart(i));
				if (text != null) {
					return text;
				}
			}
		}
		return null;
	}

}
