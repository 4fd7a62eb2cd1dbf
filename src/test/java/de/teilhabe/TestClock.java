package de.teilhabe;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The clock of every integration test's context: the system clock, until a test stops it
 * ({@link #stop()}) to move it forward itself instead of sleeping. A test that stops it
 * starts it again afterwards ({@link #run()}), so the other tests see real time.
 */
public final class TestClock extends Clock {

	private final Clock system = Clock.systemDefaultZone();

	private volatile Instant stopped;

	/** Holds the time where it is now. */
	public TestClock stop() {
		this.stopped = system.instant();
		return this;
	}

	/** Moves the stopped time forward. */
	public void advance(Duration duration) {
		if (stopped == null) {
			throw new IllegalStateException("stop() the clock before moving it");
		}
		this.stopped = stopped.plus(duration);
	}

	/** Back to the system's time. */
	public void run() {
		this.stopped = null;
	}

	@Override
	public Instant instant() {
		Instant now = stopped;
		return now != null ? now : system.instant();
	}

	@Override
	public ZoneId getZone() {
		return system.getZone();
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return system.withZone(zone);
	}

}
