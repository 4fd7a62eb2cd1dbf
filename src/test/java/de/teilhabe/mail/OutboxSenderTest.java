package de.teilhabe.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.support.TransactionTemplate;

import de.teilhabe.IntegrationTest;

/**
 * A mail server that is down loses no mail: the mail stays in the outbox with the error
 * and is sent on a later attempt, once. The test drives every attempt with a sender of
 * its own (mail server on a free port, no wait before a retry, three attempts) that sees
 * only the test's own mail: the shared context has no mail server, so its scheduled
 * sender leaves the outbox alone, and the other tests' mails stay where they are.
 */
@IntegrationTest
class OutboxSenderTest {

	@Autowired
	MailOutbox outbox;

	@Autowired
	OutboxMailRepository repository;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	Clock clock;

	/**
	 * Free when the test starts: a fixed port may be taken by another build on the
	 * machine.
	 */
	int port = freePort();

	@Test
	void shouldKeepTheMailWhileTheServerIsDownAndSendItOnceItIsBack() throws Exception {
		String to = "down-" + System.nanoTime() + "@example.org";
		transactions.executeWithoutResult(status -> outbox.queue(new OutgoingMail(to, "Anmeldebestätigung", "Text")));
		OutboxSender sender = senderOf(to);

		assertThat(sender.sendDue()).isZero();
		OutboxMail failed = outbox.mailsTo(to).get(0);
		assertThat(failed.getStatus()).isEqualTo(MailStatus.PENDING);
		assertThat(failed.getAttempts()).isEqualTo(1);
		assertThat(failed.getLastError()).isNotBlank();

		GreenMail server = new GreenMail(new ServerSetup(port, null, ServerSetup.PROTOCOL_SMTP));
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
		OutboxSender sender = senderOf(to);

		for (int attempt = 0; attempt < 5; attempt++) {
			sender.sendDue();
		}

		OutboxMail failed = outbox.mailsTo(to).get(0);
		assertThat(failed.getStatus()).isEqualTo(MailStatus.FAILED);
		assertThat(failed.getAttempts()).isEqualTo(3);
		assertThat(outbox.list(PageRequest.of(0, 10)).getContent()).extracting(OutboxMail::getRecipient).contains(to);
	}

	/** A sender whose outbox holds only the mails to this recipient. */
	private OutboxSender senderOf(String recipient) {
		JavaMailSenderImpl mailServer = new JavaMailSenderImpl();
		mailServer.setHost("localhost");
		mailServer.setPort(port);
		InvocationHandler ownMailsOnly = (proxy, method, args) -> {
			if (method.getName().equals("findDue")) {
				return repository.findDue((Instant) args[0], Pageable.unpaged())
					.stream()
					.filter(id -> repository.findById(id).orElseThrow().getRecipient().equals(recipient))
					.toList();
			}
			try {
				return method.invoke(repository, args);
			}
			catch (InvocationTargetException failed) {
				throw failed.getCause();
			}
		};
		OutboxMailRepository own = (OutboxMailRepository) Proxy.newProxyInstance(getClass().getClassLoader(),
				new Class<?>[] { OutboxMailRepository.class }, ownMailsOnly);
		return new OutboxSender(own,
				new StaticListableBeanFactory(Map.of("mailSender", mailServer)).getBeanProvider(JavaMailSender.class),
				transactions, new MailProperties("teilhabe@localhost", Duration.ofHours(1), 3, Duration.ZERO), clock);
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
