package de.teilhabe.event;

public enum RegistrationStatus {

	/** The event takes no online registration (e.g. a workshop by invitation). */
	NONE, OPEN, CLOSED

}
