package de.teilhabe.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import de.teilhabe.IntegrationTest;

/**
 * Invitation lists uploaded as files through HTTP on a real database: the encodings and
 * separators spreadsheets save, and every refusal shows its message next to the field and
 * imports nothing. The limits of the container (file too large) are not in MockMvc:
 * {@link InviteeUploadOverHttpTest} sends the oversized files to Tomcat.
 */
@IntegrationTest
class InviteeUploadTest {

	private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	@Autowired
	MockMvc mvc;

	@Autowired
	EventFixtures fixtures;

	@Autowired
	InvitationService invitations;

	@Autowired
	MessageSource messages;

	@Test
	void shouldImportAUtf8FileWithByteOrderMarkAndCommas() throws Exception {
		long id = fixtures.openConference(10).getId();
		byte[] csv = ("\uFEFFName,E-Mail,Organisation,Sprache\nAyşe Demir,Demir@AWO.example,AWO,de\n"
				+ "Jane Smith,smith@example.org,British Council,en\n")
			.getBytes(StandardCharsets.UTF_8);

		mvc.perform(upload(id, "FACHAKTEUR", file("einladungen.csv", csv)))
			.andExpect(redirectedUrl("/events/" + id + "/invitees"))
			.andExpect(flash().attribute("imported", 2));

		assertThat(invitations.inviteesOf(id))
			.extracting(Invitee::getName, Invitee::getEmail, Invitee::getGroup, Invitee::getLocale)
			.containsExactlyInAnyOrder(
					tuple("Ayşe Demir", "demir@awo.example", ParticipantGroup.FACHAKTEUR, Locale.GERMAN),
					tuple("Jane Smith", "smith@example.org", ParticipantGroup.FACHAKTEUR, Locale.ENGLISH));
		mvc.perform(get("/events/{id}/invitees", id).with(coordinator()))
			.andExpect(content().string(allOf(containsString("Ayşe Demir"), containsString("Englisch"))));
	}

	@Test
	void shouldImportAWindows1252FileFromGermanExcelWithItsUmlautsAndSemicolons() throws Exception {
		long id = fixtures.openConference(10).getId();
		byte[] csv = ("Name;E-Mail;Organisation\r\nJürgen Müller;mueller@stadt.example;Amt für Straßenbau\r\n"
				+ "Änne Öztürk;oeztuerk@verein.example;Förderverein „Miteinander“\r\n")
			.getBytes(WINDOWS_1252);

		mvc.perform(upload(id, "EHRENAMTLICH", file("Einladungsliste.csv", csv)))
			.andExpect(redirectedUrl("/events/" + id + "/invitees"));

		assertThat(invitations.inviteesOf(id)).extracting(Invitee::getName, Invitee::getOrganisation)
			.containsExactlyInAnyOrder(tuple("Jürgen Müller", "Amt für Straßenbau"),
					tuple("Änne Öztürk", "Förderverein „Miteinander“"));
		mvc.perform(get("/events/{id}/invitees", id).with(coordinator()))
			.andExpect(content().string(allOf(containsString("Jürgen Müller"), containsString("Amt für Straßenbau"))));
	}

	@Test
	void shouldSkipAddressesAlreadyListedAndSaySo() throws Exception {
		long id = fixtures.openConference(10).getId();
		invitations.importCsv(id, ParticipantGroup.PRESSE, "Name;E-Mail\nPia Presse;pia@waz.example\n");
		byte[] csv = "Name;E-Mail\nPia Presse;PIA@waz.example\nJan Nowak;nowak@example.org\nJan Nowak;nowak@example.org\n"
			.getBytes(StandardCharsets.UTF_8);

		mvc.perform(upload(id, "FACHAKTEUR", file("liste.csv", csv)))
			.andExpect(flash().attribute("imported", 1))
			.andExpect(flash().attribute("duplicates", 2));

		assertThat(invitations.inviteesOf(id)).extracting(Invitee::getEmail)
			.containsExactlyInAnyOrder("pia@waz.example", "nowak@example.org");
		// the page shows the flash message after the redirect (see
		// EventRegistrationBrowserTest); its wording:
		assertThat(messages.getMessage("event.invitees.imported", new Object[] { 1, 2 }, Locale.GERMAN))
			.isEqualTo("Eine Person wurde der Einladungsliste hinzugefügt. "
					+ "2 Adressen standen schon auf einer Liste und wurden übersprungen.");
		assertThat(messages.getMessage("event.invitees.imported", new Object[] { 1200, 0 }, Locale.ENGLISH))
			.isEqualTo("1,200 people were added to the invitation list.");
	}

