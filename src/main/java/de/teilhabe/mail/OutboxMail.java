package de.teilhabe.mail;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A mail in the outbox: stored with the change that caused it, sent afterwards, retried
 * with backoff.
 */
@Entity
@Table(name = "mail_outbox")
public class OutboxMail {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String recipient;

	private String subject;

	private String body;

	private String attachmentName;

	private String attachmentType;

	private String attachment;

	@Enumerated(EnumType.STRING)
	private MailStatus status;

	private int attempts;

	private Instant nextAttemptAt;

	private Instant claimedUntil;

	private String lastError;

	private Instant createdAt;

	private Instant sentAt;

	protected OutboxMail() {
	}

	OutboxMail(OutgoingMail mail, Instant now) {
		this.recipient = mail.recipient();
		this.subject = mail.subject();
		this.body = mail.body();
		if (mail.attachment() != null) {
			this.attachmentName = mail.attachment().name();
			this.attachmentType = mail.attachment().contentType();
			this.attachment = mail.attachment().content();
		}
		this.status = MailStatus.PENDING;
		this.nextAttemptAt = now;
		this.createdAt = now;
	}

	void sent(Instant now) {
		this.status = MailStatus.SENT;
		this.sentAt = now;
		this.claimedUntil = null;
		this.lastError = null;
	}

	void failed(String error, Instant now, Duration firstRetry, int maxAttempts) {
		this.lastError = error == null ? null : error.substring(0, Math.min(error.length(), 1000));
		this.claimedUntil = null;
		if (attempts >= maxAttempts) {
			this.status = MailStatus.FAILED;
		}
		else {
			this.nextAttemptAt = now.plus(firstRetry.multipliedBy(1L << Math.min(attempts - 1, 20)));
		}
	}

	public Long getId() {
		return id;
	}

	public String getRecipient() {
		return recipient;
	}

	public String getSubject() {
		return subject;
	}

	public String getBody() {
		return body;
	}

	public String getAttachmentName() {
		return attachmentName;
	}

	public String getAttachmentType() {
		return attachmentType;
	}

	public String getAttachment() {
		return attachment;
	}

	public MailStatus getStatus() {
		return status;
	}

	public int getAttempts() {
		return attempts;
	}

	public Instant getNextAttemptAt() {
		return nextAttemptAt;
	}

	public String getLastError() {
		return lastError;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getSentAt() {
		return sentAt;
	}

}
