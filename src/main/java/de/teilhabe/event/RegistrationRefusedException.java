package de.teilhabe.event;

/**
 * A registration or cancellation that is not possible; nothing was changed. The reason is
 * a message key.
 */
public class RegistrationRefusedException extends RuntimeException {

	private final String messageKey;

	RegistrationRefusedException(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	public String getMessageKey() {
		return messageKey;
	}

}
