package de.teilhabe.event;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.teilhabe.system.NotFoundException;

/**
 * Registration for events: online (while open, until the deadline) or added by the
 * coordinator; capacity and waitlist, cancellation by personal link, promotion from the
 * waitlist, check-in. Every change of an event's counters happens under the lock of the
 * event's row, so the numbers hold with many requests on many nodes at once.
 */
@Service
public class RegistrationService {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final EventRepository events;

	private final RegistrationRepository registrations;

	private final InviteeRepository invitees;

	private final PressRsvpRepository pressRsvps;

	private final EventMails mails;

	private final Clock clock;

	RegistrationService(EventRepository events, RegistrationRepository registrations, InviteeRepository invitees,
			PressRsvpRepository pressRsvps, EventMails mails, Clock clock) {
		this.events = events;
		this.registrations = registrations;
		this.invitees = invitees;
		this.pressRsvps = pressRsvps;
		this.mails = mails;
		this.clock = clock;
	}

	/**
	 * Online registration on the public event page; {@code locale} is the page's
	 * language, in which the person gets every mail about the registration (German unless
	 * it is English).
	 */
	@Transactional
	public Registered register(long eventId, NewRegistration person, Locale locale) {
		return add(eventId, person, null, MailLanguage.of(locale));
	}

	/**
	 * The coordinator adds someone (also after the deadline); the person still gets the
	 * mail and the cancel link, in the language the coordinator chose for them.
	 */
	@Transactional
	public Registered addByCoordinator(long eventId, NewRegistration person, String coordinator, Locale locale) {
		return add(eventId, person, coordinator, MailLanguage.of(locale));
	}

	private Registered add(long eventId, NewRegistration person, String addedBy, MailLanguage language) {
		ParticipationEvent event = lock(eventId);
		if (addedBy == null && !event.acceptsRegistrations(now())) {
			throw new RegistrationRefusedException("event.registration.closed");
		}
		if (registrations.existsByEventIdAndEmailKey(eventId, person.emailKey())) {
			throw RegistrationRefusedException.onField("email", "event.registration.duplicate");
		}
		boolean confirmed = event.admitOne();
		String token = newToken();
		Registration registration = registrations
			.save(new Registration(eventId, person, language, confirmed, hash(token), addedBy, clock.instant()));
		mails.registered(event, registration, token);
		return new Registered(registration.getId(), registration.getStatus(), token);
	}

	/** The cancel page: whose registration the link is, without changing it. */
	@Transactional(readOnly = true)
	public Optional<Registration> byToken(String token) {
		return registrations.findByCancelToken(hash(token));
	}

	/** Cancellation through the personal link; a forged or used link changes nothing. */
	@Transactional
	public Registration cancel(String token) {
		String hash = hash(token);
		long eventId = registrations.findEventIdByCancelToken(hash)
			.orElseThrow(() -> new RegistrationRefusedException("event.cancel.invalid"));
		ParticipationEvent event = lock(eventId);
		Registration registration = registrations.findByCancelToken(hash).orElseThrow();
		if (registration.getStatus() == RegistrationState.CANCELLED) {
			throw new RegistrationRefusedException("event.cancel.already");
		}
		cancel(event, registration);
		return registration;
	}

	/** The coordinator cancels a registration from the list. */
	@Transactional
	public void cancelByCoordinator(long eventId, long registrationId) {
		ParticipationEvent event = lock(eventId);
		Registration registration = registrationOf(eventId, registrationId);
		if (registration.getStatus() == RegistrationState.CANCELLED) {
			throw new RegistrationRefusedException("event.cancel.already");
		}
		cancel(event, registration);
	}

	private void cancel(ParticipationEvent event, Registration registration) {
		boolean hadPlace = registration.getStatus() == RegistrationState.CONFIRMED;
		registration.cancel(clock.instant());
		if (hadPlace) {
			event.releasePlace();
			promoteWhilePlacesAreFree(event);
		}
		else {
			event.leaveWaitlist();
		}
		event.recordAttendance(registrations.countByEventIdAndCheckedInTrue(event.getId()));
		mails.cancelled(event, registration);
	}

