package de.teilhabe;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The clock of every integration test's context: the application's clock (the system's,
 * in the zone of {@code teilhabe.zone}), until a test stops it ({@link #stop()}) to move
 * it forward itself instead of sleeping. A test that stops it starts it again afterwards
 * ({@link #run()}), so the other tests see real time.
 */
public final class TestClock extends Clock {

	private final Clock system;

	private final AtomicReference<Instant> stopped;

	public TestClock(Clock system) {
		this(system, new AtomicReference<>());
	}

	private TestClock(Clock system, AtomicReference<Instant> stopped) {
		this.system = system;
		this.stopped = stopped;
	}

	/** Holds the time where it is now. */
	public TestClock stop() {
		stopped.set(system.instant());
		return this;
	}

	/** Moves the stopped time forward. */
	public void advance(Duration duration) {
		if (stopped.get() == null) {
			throw new IllegalStateException("stop() the clock before moving it");
		}
		stopped.updateAndGet(now -> now.plus(duration));
	}

	/** Back to the system's time. */
	public void run() {
		stopped.set(null);
	}

	@Override
	public Instant instant() {
		Instant now = stopped.get();
		return now != null ? now : system.instant();
	}

	@Override
	public ZoneId getZone() {
		return system.getZone();
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return new TestClock(system.withZone(zone), stopped);
	}

}
