package de.teilhabe.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;

import de.teilhabe.StoppedClock;
import de.teilhabe.PostgresTest;
import de.teilhabe.TestClock;

/**
 * On PostgreSQL, as in production with several nodes: simultaneous attempts at one
 * account, half of them on a second node, let exactly one password check through.
 */
@PostgresTest
@StoppedClock
class SignInThrottlePostgresTest {

	@Autowired
	SignInThrottle throttle;

	@Autowired
	DataSource dataSource;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	SignInProperties properties;

	@Autowired
	TestClock clock;

	@Test
	void shouldLetOneOfManySimultaneousAttemptsThroughOnAnyNode() throws Exception {
		SignInThrottle secondNode = new SignInThrottle(dataSource, transactionManager, properties, clock);
		String account = SignInUsers.uniqueId("gleichzeitig");
		for (int round = 0; round < 3; round++) {
			if (round > 0) {
				clock.advance(properties.delayAfter(round, 0));
			}
			assertThat(simultaneousClaims(account, throttle, secondNode)).as("round %d", round).isEqualTo(1);
		}
		assertThat(throttle.waitFor(account, null)).contains(Duration.ofSeconds(4));
		assertThat(secondNode.waitFor(account, null)).contains(Duration.ofSeconds(4));
		clock.advance(Duration.ofSeconds(4));
		assertThat(secondNode.claim(account, SignInUsers.address()).allowed()).isTrue();
		throttle.succeeded(account, null);
		assertThat(secondNode.waitFor(account, null)).isEmpty();
	}

	/** How many of 16 attempts from 16 addresses at once (8 per node) were allowed. */
	private int simultaneousClaims(String account, SignInThrottle first, SignInThrottle second) throws Exception {
		ExecutorService threads = Executors.newFixedThreadPool(16);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<Boolean>> claims = new ArrayList<>();
			for (int i = 0; i < 16; i++) {
				SignInThrottle node = i % 2 == 0 ? first : second;
				String address = SignInUsers.address();
				Callable<Boolean> claim = () -> {
					start.await();
					return node.claim(account, address).allowed();
				};
				claims.add(threads.submit(claim));
			}
			start.countDown();
			int allowed = 0;
			for (Future<Boolean> claim : claims) {
				allowed += claim.get(60, TimeUnit.SECONDS) ? 1 : 0;
			}
			return allowed;
		}
		finally {
			threads.shutdownNow();
		}
	}

}
