package de.teilhabe.event;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * An invitation list as coordinators bring it: a table saved as CSV, uploaded or pasted.
 * Excel in German offices saves Windows-1252 with ";" between the cells, newer versions
 * UTF-8 with a byte order mark, LibreOffice UTF-8 with "," or ";"; "Unicode text" is
 * UTF-16 with tabs. The first line may name the columns (Name or Vorname and Nachname,
 * E-Mail, Organisation, Sprache, in German or English, in any order); without names the
 * columns are Name, E-Mail, Organisation, Sprache in this order. Line numbers are those a
 * text editor shows, so a coordinator finds the line.
 */
final class InviteeList {

	static final int MAX_NAME = 200;

	static final int MAX_EMAIL = 254;

	static final int MAX_ORGANISATION = 200;

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

	private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	private static final Set<String> TEXT_EXTENSIONS = Set.of("csv", "txt", "tsv");

	/** Column headings as they appear in lists, lower case without spaces and hyphens. */
	private static final Map<String, Column> HEADINGS = Map.ofEntries(Map.entry("name", Column.NAME),
			Map.entry("vorundnachname", Column.NAME), Map.entry("vollständigername", Column.NAME),
			Map.entry("fullname", Column.NAME), Map.entry("vorname", Column.FIRST_NAME),
			Map.entry("firstname", Column.FIRST_NAME), Map.entry("givenname", Column.FIRST_NAME),
			Map.entry("nachname", Column.LAST_NAME), Map.entry("familienname", Column.LAST_NAME),
			Map.entry("lastname", Column.LAST_NAME), Map.entry("surname", Column.LAST_NAME),
			Map.entry("email", Column.EMAIL), Map.entry("emailadresse", Column.EMAIL),
			Map.entry("emailaddress", Column.EMAIL), Map.entry("mail", Column.EMAIL),
			Map.entry("mailadresse", Column.EMAIL), Map.entry("organisation", Column.ORGANISATION),
			Map.entry("organization", Column.ORGANISATION), Map.entry("institution", Column.ORGANISATION),
			Map.entry("einrichtung", Column.ORGANISATION), Map.entry("sprache", Column.LANGUAGE),
			Map.entry("language", Column.LANGUAGE));

	private InviteeList() {
	}

	/**
	 * A person of the list, checked: name, a valid address (lower case), organisation or
	 * null, language.
	 */
	record Row(long line, String name, String email, String organisation, MailLanguage language) {
	}

	/**
	 * What is wrong with one line: a message key with the line number ({0}) and the value
	 * in question ({1}).
	 */
	record Problem(long line, String messageKey, String value) {
	}

	record Parsed(List<Row> rows, List<Problem> problems) {
	}

	/**
	 * The text of an uploaded file. Refuses an empty file and one that is not text (a
	 * spreadsheet, a PDF) with a message key, before anything is read as a list.
	 */
	static String text(byte[] bytes, String fileName) {
		if (bytes.length == 0) {
			throw new RegistrationRefusedException("event.invitees.fileEmpty");
		}
		if (!hasTextExtension(fileName)) {
			throw new RegistrationRefusedException("event.invitees.notCsv");
		}
		String text = decode(bytes);
		if (!isText(text)) {
			throw new RegistrationRefusedException("event.invitees.notCsv");
		}
		if (text.isBlank()) {
			throw new RegistrationRefusedException("event.invitees.fileEmpty");
		}
		return text;
	}

