package de.teilhabe.event;

import de.teilhabe.system.RefusedException;

/**
 * A registration, press RSVP, cancellation, check-in or invitation list that is not
 * possible; nothing was changed.
 */
public class RegistrationRefusedException extends RefusedException {

	RegistrationRefusedException(String messageKey) {
		super(messageKey);
	}

	private RegistrationRefusedException(String field, String messageKey) {
		super(messageKey, new Object[0], field);
	}

	/** Refused because of the value in this form field. */
	static RegistrationRefusedException onField(String field, String messageKey) {
		return new RegistrationRefusedException(field, messageKey);
	}

}
