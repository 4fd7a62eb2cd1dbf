package de.teilhabe.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import de.teilhabe.Browser;
import de.teilhabe.BrowserTest;
import de.teilhabe.IntegrationTest;
import de.teilhabe.demo.DemoUsers;
import de.teilhabe.mail.MailOutbox;

/**
 * Someone registers for the conference in a real browser: forgets the consent, sees the
 * error next to the field, corrects it and lands on the confirmation; the event page, its
 * error state and the confirmation pass axe-core.
 */
@IntegrationTest
@BrowserTest
class EventRegistrationBrowserTest {

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	@LocalServerPort
	int port;

	@Autowired
	EventFixtures fixtures;

	@Autowired
	EventService events;

	@Autowired
	RegistrationService registrations;

	@Autowired
	MailOutbox outbox;

	@Autowired
	PressService press;

	@Autowired
	InvitationService invitations;

	@Autowired
	DemoUsers users;

	@Test
	void shouldRegisterThroughThePublicEventPage() throws IOException {
		ParticipationEvent event = fixtures.openConference(120);
		events.describe(event.getId(), new EventDetails("Sozialkonferenz Ruhr 2019",
				"Integrationsregion Ruhr – Vielfalt stärken, Zukunft gestalten", event.getEventDate(),
				LocalTime.of(12, 0), LocalTime.of(16, 30), "Luise-Albertz-Halle", "Düppelstraße 1, 46045 Oberhausen",
				true, "Die Metropole Ruhr ist ein Schmelztiegel der Nationen.\n\nWir laden Sie herzlich ein.",
				"Regina Schenberg\nReferat Bildung und Soziales\nschenberg@rvr.example", "Pressegespräch um 11:30 Uhr",
				"https://example.org/dokumentation-2018.pdf", 120, null,
				List.of(ProgrammeItem.Line.parse("12:00 | Begrüßung | Karola Geiß-Netthöfel"), ProgrammeItem.Line
					.parse("12:15 | Podium: Gelingfaktoren der Integration | Bund, Land, Kommunen"))));

		try (Browser browser = new Browser(port)) {
			browser.open("/public/events/" + event.getId());
			assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Sozialkonferenz Ruhr 2019");
			browser.assertAccessible();
			browser.screenshot(SCREENSHOTS.resolve("event-page.png"));

			browser.find(By.id("name")).sendKeys("Regina Schenberg");
			browser.find(By.id("email")).sendKeys("regina.schenberg@rvr.example");
			browser.find(By.id("organisation")).sendKeys("Regionalverband Ruhr");
			browser.find(By.cssSelector("input[name=participantGroup][value=FACHAKTEUR]")).click();
			browser.clickAndWait(browser.find(By.cssSelector(".registration form button[type=submit]")));

			assertThat(browser.find(By.id("consent-error")).getText()).startsWith("Ohne Ihre Einwilligung");
			assertThat(browser.find(By.id("name")).getAttribute("value")).isEqualTo("Regina Schenberg");
			assertThat(registrations.registrationsOf(event.getId())).isEmpty();
			browser.assertAccessible();

			browser.find(By.cssSelector("input[name=consent][type=checkbox]")).click();
			browser.clickAndWait(browser.find(By.cssSelector(".registration form button[type=submit]")));

			assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Sie sind angemeldet");
			assertThat(browser.find(By.tagName("main")).getText()).contains("regina.schenberg@rvr.example");
			browser.assertAccessible();
		}
		assertThat(registrations.registrationsOf(event.getId())).singleElement()
			.satisfies(r -> assertThat(r.getStatus()).isEqualTo(RegistrationState.CONFIRMED));
		assertThat(outbox.mailsTo("regina.schenberg@rvr.example")).singleElement()
			.satisfies(mail -> assertThat(mail.getAttachmentName()).endsWith(".ics"));
	}

