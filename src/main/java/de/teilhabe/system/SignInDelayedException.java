package de.teilhabe.system;

import java.time.Duration;

import org.springframework.security.authentication.BadCredentialsException;

/**
 * A sign-in that failed, for whatever reason (wrong password, unknown user, or still
 * waiting after failures): the one answer every failure gets, with the wait before the
 * next attempt may succeed.
 */
class SignInDelayedException extends BadCredentialsException {

	private final Duration wait;

	SignInDelayedException(Duration wait) {
		super("Sign-in failed or held back");
		this.wait = wait;
	}

	/** Whole seconds to wait, at least one. */
	long seconds() {
		return Math.max(1, (wait.toMillis() + 999) / 1000);
	}

}
