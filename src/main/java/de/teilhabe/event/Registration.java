package de.teilhabe.event;

import java.time.Instant;
import java.util.Locale;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One person's registration for an event: confirmed, on the waitlist or cancelled. */
@Entity
@Table(name = "event_registration")
public class Registration {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long eventId;

	@Enumerated(EnumType.STRING)
	private RegistrationState status;

	private String name;

	private String email;

	private String emailKey;

	private String organisation;

	@Enumerated(EnumType.STRING)
	private ParticipantGroup participantGroup;

	private String workingGroupPreference;

	private String accessibilityNeeds;

	private String cancelToken;

	private boolean checkedIn;

	private String addedBy;

	private Instant registeredAt;

	private Instant promotedAt;

	private Instant cancelledAt;

	private Instant anonymisedAt;

	/**
	 * The language of the registration page (or the one the coordinator chose): every
	 * mail to the person uses it.
	 */
	private String locale;

	protected Registration() {
	}

	Registration(long eventId, NewRegistration person, MailLanguage language, boolean confirmed, String cancelTokenHash,
			String addedBy, Instant now) {
		this.eventId = eventId;
		this.status = confirmed ? RegistrationState.CONFIRMED : RegistrationState.WAITLISTED;
		this.name = person.name().strip();
		this.email = person.email().strip();
		this.emailKey = person.emailKey();
		this.organisation = person.organisation();
		this.participantGroup = person.participantGroup();
		this.workingGroupPreference = person.workingGroupPreference();
		this.accessibilityNeeds = person.accessibilityNeeds();
		this.cancelToken = cancelTokenHash;
		this.addedBy = addedBy;
		this.registeredAt = now;
		this.locale = language.tag();
	}

	void cancel(Instant now) {
		if (status == RegistrationState.CANCELLED) {
			throw new IllegalStateException("Registration " + id + " is already cancelled");
		}
		this.status = RegistrationState.CANCELLED;
		this.cancelledAt = now;
		// the address may register again
		this.emailKey = null;
		this.checkedIn = false;
	}

	void promote(Instant now) {
		if (status != RegistrationState.WAITLISTED) {
			throw new IllegalStateException("Registration " + id + " is not on the waitlist");
		}
		this.status = RegistrationState.CONFIRMED;
		this.promotedAt = now;
	}

	void checkIn(boolean present) {
		if (present && status != RegistrationState.CONFIRMED) {
			throw new IllegalStateException("Only a confirmed registration can be checked in");
		}
		this.checkedIn = present;
	}

	/**
	 * Removes everything that names the person; status, group and check-in stay for the
	 * counts.
	 */
	void anonymise(Instant now) {
		this.name = null;
		this.email = null;
		this.emailKey = null;
		this.organisation = null;
		this.workingGroupPreference = null;
		this.accessibilityNeeds = null;
		this.cancelToken = null;
		this.anonymisedAt = now;
	}

	public Long getId() {
		return id;
	}

	public long getEventId() {
		return eventId;
	}

	public RegistrationState getStatus() {
		return status;
	}

	public String getName() {
		return name;
	}

	public String getEmail() {
		return email;
	}

	public String getOrganisation() {
		return organisation;
	}

	public ParticipantGroup getParticipantGroup() {
		return participantGroup;
	}

	public String getWorkingGroupPreference() {
		return workingGroupPreference;
	}

	public String getAccessibilityNeeds() {
		return accessibilityNeeds;
	}

	public boolean isCheckedIn() {
		return checkedIn;
	}

	public String getAddedBy() {
		return addedBy;
	}

	public Instant getRegisteredAt() {
		return registeredAt;
	}

	public Instant getPromotedAt() {
		return promotedAt;
	}

	public Instant getCancelledAt() {
		return cancelledAt;
	}

	public Instant getAnonymisedAt() {
		return anonymisedAt;
	}

	/** The language the person gets mails in. */
	public Locale getLocale() {
		return language().locale();
	}

	MailLanguage language() {
		return MailLanguage.of(locale);
	}

}