	@Test
	void shouldRegisterAJournalistForThePressAppointmentWithoutTakingAPlace() throws IOException {
		ParticipationEvent event = fixtures.withPressAppointment(fixtures.openConference(120));

		try (Browser browser = new Browser(port)) {
			browser.open("/public/events/" + event.getId());
			browser.clickAndWait(browser.find(By.cssSelector("a[href$='/press']")));
			assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Pressetermin: Sozialkonferenz Ruhr 2019");
			browser.assertAccessible();

			browser.find(By.id("name")).sendKeys("Pia Presse");
			browser.find(By.id("email")).sendKeys("pia@waz.example");
			browser.find(By.cssSelector("input[name=consent][type=checkbox]")).click();
			browser.clickAndWait(browser.find(By.cssSelector(".press-rsvp form button[type=submit]")));

			assertThat(browser.find(By.id("medium-error")).getText()).isNotBlank();
			assertThat(press.rsvpsOf(event.getId())).isEmpty();
			browser.assertAccessible();
			browser.screenshot(SCREENSHOTS.resolve("press-rsvp-error.png"));

			browser.find(By.id("medium")).sendKeys("WAZ Oberhausen");
			browser.clickAndWait(browser.find(By.cssSelector(".press-rsvp form button[type=submit]")));

			assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Sie sind zum Pressetermin angemeldet");
			assertThat(browser.find(By.tagName("main")).getText()).contains("pia@waz.example");
			browser.assertAccessible();
		}
		assertThat(press.rsvpsOf(event.getId())).extracting(PressRsvp::getMedium).containsExactly("WAZ Oberhausen");
		assertThat(events.event(event.getId()).getFreePlaces()).isEqualTo(120);
	}

	/**
	 * The coordinator uploads invitation lists saved by a German Excel (Windows-1252,
	 * semicolons): one with a bad address, one far too large, then the right one; each
	 * page passes axe-core.
	 */
	@Test
	void shouldUploadAnInvitationListFromAGermanSpreadsheet(@TempDir Path files) throws IOException {
		users.create();
		long id = fixtures.openConference(120).getId();
		Charset excel = Charset.forName("windows-1252");
		Path bad = Files.write(files.resolve("Fehlerhaft.csv"),
				"Name;E-Mail\r\nBeate Kaputt;beate@kaputt\r\n".getBytes(excel));
		Path large = Files.write(files.resolve("Riesig.csv"),
				("Name;E-Mail\r\n" + "Jürgen Müller;mueller@stadt.example\r\n".repeat(100_000)).getBytes(excel));
		Path list = Files.write(files.resolve("Einladungsliste.csv"),
				("Name;E-Mail;Organisation;Sprache\r\nJürgen Müller;mueller@stadt.example;Amt für Straßenbau;de\r\n"
						+ "Jane Smith;smith@example.org;British Council;en\r\n")
					.getBytes(excel));

		try (Browser browser = new Browser(port)) {
			browser.signIn(DemoUsers.COORDINATOR, DemoUsers.PASSWORD);
			browser.open("/events/" + id + "/invitees");
			browser.assertAccessible();

			new Select(browser.find(By.id("group"))).selectByValue("FACHAKTEUR");
			browser.find(By.id("file")).sendKeys(bad.toAbsolutePath().toString());
			browser.clickAndWait(browser.find(By.cssSelector("main form button[type=submit]")));

			assertThat(browser.find(By.id("file-error")).getText()).startsWith("Eine Zeile ist nicht in Ordnung.");
			assertThat(browser.find(By.id("file-problems")).getText())
				.isEqualTo("Zeile 2: Die E-Mail-Adresse „beate@kaputt“ ist ungültig.");
			assertThat(invitations.inviteesOf(id)).isEmpty();
			browser.assertAccessible();
			browser.screenshot(SCREENSHOTS.resolve("invitees-bad-line.png"));

			browser.find(By.id("file")).sendKeys(large.toAbsolutePath().toString());
			browser.clickAndWait(browser.find(By.cssSelector("main form button[type=submit]")));

			assertThat(browser.find(By.id("file-error")).getText())
				.startsWith("Die Datei ist zu groß: höchstens 2 MB.");
			assertThat(invitations.inviteesOf(id)).isEmpty();
			browser.assertAccessible();

			new Select(browser.find(By.id("group"))).selectByValue("FACHAKTEUR");
			browser.find(By.id("file")).sendKeys(list.toAbsolutePath().toString());
			browser.clickAndWait(browser.find(By.cssSelector("main form button[type=submit]")));

			assertThat(browser.find(By.cssSelector("main .flash")).getText())
				.isEqualTo("2 Personen wurden der Einladungsliste hinzugefügt.");
			assertThat(browser.find(By.tagName("table")).getText()).contains("Jürgen Müller", "Amt für Straßenbau",
					"Jane Smith", "Englisch");
			browser.assertAccessible();
		}
		assertThat(invitations.inviteesOf(id)).extracting(Invitee::getName, Invitee::getLocale)
			.containsExactlyInAnyOrder(tuple("Jürgen Müller", Locale.GERMAN), tuple("Jane Smith", Locale.ENGLISH));
	}

}
