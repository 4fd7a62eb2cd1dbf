package de.teilhabe.event;

import java.io.IOException;
import java.io.StringReader;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invitation lists per group, imported from CSV (columns Name, E-Mail, Organisation; ";" or "," separated, with a
 * header line), the invitations the conference process sends, and the reminders before the event.
 */
@Service
public class InvitationService {

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

	private final EventRepository events;

	private final InviteeRepository invitees;

	private final RegistrationRepository registrations;

	private final EventMails mails;

	private final Clock clock;

	InvitationService(EventRepository events, InviteeRepository invitees, RegistrationRepository registrations,
			EventMails mails, Clock clock) {
		this.events = events;
		this.invitees = invitees;
		this.registrations = registrations;
		this.mails = mails;
		this.clock = clock;
	}

	/** Imports the lines of a CSV text; a line with a bad address refuses the whole import, naming the line. */
	@Transactional
	public Imported importCsv(long eventId, ParticipantGroup group, String csv) {
		events.findById(eventId).orElseThrow(() -> new EventNotFoundException(eventId));
		List<Invitee> valid = new ArrayList<>();
		List<Long> badLines = new ArrayList<>();
		int duplicates = 0;
		char delimiter = csv.lines().findFirst().orElse("").contains(";") ? ';' : ',';
		try (CSVParser parser = CSVFormat.DEFAULT.builder()
			.setDelimiter(delimiter)
			.setHeader()
			.setSkipHeaderRecord(true)
			.setIgnoreEmptyLines(true)
			.setTrim(true)
			.get()
			.parse(new StringReader(csv))) {
			for (CSVRecord record : parser) {
				String name = record.size() > 0 ? record.get(0) : "";
				String email = record.size() > 1 ? record.get(1).toLowerCase(Locale.ROOT) : "";
				String organisation = record.size() > 2 && !record.get(2).isBlank() ? record.get(2) : null;
				if (name.isBlank() || name.length() > 200 || !EMAIL.matcher(email).matches() || email.length() > 254) {
					badLines.add(record.getRecordNumber() + 1);
				}
				else if (invitees.existsByEventIdAndEmail(eventId, email)
						|| valid.stream().anyMatch(i -> i.getEmail().equals(email))) {
					duplicates++;
				}
				else {
					valid.add(new Invitee(eventId, group, name, email, organisation, MailLanguage.DE));
				}
			}
		}
		catch (IOException | IllegalArgumentException | IllegalStateException ex) {
			throw new RegistrationRefusedException("event.invitees.unreadable");
		}
		if (!badLines.isEmpty()) {
			return new Imported(0, duplicates, badLines);
		}
		invitees.saveAll(valid);
		return new Imported(valid.size(), duplicates, List.of());
	}

	@Transactional(readOnly = true)
	public List<Invitee> inviteesOf(long eventId) {
		return invitees.findByEventIdOrderByGroupAscNameAsc(eventId);
	}

	/** Invites everyone not yet invited to the event's current date (again after a postponement). */
	@Transactional
	public int sendInvitations(long eventId) {
		ParticipationEvent event = events.lockById(eventId).orElseThrow(() -> new EventNotFoundException(eventId));
		int sent = 0;
		for (Invitee invitee : invitees.findByEventIdOrderByGroupAscNameAsc(eventId)) {
			if (invitee.needsInvitationFor(event.getEventDate())) {
				mails.invitation(event, invitee);
				invitee.invited(event.getEventDate(), clock.instant());
				sent++;
			}
		}
		return sent;
	}

	/** Reminds everyone confirmed, with the event in their calendar once more. */
	@Transactional
	public int sendReminders(long eventId) {
		ParticipationEvent event = events.lockById(eventId).orElseThrow(() -> new EventNotFoundException(eventId));
		int sent = 0;
		for (Registration registration : registrations.findByEventIdOrderById(eventId)) {
			if (registration.getStatus() == RegistrationState.CONFIRMED && registration.getEmail() != null) {
				mails.reminder(event, registration);
				sent++;
			}
		}
		return sent;
	}

	public record Imported(int added, int duplicates, List<Long> badLines) {
	}

}
