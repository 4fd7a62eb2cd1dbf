package de.teilhabe.bench;

import java.util.Arrays;

/** Response times of one load run, in nanoseconds, and the requests that failed. */
final class Latencies {

	private final long[] nanos;

	private final long errors;

	private final double seconds;

	Latencies(long[] nanos, long errors, double seconds) {
		this.nanos = nanos.clone();
		Arrays.sort(this.nanos);
		this.errors = errors;
		this.seconds = seconds;
	}

	/** The p-th percentile (0 to 100) in milliseconds, by the nearest-rank method. */
	double percentileMillis(double p) {
		if (nanos.length == 0) {
			return Double.NaN;
		}
		int rank = (int) Math.ceil(p / 100.0 * nanos.length);
		return nanos[Math.min(Math.max(rank, 1), nanos.length) - 1] / 1e6;
	}

	int count() {
		return nanos.length;
	}

	long errors() {
		return errors;
	}

	double perSecond() {
		return nanos.length / seconds;
	}

	@Override
	public String toString() {
		return String.format("%d requests, %.1f/s, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, %d errors", count(),
				perSecond(), percentileMillis(50), percentileMillis(95), percentileMillis(99), errors);
	}

}
