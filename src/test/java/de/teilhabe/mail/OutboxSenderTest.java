package de.teilhabe.mail;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.support.TransactionTemplate;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * A mail server that is down loses no mail: the mail stays in the outbox with the error
 * and is sent on a later attempt, once; the scheduler is kept out of the way so the test
 * drives every attempt.
 */
@SpringBootTest(
		properties = { "teilhabe.demo.enabled=false", "spring.datasource.url=jdbc:h2:mem:outbox;DB_CLOSE_DELAY=-1",
				"spring.mail.host=localhost", "spring.mail.port=3127", "teilhabe.mail.send-interval=PT1H",
				"teilhabe.mail.first-retry=PT0S", "teilhabe.mail.max-attempts=3" })
class OutboxSenderTest {

	@Autowired
	MailOutbox outbox;

	@Autowired
	OutboxSender sender;

	@Autowired
	OutboxMailRepository repository;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void shouldKeepTheMailWhileTheServerIsDownAndSendItOnceItIsBack() throws Exception {
		String to = "down-" + System.nanoTime() + "@example.org";
		transactions.executeWithoutResult(status -> outbox.queue(new OutgoingMail(to, "Anmeldebestätigung", "Text")));

		assertThat(sender.sendDue()).isZero();
		OutboxMail failed = outbox.mailsTo(to).get(0);
		assertThat(failed.getStatus()).isEqualTo(MailStatus.PENDING);
		assertThat(failed.getAttempts()).isEqualTo(1);
		assertThat(failed.getLastError()).isNotBlank();

		GreenMail server = new GreenMail(new ServerSetup(3127, null, ServerSetup.PROTOCOL_SMTP));
		server.start();
		try {
			assertThat(sender.sendDue()).isEqualTo(1);
			assertThat(sender.sendDue()).isZero();
			assertThat(server.getReceivedMessages()).singleElement()
				.satisfies(mail -> assertThat(mail.getSubject()).isEqualTo("Anmeldebestätigung"));
		}
		finally {
			server.stop();
		}
		OutboxMail sent = outbox.mailsTo(to).get(0);
		assertThat(sent.getStatus()).isEqualTo(MailStatus.SENT);
		assertThat(sent.getAttempts()).isEqualTo(2);
		assertThat(sent.getLastError()).isNull();
	}

	@Test
	void shouldGiveUpAfterTheLastAttemptAndShowTheErrorInTheOutbox() {
		String to = "never-" + System.nanoTime() + "@example.org";
		transactions.executeWithoutResult(status -> outbox.queue(new OutgoingMail(to, "Erinnerung", "Text")));

		for (int attempt = 0; attempt < 5; attempt++) {
			sender.sendDue();
		}

		OutboxMail failed = outbox.mailsTo(to).get(0);
		assertThat(failed.getStatus()).isEqualTo(MailStatus.FAILED);
		assertThat(failed.getAttempts()).isEqualTo(3);
		assertThat(outbox.list(PageRequest.of(0, 10)).getContent()).extracting(OutboxMail::getRecipient).contains(to);
	}

}
