package de.teilhabe.survey;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;

/**
 * Signed answer tokens for the one-answer-per-browser cookie, and salted hashes:
 * HMAC-SHA256 with the configured secret, so every node of a cluster signs and checks
 * alike.
 */
@Component
class AnswerTokens {

	private final byte[] secret;

	private final SecureRandom random = new SecureRandom();

	AnswerTokens(SurveyProperties properties) {
		this.secret = properties.secret().getBytes(StandardCharsets.UTF_8);
	}

	/** A fresh token for one survey: random nonce and its signature. */
	String issue(long surveyId) {
		byte[] nonce = new byte[18];
		random.nextBytes(nonce);
		String value = Base64.getUrlEncoder().withoutPadding().encodeToString(nonce);
		return value + "." + hmac(surveyId + "|" + value);
	}

	/** Whether the token was signed here for this survey. */
	boolean valid(long surveyId, String token) {
		if (token == null) {
			return false;
		}
		int dot = token.indexOf('.');
		if (dot <= 0) {
			return false;
		}
		byte[] expected = hmac(surveyId + "|" + token.substring(0, dot)).getBytes(StandardCharsets.US_ASCII);
		return MessageDigest.isEqual(expected, token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII));
	}

	/**
	 * A one-way, salted hash of a value (the stored form of used tokens and
	 * fingerprints).
	 */
	String hash(String value) {
		return hmac("hash|" + value);
	}

	private String hmac(String value) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret, "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
