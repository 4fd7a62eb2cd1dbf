package de.teilhabe.event;

import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param baseUrl the address of Teilhabe as registrants reach it, for the links in mails
 * @param retention how long registrants' personal data is kept after the documentation
 * was published
 * @param reminderDaysBefore how many days before the conference the registrants are
 * reminded
 */
@ConfigurationProperties("teilhabe.event")
record EventProperties(@DefaultValue("http://localhost:8080") String baseUrl, @DefaultValue("P6M") Period retention,
		@DefaultValue("3") int reminderDaysBefore) {
}
