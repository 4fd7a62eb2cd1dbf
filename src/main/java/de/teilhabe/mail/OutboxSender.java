package de.teilhabe.mail;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends due mails of the outbox through Spring Mail, when a mail server is configured
 * ({@code spring.mail.host}); without one the outbox is the mailbox the administrator
 * reads. Every node runs it; a mail is claimed by a conditional update first, so it goes
 * out once. A failed attempt is retried later, waiting twice as long each time.
 */
@Component
class OutboxSender {

	private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

	private static final int BATCH = 20;

	/**
	 * A node that dies while sending leaves its claim; another node takes the mail over
	 * after this time.
	 */
	private static final Duration CLAIM = Duration.ofMinutes(5);

	private final OutboxMailRepository repository;

	private final ObjectProvider<JavaMailSender> mailSender;

	private final TransactionTemplate transactions;

	private final MailProperties properties;

	private final Clock clock;

	OutboxSender(OutboxMailRepository repository, ObjectProvider<JavaMailSender> mailSender,
			TransactionTemplate transactions, MailProperties properties, Clock clock) {
		this.repository = repository;
		this.mailSender = mailSender;
		this.transactions = transactions;
		this.properties = properties;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${teilhabe.mail.send-interval:PT10S}",
			initialDelayString = "${teilhabe.mail.send-interval:PT10S}")
	void sendScheduled() {
		sendDue();
	}

	/** Sends what is due now; returns how many mails were handed to the mail server. */
	int sendDue() {
		JavaMailSender sender = mailSender.getIfAvailable();
		if (sender == null) {
			return 0;
		}
		int sent = 0;
		Instant now = clock.instant();
		for (Long id : repository.findDue(now, PageRequest.of(0, BATCH))) {
			Boolean claimed = transactions.execute(status -> repository.claim(id, now, now.plus(CLAIM)) == 1);
			if (Boolean.TRUE.equals(claimed)) {
				sent += send(sender, id) ? 1 : 0;
			}
		}
		return sent;
	}

	private boolean send(JavaMailSender sender, long id) {
		OutboxMail mail = repository.findById(id).orElseThrow();
		String error = null;
		try {
			sender.send(toMime(sender, mail));
		}
		catch (MailException | MessagingException ex) {
			error = ex.getMessage();
			log.warn("Mail {} to {} not sent (attempt {}): {}", id, mail.getRecipient(), mail.getAttempts(), error);
		}
		String failure = error;
		transactions.executeWithoutResult(status -> {
			OutboxMail current = repository.findById(id).orElseThrow();
			if (failure == null) {
				current.sent(clock.instant());
			}
			else {
				current.failed(failure, clock.instant(), properties.firstRetry(), properties.maxAttempts());
			}
			repository.save(current);
		});
		return failure == null;
	}

	private MimeMessage toMime(JavaMailSender sender, OutboxMail mail) throws MessagingException {
		MimeMessage message = sender.createMimeMessage();
		MimeMessageHelper helper = new MimeMessageHelper(message, mail.getAttachment() != null,
				StandardCharsets.UTF_8.name());
		helper.setFrom(properties.from());
		helper.setTo(mail.getRecipient());
		helper.setSubject(mail.getSubject());
		helper.setText(mail.getBody(), false);
		if (mail.getAttachment() != null) {
			helper.addAttachment(mail.getAttachmentName(),
					new ByteArrayResource(mail.getAttachment().getBytes(StandardCharsets.UTF_8)),
					mail.getAttachmentType());
		}
		return message;
	}

}