	/**
	 * Decodes a file by its byte order mark; without one as UTF-8 if it is valid UTF-8,
	 * otherwise as Windows-1252 (which reads ISO-8859-1 the same for every letter, and
	 * also knows "€" and the typographic quotes).
	 */
	static String decode(byte[] bytes) {
		if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
			return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
		}
		if (startsWith(bytes, 0xFF, 0xFE)) {
			return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
		}
		if (startsWith(bytes, 0xFE, 0xFF)) {
			return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
		}
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
		}
		catch (CharacterCodingException notUtf8) {
			return new String(bytes, WINDOWS_1252);
		}
	}

	/**
	 * Reads the lines of a list; refuses text that is not CSV with
	 * {@code event.invitees.unreadable}.
	 */
	static Parsed parse(String text) {
		String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
		List<Row> rows = new ArrayList<>();
		List<Problem> problems = new ArrayList<>();
		try (CSVParser parser = CSVFormat.DEFAULT.builder()
			.setDelimiter(delimiter(content))
			// empty lines are skipped below, so that the parser counts every line
			.setIgnoreEmptyLines(false)
			.setTrim(true)
			.get()
			.parse(new StringReader(content))) {
			Columns columns = null;
			Iterator<CSVRecord> records = parser.iterator();
			while (true) {
				long line = parser.getCurrentLineNumber() + 1;
				if (!records.hasNext()) {
					break;
				}
				CSVRecord record = records.next();
				if (record.stream().allMatch(String::isBlank)) {
					continue;
				}
				if (columns == null) {
					columns = Columns.of(record);
					if (columns.heading()) {
						continue;
					}
				}
				read(record, line, columns, rows, problems);
			}
		}
		catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException ex) {
			throw new RegistrationRefusedException("event.invitees.unreadable");
		}
		return new Parsed(rows, problems);
	}

	private static void read(CSVRecord record, long line, Columns columns, List<Row> rows, List<Problem> problems) {
		String name = columns.name(record);
		String email = cell(record, columns.email()).toLowerCase(Locale.ROOT);
		String organisation = cell(record, columns.organisation());
		String languageCell = cell(record, columns.language());
		int before = problems.size();
		if (name.isEmpty()) {
			problems.add(new Problem(line, "event.invitees.row.nameMissing", ""));
		}
		else if (name.length() > MAX_NAME) {
			problems.add(new Problem(line, "event.invitees.row.nameTooLong", String.valueOf(MAX_NAME)));
		}
		if (email.isEmpty()) {
			problems.add(new Problem(line, "event.invitees.row.emailMissing", ""));
		}
		else if (email.length() > MAX_EMAIL || !EMAIL.matcher(email).matches()) {
			problems.add(new Problem(line, "event.invitees.row.emailInvalid", email));
		}
		if (organisation.length() > MAX_ORGANISATION) {
			problems.add(new Problem(line, "event.invitees.row.organisationTooLong", String.valueOf(MAX_ORGANISATION)));
		}
		Optional<MailLanguage> language = MailLanguage.parse(languageCell);
		if (language.isEmpty()) {
			problems.add(new Problem(line, "event.invitees.row.languageUnknown", languageCell));
		}
		if (problems.size() == before) {
			rows.add(new Row(line, name, email, organisation.isEmpty() ? null : organisation, language.get()));
		}
	}

	/**
	 * ";" if the first line has one (German Excel), else a tab (Excel's "Unicode text"),
	 * else ",".
	 */
	private static char delimiter(String content) {
		String firstLine = content.lines().filter(line -> !line.isBlank()).findFirst().orElse("");
		if (firstLine.indexOf(';') >= 0) {
			return ';';
		}
		return firstLine.indexOf('\t') >= 0 ? '\t' : ',';
	}

	private static boolean hasTextExtension(String fileName) {
		if (fileName == null) {
			return true;
		}
		String name = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
		int dot = name.lastIndexOf('.');
		return dot < 0 || TEXT_EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
	}

	/**
	 * Text has no control characters but tabs and line breaks; a spreadsheet or PDF read
	 * as text has many.
	 */
	private static boolean isText(String text) {
		return text.chars().noneMatch(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f');
	}

	private static boolean startsWith(byte[] bytes, int... prefix) {
		if (bytes.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if ((bytes[i] & 0xFF) != prefix[i]) {
				return false;
			}
		}
		return true;
	}

	private static String cell(CSVRecord record, int index) {
		return index >= 0 && index < record.size() ? record.get(index).strip() : "";
	}

	private enum Column {

		NAME, FIRST_NAME, LAST_NAME, EMAIL, ORGANISATION, LANGUAGE

	}

	/**
	 * Where the columns are. The first line is a heading if none of its cells is an
	 * address; its names place the columns if they name at least the address and the name
	 * (or first and last name).
	 */
	private record Columns(boolean heading, int name, int firstName, int lastName, int email, int organisation,
			int language) {

		static Columns of(CSVRecord first) {
			boolean heading = first.stream().noneMatch(cell -> cell.contains("@"));
			Columns inOrder = new Columns(heading, 0, -1, -1, 1, 2, 3);
			if (!heading) {
				return inOrder;
			}
			int[] index = { -1, -1, -1, -1, -1, -1 };
			for (int i = 0; i < first.size(); i++) {
				Column column = HEADINGS.get(first.get(i).toLowerCase(Locale.ROOT).replaceAll("[\\s_.:-]", ""));
				if (column != null && index[column.ordinal()] < 0) {
					index[column.ordinal()] = i;
				}
			}
			Columns named = new Columns(true, index[0], index[1], index[2], index[3], index[4], index[5]);
			boolean hasName = named.name >= 0 || named.firstName >= 0 || named.lastName >= 0;
			return named.email >= 0 && hasName ? named : inOrder;
		}

		String name(CSVRecord record) {
			if (name >= 0) {
				return cell(record, name);
			}
			return (cell(record, firstName) + " " + cell(record, lastName)).strip();
		}

	}

}
