package de.teilhabe.event;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Someone on an event's invitation list (Fachakteure, Rat, Ehrenamtliche, Presse ...).
 */
@Entity
@Table(name = "event_invitee")
public class Invitee {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long eventId;

	@Enumerated(EnumType.STRING)
	@Column(name = "invitee_group")
	private ParticipantGroup group;

	private String name;

	private String email;

	private String organisation;

	private LocalDate invitedFor;

	private Instant invitedAt;

	/**
	 * The language of the invitation: the list's language column, German if it has none.
	 */
	private String locale;

	protected Invitee() {
	}

	Invitee(long eventId, ParticipantGroup group, String name, String email, String organisation,
			MailLanguage language) {
		this.eventId = eventId;
		this.group = group;
		this.name = name;
		this.email = email;
		this.organisation = organisation;
		this.locale = language.tag();
	}

	boolean needsInvitationFor(LocalDate eventDate) {
		return !eventDate.equals(invitedFor);
	}

	void invited(LocalDate eventDate, Instant now) {
		this.invitedFor = eventDate;
		this.invitedAt = now;
	}

	public Long getId() {
		return id;
	}

	public ParticipantGroup getGroup() {
		return group;
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

	public Instant getInvitedAt() {
		return invitedAt;
	}

	/** The language the invitation is written in. */
	public Locale getLocale() {
		return language().locale();
	}

	MailLanguage language() {
		return MailLanguage.of(locale);
	}

}
