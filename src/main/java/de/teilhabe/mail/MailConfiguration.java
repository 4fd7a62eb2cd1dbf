package de.teilhabe.mail;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The outbox sender runs on Spring's scheduler, on every node (a mail is claimed in the
 * database first).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class MailConfiguration {

}
