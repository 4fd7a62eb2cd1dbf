package de.teilhabe.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

/**
 * A closed loop of concurrent users: each thread repeats its action without pause, first
 * for a warm-up that is not counted, then for the measured time. What one user does is a
 * {@link Action}; a thrown exception counts as an error.
 */
final class Load {

	@FunctionalInterface
	interface Action {

		void run(long iteration) throws Exception;

	}

	/**
	 * Thrown by an action when its user has nothing left to do: the user stops, without
	 * an error.
	 */
	static final class Done extends RuntimeException {

		private static final long serialVersionUID = 1L;

		Done() {
			super(null, null, false, false);
		}

	}

	private Load() {
	}

	static Latencies run(int users, Duration warmUp, Duration measured, IntFunction<Action> actionOfUser) {
		List<Action> actions = new ArrayList<>();
		for (int user = 0; user < users; user++) {
			actions.add(actionOfUser.apply(user));
		}
		long[][] samples = new long[users][];
		int[] counts = new int[users];
		AtomicLong errors = new AtomicLong();
		CountDownLatch start = new CountDownLatch(1);
		List<Thread> threads = new ArrayList<>();
		long[] window = new long[2];
		for (int user = 0; user < users; user++) {
			int index = user;
			samples[index] = new long[1 << 16];
			Thread thread = new Thread(() -> {
				try {
					start.await();
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					return;
				}
				long iteration = 0;
				while (true) {
					long begin = System.nanoTime();
					if (begin >= window[1]) {
						return;
					}
					boolean failed = false;
					try {
						actions.get(index).run(iteration++);
					}
					catch (Done done) {
						return;
					}
					catch (Exception ex) {
						failed = true;
						if (errors.incrementAndGet() <= 3) {
							System.err.println("BENCH error: " + ex);
						}
					}
					long end = System.nanoTime();
					if (begin >= window[0] && end <= window[1]) {
						if (failed) {
							continue;
						}
						if (counts[index] == samples[index].length) {
							samples[index] = java.util.Arrays.copyOf(samples[index], counts[index] * 2);
						}
						samples[index][counts[index]++] = end - begin;
					}
				}
			}, "bench-user-" + user);
			threads.add(thread);
			thread.start();
		}
		window[0] = System.nanoTime() + warmUp.toNanos();
		window[1] = window[0] + measured.toNanos();
		start.countDown();
		for (Thread thread : threads) {
			try {
				thread.join();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
		int total = 0;
		for (int count : counts) {
			total += count;
		}
		long[] all = new long[total];
		int at = 0;
		for (int user = 0; user < users; user++) {
			System.arraycopy(samples[user], 0, all, at, counts[user]);
			at += counts[user];
		}
		return new Latencies(all, errors.get(), measured.toNanos() / 1e9);
	}

}
