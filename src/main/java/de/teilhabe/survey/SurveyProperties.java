package de.teilhabe.survey;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param secret key of the HMAC that signs answer cookies and salts the daily
 * fingerprints; set it in production (the same on every node)
 * @param answersPerDay how many answers one fingerprint (salted hash of address and
 * browser) may send to one survey per day, against bulk abuse
 */
@ConfigurationProperties("teilhabe.survey")
record SurveyProperties(@DefaultValue("teilhabe-survey-development-secret") String secret,
		@DefaultValue("30") int answersPerDay) {
}
