package de.teilhabe.system;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * What a new password must be, after current guidance (NIST SP 800-63B, BSI): long rather
 * than composed of character classes, not the user name, not one of the passwords
 * everyone tries first.
 */
@Component
public class PasswordPolicy {

	public static final int MIN_LENGTH = 12;

	public static final int MAX_LENGTH = 128;

	private final Set<String> common;

	PasswordPolicy() {
		this.common = load("security/common-passwords.txt");
	}

	/**
	 * The message key of the first rule the password breaks ({@code password.tooShort},
	 * {@code password.tooLong}, {@code password.userName}, {@code password.common}), or
	 * empty when it follows them all. Length counts characters as a person types them.
	 */
	public Optional<String> violation(String userId, String password) {
		if (password == null) {
			return Optional.of("password.tooShort");
		}
		int length = password.codePointCount(0, password.length());
		if (length < MIN_LENGTH) {
			return Optional.of("password.tooShort");
		}
		if (length > MAX_LENGTH) {
			return Optional.of("password.tooLong");
		}
		String lower = password.strip().toLowerCase(Locale.ROOT);
		if (userId != null && !userId.isBlank() && lower.contains(userId.strip().toLowerCase(Locale.ROOT))) {
			return Optional.of("password.userName");
		}
		if (common.contains(lower)) {
			return Optional.of("password.common");
		}
		return Optional.empty();
	}

	private static Set<String> load(String resource) {
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8))) {
			return reader.lines()
				.filter(line -> !line.isEmpty() && !line.startsWith("#"))
				.map(line -> line.toLowerCase(Locale.ROOT))
				.collect(Collectors.toUnmodifiableSet());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
