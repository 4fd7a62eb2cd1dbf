package de.teilhabe.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import de.teilhabe.event.InviteeList.Parsed;
import de.teilhabe.event.InviteeList.Problem;
import de.teilhabe.event.InviteeList.Row;

/**
 * Invitation lists as spreadsheets save them: encodings, separators, headings, and what
 * is wrong with a line.
 */
class InviteeListTest {

	private static final String LIST = "Name;E-Mail;Organisation\r\nJürgen Müller;mueller@stadt.example;Amt für Straßenbau\r\n";

	@Test
	void shouldReadUtf8WithAndWithoutByteOrderMark() {
		byte[] utf8 = LIST.getBytes(StandardCharsets.UTF_8);
		byte[] withBom = concat(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }, utf8);

		assertThat(InviteeList.text(utf8, "liste.csv")).isEqualTo(LIST);
		assertThat(InviteeList.text(withBom, "liste.csv")).isEqualTo(LIST);
		assertThat(InviteeList.parse(InviteeList.text(withBom, "liste.csv")).rows()).extracting(Row::name)
			.containsExactly("Jürgen Müller");
	}

	@Test
	void shouldReadWindows1252AndIso88591AsGermanExcelSavesThem() {
		String withEuro = LIST + "Änne Öztürk;oeztuerk@verein.example;Förderverein „Miteinander“ – 5 €\r\n";

		assertThat(InviteeList.text(withEuro.getBytes(Charset.forName("windows-1252")), "Einladung.CSV"))
			.isEqualTo(withEuro);
		assertThat(InviteeList.text(LIST.getBytes(StandardCharsets.ISO_8859_1), "liste.csv")).isEqualTo(LIST);
	}

	@Test
	void shouldReadExcelsUnicodeTextWithTabs() {
		String tabs = "Name\tE-Mail\r\nJürgen Müller\tmueller@stadt.example\r\n";
		byte[] utf16 = concat(new byte[] { (byte) 0xFF, (byte) 0xFE }, tabs.getBytes(StandardCharsets.UTF_16LE));

		assertThat(InviteeList.parse(InviteeList.text(utf16, "liste.txt")).rows()).extracting(Row::name, Row::email)
			.containsExactly(tuple("Jürgen Müller", "mueller@stadt.example"));
	}

	@Test
	void shouldRefuseAnEmptyFileAndOneThatIsNoText() {
		byte[] xlsx = { 'P', 'K', 3, 4, 20, 0, 6, 0, 8, 0, 0, 0, 33, 0 };

		assertThatThrownBy(() -> InviteeList.text(new byte[0], "liste.csv")).hasMessage("event.invitees.fileEmpty");
		assertThatThrownBy(() -> InviteeList.text("\uFEFF \r\n".getBytes(StandardCharsets.UTF_8), "liste.csv"))
			.hasMessage("event.invitees.fileEmpty");
		assertThatThrownBy(() -> InviteeList.text(xlsx, "liste.csv")).hasMessage("event.invitees.notCsv");
		assertThatThrownBy(() -> InviteeList.text(LIST.getBytes(StandardCharsets.UTF_8), "liste.xlsx"))
			.hasMessage("event.invitees.notCsv");
	}

	@Test
	void shouldReadSemicolonsCommasAndQuotedCells() {
		Parsed semicolons = InviteeList
			.parse("Name;E-Mail;Organisation\n\"Demir, Ayşe\";demir@awo.example;\"AWO; Kreisverband\"\n");
		Parsed commas = InviteeList.parse("Name,E-Mail,Organisation\n\"Demir, Ayşe\",demir@awo.example,AWO\n");

		assertThat(semicolons.rows()).extracting(Row::name, Row::organisation)
			.containsExactly(tuple("Demir, Ayşe", "AWO; Kreisverband"));
		assertThat(commas.rows()).extracting(Row::name, Row::email, Row::organisation)
			.containsExactly(tuple("Demir, Ayşe", "demir@awo.example", "AWO"));
	}

	@Test
	void shouldPlaceColumnsByTheirHeadingsAndJoinFirstAndLastName() {
		Parsed parsed = InviteeList.parse("Sprache;E-Mail-Adresse;Nachname;Vorname;Einrichtung\n"
				+ "en;Smith@Example.org;Smith;Jane;British Council\n;demir@awo.example;Demir;Ayşe;\n");

		assertThat(parsed.problems()).isEmpty();
		assertThat(parsed.rows()).extracting(Row::name, Row::email, Row::organisation, Row::language)
			.containsExactly(tuple("Jane Smith", "smith@example.org", "British Council", MailLanguage.EN),
					tuple("Ayşe Demir", "demir@awo.example", null, MailLanguage.DE));
	}

	@Test
	void shouldTakeAListWithoutHeadingsInTheDocumentedOrder() {
		Parsed parsed = InviteeList.parse("Jane Smith;smith@example.org;British Council;English\n");

		assertThat(parsed.rows()).extracting(Row::line, Row::name, Row::language)
			.containsExactly(tuple(1L, "Jane Smith", MailLanguage.EN));
	}

	@Test
	void shouldNameEveryBadLineByItsLineNumberInTheFile() {
		Parsed parsed = InviteeList.parse("Name;E-Mail;Organisation;Sprache\n\nJürgen Müller;mueller@stadt.example\n"
				+ ";ohne-name@example.org\nKaputt;kaputt@\n\"Mehrzeilig\nBeate\";beate@example.org;;fr\n"
				+ "Ohne Adresse;;" + "x".repeat(201) + "\n");

		assertThat(parsed.problems()).extracting(Problem::line, Problem::messageKey, Problem::value)
			.containsExactly(tuple(4L, "event.invitees.row.nameMissing", ""),
					tuple(5L, "event.invitees.row.emailInvalid", "kaputt@"),
					tuple(6L, "event.invitees.row.languageUnknown", "fr"),
					tuple(8L, "event.invitees.row.emailMissing", ""),
					tuple(8L, "event.invitees.row.organisationTooLong", "200"));
		assertThat(parsed.rows()).extracting(Row::line).containsExactly(3L);
	}

	@Test
	void shouldRefuseTextThatIsNoCsv() {
		assertThatThrownBy(() -> InviteeList.parse("Name;E-Mail\n\"Müller;mueller@stadt.example\n"))
			.isInstanceOf(RegistrationRefusedException.class)
			.hasMessage("event.invitees.unreadable");
	}

	@Test
	void shouldFallBackToGermanForEveryLanguageButEnglish() {
		assertThat(MailLanguage.of(java.util.Locale.UK)).isEqualTo(MailLanguage.EN);
		assertThat(MailLanguage.of(java.util.Locale.FRENCH)).isEqualTo(MailLanguage.DE);
		assertThat(MailLanguage.of((java.util.Locale) null)).isEqualTo(MailLanguage.DE);
		assertThat(MailLanguage.of("en")).isEqualTo(MailLanguage.EN);
		assertThat(MailLanguage.of("tr")).isEqualTo(MailLanguage.DE);
		assertThat(MailLanguage.parse("Englisch")).contains(MailLanguage.EN);
		assertThat(MailLanguage.parse(" ")).contains(MailLanguage.DE);
		assertThat(MailLanguage.parse("türkisch")).isEmpty();
	}

	private static byte[] concat(byte[] a, byte[] b) {
		byte[] result = new byte[a.length + b.length];
		System.arraycopy(a, 0, result, 0, a.length);
		System.arraycopy(b, 0, result, a.length, b.length);
		return result;
	}

}
