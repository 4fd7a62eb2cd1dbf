package de.teilhabe.event;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.teilhabe.system.NotFoundException;

/**
 * Invitation lists per group, imported from CSV (see {@link InviteeList}), the
 * invitations the conference process sends, and the reminders before the event; each mail
 * in the language of its recipient.
 */
@Service
public class InvitationService {

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

	/**
	 * Imports the lines of an invitation list (see {@link InviteeList}). A line with a
	 * missing name, a bad address or an unknown language refuses the whole import, naming
	 * every such line; an address already on one of the event's lists (or twice in this
	 * one) is skipped and counted.
	 */
	@Transactional
	public Imported importCsv(long eventId, ParticipantGroup group, String csv) {
		// the event's row lock keeps two imports of the same address from passing the
		// check at once
		events.lockById(eventId).orElseThrow(() -> new NotFoundException("event", eventId));
		InviteeList.Parsed list = InviteeList.parse(csv);
		if (!list.problems().isEmpty()) {
			return new Imported(0, 0, list.problems());
		}
		if (list.rows().isEmpty()) {
			throw new RegistrationRefusedException("event.invitees.noRows");
		}
		List<Invitee> valid = new ArrayList<>();
		Set<String> addresses = new HashSet<>();
		int duplicates = 0;
		for (InviteeList.Row row : list.rows()) {
			if (!addresses.add(row.email()) || invitees.existsByEventIdAndEmail(eventId, row.email())) {
				duplicates++;
			}
			else {
				valid.add(new Invitee(eventId, group, row.name(), row.email(), row.organisation(), row.language()));
			}
		}
		invitees.saveAll(valid);
		return new Imported(valid.size(), duplicates, List.of());
	}

	/**
	 * Imports a list as {@link #importCsv} does; a refusal names the form field the list
	 * came in.
	 */
	@Transactional
	Imported importList(long eventId, ParticipantGroup group, String csv, String field) {
		try {
			return importCsv(eventId, group, csv);
		}
		catch (RegistrationRefusedException refused) {
			throw RegistrationRefusedException.onField(field, refused.messageKey());
		}
	}

	@Transactional(readOnly = true)
	public List<Invitee> inviteesOf(long eventId) {
		return invitees.findByEventIdOrderByGroupAscNameAsc(eventId);
	}

	/**
	 * Invites everyone not yet invited to the event's current date (again after a
	 * postponement).
	 */
	@Transactional
	public int sendInvitations(long eventId) {
		ParticipationEvent event = events.lockById(eventId).orElseThrow(() -> new NotFoundException("event", eventId));
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
		ParticipationEvent event = events.lockById(eventId).orElseThrow(() -> new NotFoundException("event", eventId));
		int sent = 0;
		for (Registration registration : registrations.findByEventIdOrderById(eventId)) {
			if (registration.getStatus() == RegistrationState.CONFIRMED && registration.getEmail() != null) {
				mails.reminder(event, registration);
				sent++;
			}
		}
		return sent;
	}

	/**
	 * How many were added and how many skipped as already listed; or, if any, the
	 * problems and nothing added.
	 */
	public record Imported(int added, int duplicates, List<InviteeList.Problem> problems) {
	}

}