	@Test
	void shouldRefuseAFileWithABadLineNamingEveryLineAndImportNothing() throws Exception {
		long id = fixtures.openConference(10).getId();
		byte[] csv = ("Name;E-Mail;Organisation;Sprache\nJürgen Müller;mueller@stadt.example;;de\n"
				+ "Beate Kaputt;beate@kaputt\n;ohne-name@example.org\nJane Smith;smith@example.org;;fr\n")
			.getBytes(WINDOWS_1252);

		mvc.perform(upload(id, "FACHAKTEUR", file("liste.csv", csv)))
			.andExpect(status().isOk())
			.andExpect(view().name(InviteeController.VIEW_INVITEES))
			.andExpect(model().attributeHasFieldErrorCode("inviteeImport", "file", "event.invitees.rowProblems"))
			.andExpect(content().string(allOf(containsString("Es wurde nichts importiert."),
					containsString("3 Zeilen sind nicht in Ordnung."),
					containsString("Zeile 3: Die E-Mail-Adresse „beate@kaputt“ ist ungültig."),
					containsString("Zeile 4: Der Name fehlt."),
					containsString("Zeile 5: Die Sprache „fr“ gibt es hier nicht"),
					containsString("aria-describedby=\"file-error file-problems format-hint file-hint\""))));

		assertThat(invitations.inviteesOf(id)).isEmpty();
	}

	@Test
	void shouldRefuseAnEmptyFileAndImportNothing() throws Exception {
		long id = fixtures.openConference(10).getId();

		mvc.perform(upload(id, "FACHAKTEUR", file("liste.csv", new byte[0])))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("inviteeImport", "file", "event.invitees.fileEmpty"))
			.andExpect(content().string(containsString("Die Datei ist leer.")));
		mvc.perform(upload(id, "FACHAKTEUR", file("liste.csv", "Name;E-Mail\n".getBytes(StandardCharsets.UTF_8))))
			.andExpect(model().attributeHasFieldErrorCode("inviteeImport", "file", "event.invitees.noRows"))
			.andExpect(content().string(containsString("keine Personen")));

