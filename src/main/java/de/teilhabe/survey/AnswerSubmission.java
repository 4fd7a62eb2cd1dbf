package de.teilhabe.survey;

import java.util.List;
import java.util.Map;

/**
 * An answer as it arrives from the public form. {@code fingerprintSource} (address and
 * browser) is only hashed with a daily salt for the rate limit and never stored;
 * {@code cookieToken} is the browser's signed answer token.
 */
public record AnswerSubmission(String surveyToken, Map<String, List<String>> params, String cookieToken,
		String fingerprintSource, String honeypot) {
}
