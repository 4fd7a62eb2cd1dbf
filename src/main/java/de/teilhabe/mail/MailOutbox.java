package de.teilhabe.mail;

import java.time.Clock;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The only way to send mail: a mail is stored in the caller's transaction, so it exists
 * exactly when the change that caused it was committed, and {@link OutboxSender} sends it
 * afterwards.
 */
@Service
public class MailOutbox {

	private final OutboxMailRepository repository;

	private final Clock clock;

	MailOutbox(OutboxMailRepository repository, Clock clock) {
		this.repository = repository;
		this.clock = clock;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void queue(OutgoingMail mail) {
		repository.save(new OutboxMail(mail, clock.instant()));
	}

	@Transactional(readOnly = true)
	public Page<OutboxMail> list(Pageable page) {
		return repository.findAllByOrderByIdDesc(page);
	}

	@Transactional(readOnly = true)
	public List<OutboxMail> mailsTo(String recipient) {
		return repository.findByRecipientOrderById(recipient);
	}

}
