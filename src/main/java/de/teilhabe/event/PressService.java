package de.teilhabe.event;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.teilhabe.system.NotFoundException;

/**
 * RSVPs for the press appointment. They are kept apart from the registrations and never
 * take a place: the press list is the coordinator's, not the capacity's. Journalists may
 * answer until the day of the event (they often decide late), but only if the event has a
 * press appointment.
 */
@Service
public class PressService {

	private final EventRepository events;

	private final PressRsvpRepository rsvps;

	private final EventMails mails;

	private final Clock clock;

	PressService(EventRepository events, PressRsvpRepository rsvps, EventMails mails, Clock clock) {
		this.events = events;
		this.rsvps = rsvps;
		this.mails = mails;
		this.clock = clock;
	}

	/** Whether the press RSVP form is open for this event today. */
	boolean acceptsRsvps(ParticipationEvent event) {
		return event.getPressAppointment() != null && !event.getEventDate().isBefore(LocalDate.now(clock));
	}

	/**
	 * Records a journalist's RSVP and sends the confirmation; one per address and event.
	 */
	@Transactional
	public PressRsvp rsvp(long eventId, String name, String medium, String email, Locale locale) {
		// the event's row lock keeps two RSVPs with the same address from passing the
		// check at once
		ParticipationEvent event = events.lockById(eventId).orElseThrow(() -> new NotFoundException("event", eventId));
		if (!acceptsRsvps(event)) {
			throw new RegistrationRefusedException("event.pressRsvp.closed");
		}
		if (rsvps.existsByEventIdAndEmailKey(eventId, PressRsvp.emailKey(email))) {
			throw RegistrationRefusedException.onField("email", "event.pressRsvp.duplicate");
		}
		PressRsvp rsvp = rsvps.save(new PressRsvp(eventId, name, medium, email, clock.instant()));
		mails.pressRsvp(event, rsvp, locale);
		return rsvp;
	}

	@Transactional(readOnly = true)
	public List<PressRsvp> rsvpsOf(long eventId) {
		return rsvps.findByEventIdOrderById(eventId);
	}

}