	/**
	 * Fills free places from the waitlist, first come first served, and tells each
	 * promoted person in their own language: the promotion is someone else's doing (a
	 * cancellation, more places).
	 */
	void promoteWhilePlacesAreFree(ParticipationEvent event) {
		while (!event.isFull() && event.getWaitlistCount() > 0) {
			Registration next = registrations
				.findFirstByEventIdAndStatusOrderById(event.getId(), RegistrationState.WAITLISTED)
				.orElseThrow(() -> new IllegalStateException(
						"Waitlist count of event " + event.getId() + " does not match its registrations"));
			next.promote(clock.instant());
			event.promoteFromWaitlist();
			registrations.flush();
			mails.promoted(event, next);
		}
	}

	/** Check-in on the day; the event's attendance is the number of people checked in. */
	@Transactional
	public void checkIn(long eventId, long registrationId, boolean present) {
		ParticipationEvent event = lock(eventId);
		Registration registration = registrationOf(eventId, registrationId);
		try {
			registration.checkIn(present);
		}
		catch (IllegalStateException ex) {
			throw new RegistrationRefusedException("event.checkIn.notConfirmed");
		}
		registrations.flush();
		event.recordAttendance(registrations.countByEventIdAndCheckedInTrue(eventId));
	}

	@Transactional(readOnly = true)
	public List<Registration> registrationsOf(long eventId) {
		return registrations.findByEventIdOrderById(eventId);
	}

	/**
	 * The figures the documentation quotes: confirmed, waitlisted, cancelled, attended,
	 * and by participant group.
	 */
	@Transactional(readOnly = true)
	public Figures figures(long eventId) {
		ParticipationEvent event = events.findById(eventId).orElseThrow(() -> new NotFoundException("event", eventId));
		Map<ParticipantGroup, Long> confirmedByGroup = new EnumMap<>(ParticipantGroup.class);
		long cancelled = 0;
		for (Object[] row : registrations.countByGroupAndStatus(eventId)) {
			ParticipantGroup group = (ParticipantGroup) row[0];
			RegistrationState state = (RegistrationState) row[1];
			long count = (Long) row[2];
			if (state == RegistrationState.CONFIRMED) {
				confirmedByGroup.merge(group, count, Long::sum);
			}
			else if (state == RegistrationState.CANCELLED) {
				cancelled += count;
			}
		}
		return new Figures(event.getRegistrationCount(), event.getWaitlistCount(), cancelled,
				registrations.countByEventIdAndCheckedInTrue(eventId), event.getAttendance(), confirmedByGroup);
	}

	/**
	 * Deletes what names the registrants of a participation's events, the invitation
	 * lists and the press RSVPs; the counts stay. Returns how many registrations were
	 * anonymised.
	 */
	@Transactional
	public int anonymiseRegistrants(long participationId) {
		List<Long> eventIds = new ArrayList<>();
		for (ParticipationEvent event : events.findByParticipationIdOrderByEventDate(participationId)) {
			eventIds.add(event.getId());
		}
		if (eventIds.isEmpty()) {
			return 0;
		}
		List<Registration> personal = registrations.findByEventIdInAndAnonymisedAtIsNull(eventIds);
		personal.forEach(registration -> registration.anonymise(clock.instant()));
		invitees.deleteByEventIds(eventIds);
		pressRsvps.deleteByEventIds(eventIds);
		return personal.size();
	}

	private ParticipationEvent lock(long eventId) {
		return events.lockById(eventId).orElseThrow(() -> new NotFoundException("event", eventId));
	}

	private Registration registrationOf(long eventId, long registrationId) {
		return registrations.findById(registrationId)
			.filter(registration -> registration.getEventId() == eventId)
			.orElseThrow(() -> new RegistrationRefusedException("event.registration.unknown"));
	}

	private LocalDateTime now() {
		return LocalDateTime.now(clock);
	}

	/** 128 random bits: the personal cancel link. Only its hash is stored. */
	private static String newToken() {
		byte[] bytes = new byte[16];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	static String hash(String token) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public record Registered(long registrationId, RegistrationState status, String cancelToken) {
	}

	public record Figures(long confirmed, long waitlisted, long cancelled, long checkedIn, Long attendance,
			Map<ParticipantGroup, Long> confirmedByGroup) {
	}

}
