package de.teilhabe.mail;

/**
 * A mail another module wants sent: plain text, optionally with one text attachment (e.g.
 * an iCal file).
 */
public record OutgoingMail(String recipient, String subject, String body, Attachment attachment) {

	public OutgoingMail(String recipient, String subject, String body) {
		this(recipient, subject, body, null);
	}

	public record Attachment(String name, String contentType, String content) {
	}

}