		assertThat(invitations.inviteesOf(id)).isEmpty();
	}

	@Test
	void shouldRefuseASpreadsheetThatWasNotSavedAsCsv() throws Exception {
		long id = fixtures.openConference(10).getId();
		byte[] xlsx = { 'P', 'K', 3, 4, 20, 0, 6, 0, 8, 0, 0, 0, 33, 0, 'x', 'l', '/' };

		mvc.perform(upload(id, "FACHAKTEUR", file("liste.csv", xlsx)))
			.andExpect(model().attributeHasFieldErrorCode("inviteeImport", "file", "event.invitees.notCsv"))
			.andExpect(content().string(containsString("Die Datei ist keine CSV-Datei.")));
		mvc.perform(upload(id, "FACHAKTEUR", file("liste.xlsx", xlsx)))
			.andExpect(model().attributeHasFieldErrorCode("inviteeImport", "file", "event.invitees.notCsv"));
		mvc.perform(upload(id, "FACHAKTEUR",
				file("liste.csv", "Name;E-Mail\n\"Müller;mueller@stadt.example\n".getBytes(StandardCharsets.UTF_8))))
			.andExpect(model().attributeHasFieldErrorCode("inviteeImport", "file", "event.invitees.unreadable"));

		assertThat(invitations.inviteesOf(id)).isEmpty();
	}

	@Test
	void shouldAskForAFileOrTextButNotBothAndForTheList() throws Exception {
		long id = fixtures.openConference(10).getId();
		byte[] csv = "Name;E-Mail\nPia Presse;pia@waz.example\n".getBytes(StandardCharsets.UTF_8);

		mvc.perform(upload(id, "PRESSE", file("", new byte[0])))
			.andExpect(model().attributeHasFieldErrorCode("inviteeImport", "file", "event.invitees.empty"));
		mvc.perform(upload(id, "PRESSE", file("liste.csv", csv)).param("csv", "Name;E-Mail\nJan;jan@example.org"))
			.andExpect(model().attributeHasFieldErrorCode("inviteeImport", "file", "event.invitees.fileAndText"))
			.andExpect(content().string(containsString("nicht beides")));
		mvc.perform(upload(id, null, file("liste.csv", csv)))
			.andExpect(model().attributeHasFieldErrorCode("inviteeImport", "group", "event.invitees.groupMissing"));

		assertThat(invitations.inviteesOf(id)).isEmpty();
	}

	@Test
	void shouldKeepThePastedAlternative() throws Exception {
		long id = fixtures.openConference(10).getId();

		mvc.perform(upload(id, "RATSMITGLIED", file("", new byte[0])).param("csv",
				"Name;E-Mail;Organisation;Sprache\nKlaus Ratsherr;ratsherr@example.org;Rat;en\n"))
			.andExpect(redirectedUrl("/events/" + id + "/invitees"));
		mvc.perform(upload(id, "RATSMITGLIED", file("", new byte[0])).param("csv", "Name;E-Mail\nOhne;kaputt\n"))
			.andExpect(model().attributeHasFieldErrorCode("inviteeImport", "csv", "event.invitees.rowProblems"))
			.andExpect(content().string(allOf(containsString("id=\"csv-problems\""),
					containsString("Zeile 2: Die E-Mail-Adresse „kaputt“ ist ungültig."),
					containsString("Name;E-Mail\nOhne;kaputt"))));

		assertThat(invitations.inviteesOf(id)).extracting(Invitee::getName, Invitee::getLocale)
			.containsExactly(tuple("Klaus Ratsherr", Locale.ENGLISH));
	}

	@Test
	void shouldSayItInEnglishToo() throws Exception {
		long id = fixtures.openConference(10).getId();

		mvc.perform(upload(id, "FACHAKTEUR",
				file("liste.csv", "Name;E-Mail\nOhne;kaputt\n".getBytes(StandardCharsets.UTF_8)))
			.param("lang", "en"))
			.andExpect(content().string(allOf(containsString("Nothing was imported."),
					containsString("Line 2: the e-mail address &quot;kaputt&quot; is invalid."),
					not(containsString("Zeile")))));
	}

	@Test
	void shouldShowTheUploadFieldWithItsLimitAndTheTokenInTheAddress() throws Exception {
		long id = fixtures.openConference(10).getId();

		mvc.perform(get("/events/{id}/invitees", id).with(coordinator()))
			.andExpect(content().string(allOf(containsString("enctype=\"multipart/form-data\""),
					containsString("type=\"file\""), containsString("accept=\".csv,text/csv"),
					containsString("höchstens 2 MB"), containsString("/invitees?_csrf="))));
	}

	@Test
	void shouldLetOnlyTheCoordinatorImport() throws Exception {
		long id = fixtures.openConference(10).getId();
		byte[] csv = "Name;E-Mail\nPia Presse;pia@waz.example\n".getBytes(StandardCharsets.UTF_8);

		mvc.perform(multipart("/events/{id}/invitees", id).file(file("liste.csv", csv))
			.param("group", "PRESSE")
			.with(csrf())
			.with(user("leitung").authorities(new SimpleGrantedAuthority("GROUP_manager"))))
			.andExpect(status().isForbidden());
		mvc.perform(multipart("/events/{id}/invitees", id).file(file("liste.csv", csv))
			.param("group", "PRESSE")
			.with(coordinator())).andExpect(status().isForbidden());

		assertThat(invitations.inviteesOf(id)).isEmpty();
	}

	private static MockMultipartHttpServletRequestBuilder upload(long id, String group, MockMultipartFile file) {
		MockMultipartHttpServletRequestBuilder request = multipart("/events/{id}/invitees", id);
		request.file(file).with(coordinator()).with(csrf());
		if (group != null) {
			request.param("group", group);
		}
		return request;
	}

	private static MockMultipartFile file(String name, byte[] content) {
		return new MockMultipartFile("file", name, "text/csv", content);
	}

	private static RequestPostProcessor coordinator() {
		return user("koordination").authorities(new SimpleGrantedAuthority("GROUP_coordinator"));
	}

}
