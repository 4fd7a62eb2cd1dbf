package de.teilhabe.mail;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param from the sender address of every mail
 * @param sendInterval how often the outbox is looked at for due mails
 * @param maxAttempts after so many failed attempts a mail is marked failed
 * @param firstRetry the wait after the first failure; it doubles with every further
 * failure
 */
@ConfigurationProperties("teilhabe.mail")
record MailProperties(@DefaultValue("teilhabe@localhost") String from, @DefaultValue("PT10S") Duration sendInterval,
		@DefaultValue("8") int maxAttempts, @DefaultValue("PT1M") Duration firstRetry) {
}
