package de.teilhabe.mail;

public enum MailStatus {

	/**
	 * Waiting to be sent, or to be read in the outbox when no mail server is configured.
	 */
	PENDING,
	/** Handed to the mail server. */
	SENT,
	/**
	 * Given up after the last attempt; the administrator sees the error in the outbox.
	 */
	FAILED

}
