package de.teilhabe.event;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The registration list as CSV, the same for the coordinator's download and the list
 * mailed at the deadline: semicolon separated with a byte order mark, so that spreadsheet
 * programs read the umlauts as UTF-8.
 */
@Component
class RegistrationCsv {

	static final String CONTENT_TYPE = "text/csv; charset=UTF-8";

	private final MessageSource messages;

	private final Clock clock;

	RegistrationCsv(MessageSource messages, Clock clock) {
		this.messages = messages;
		this.clock = clock;
	}

	static String fileName(ParticipationEvent event) {
		return "anmeldungen-" + event.getId() + ".csv";
	}

	String csv(List<Registration> rows, Locale locale) {
		DateTimeFormatter time = DateTimeFormatter.ISO_LOCAL_DATE_TIME.withZone(clock.getZone());
		StringWriter writer = new StringWriter();
		writer.write('\uFEFF');
		try (CSVPrinter csv = new CSVPrinter(writer, CSVFormat.EXCEL.builder().setDelimiter(';').get())) {
			csv.printRecord(List
				.of("event.csv.number", "event.registration.name", "event.registration.email",
						"event.registration.organisation", "event.registration.participantGroup",
						"event.registration.workingGroup", "event.registration.accessibility", "event.cancel.status",
						"event.csv.checkedIn", "event.csv.registeredAt")
				.stream()
				.map(key -> messages.getMessage(key, null, locale))
				.toList());
			for (Registration r : rows) {
				csv.printRecord(r.getId(), r.getName(), r.getEmail(), r.getOrganisation(),
						messages.getMessage("event.group." + r.getParticipantGroup(), null, locale),
						r.getWorkingGroupPreference(), r.getAccessibilityNeeds(),
						messages.getMessage("event.state." + r.getStatus(), null, locale),
						messages.getMessage(r.isCheckedIn() ? "event.csv.yes" : "event.csv.no", null, locale),
						time.format(r.getRegisteredAt()));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return writer.toString();
	}

}
