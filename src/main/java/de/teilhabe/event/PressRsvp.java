package de.teilhabe.event;

import java.time.Instant;
import java.util.Locale;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A journalist's RSVP for an event's press appointment; kept apart from the
 * registrations, it takes no place.
 */
@Entity
@Table(name = "event_press_rsvp")
public class PressRsvp {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long eventId;

	private String name;

	private String medium;

	private String email;

	private String emailKey;

	private Instant registeredAt;

	protected PressRsvp() {
	}

	PressRsvp(long eventId, String name, String medium, String email, Instant now) {
		this.eventId = eventId;
		this.name = name.strip();
		this.medium = medium.strip();
		this.email = email.strip();
		this.emailKey = emailKey(email);
		this.registeredAt = now;
	}

	/** The address as it identifies a person: case does not make another person. */
	static String emailKey(String email) {
		return email.strip().toLowerCase(Locale.ROOT);
	}

	public Long getId() {
		return id;
	}

	public long getEventId() {
		return eventId;
	}

	public String getName() {
		return name;
	}

	public String getMedium() {
		return medium;
	}

	public String getEmail() {
		return email;
	}

	public Instant getRegisteredAt() {
		return registeredAt;
	}

}
