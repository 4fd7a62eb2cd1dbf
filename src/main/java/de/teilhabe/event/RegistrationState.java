package de.teilhabe.event;

/** Where one registration stands. */
public enum RegistrationState {

	CONFIRMED, WAITLISTED, CANCELLED

}
