package de.teilhabe.event;

import java.util.Locale;

/**
 * A person registering (online or added by the coordinator); already validated by the
 * form.
 */
public record NewRegistration(String name, String email, String organisation, ParticipantGroup participantGroup,
		String workingGroupPreference, String accessibilityNeeds) {

	/** The address as it identifies a person: case does not make another person. */
	String emailKey() {
		return email.strip().toLowerCase(Locale.ROOT);
	}

}
