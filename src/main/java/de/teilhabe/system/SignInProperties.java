package de.teilhabe.system;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How wrong passwords slow down the next sign-in attempts.
 *
 * @param firstDelay wait after the first failure of an account, doubled with every
 * further failure ({@code TEILHABE_SIGN_IN_FIRST_DELAY})
 * @param maxDelay the longest wait, also for the right password
 * ({@code TEILHABE_SIGN_IN_MAX_DELAY})
 * @param freeFailuresPerAddress failures from one client address (any account) before its
 * attempts are slowed too: many people may share an office's address
 * @param forgetAfter failures older than this no longer count
 */
@ConfigurationProperties("teilhabe.sign-in")
record SignInProperties(@DefaultValue("PT1S") Duration firstDelay, @DefaultValue("PT5M") Duration maxDelay,
		@DefaultValue("10") int freeFailuresPerAddress, @DefaultValue("PT1H") Duration forgetAfter) {

	/** The wait after the given number of failures, of which {@code free} cost none. */
	Duration delayAfter(int failures, int free) {
		int counted = failures - free;
		if (counted <= 0) {
			return Duration.ZERO;
		}
		// 2^30 seconds is far beyond any sensible maximum; the shift must not overflow
		Duration delay = firstDelay.multipliedBy(1L << Math.min(counted - 1, 30));
		return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
	}

}
