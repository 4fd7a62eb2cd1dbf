package de.teilhabe.bench;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A thousand people send the registration form of one conference at the same moment, each
 * from their own browser that opened the event page before: one thread per person,
 * released together.
 */
final class RegistrationBurst {

	record Result(double drainMillis, double perSecond, double p95Millis, long confirmed, long waitlisted) {
	}

	private final int port;

	private final JdbcTemplate jdbc;

	RegistrationBurst(int port, JdbcTemplate jdbc) {
		this.port = port;
		this.jdbc = jdbc;
	}

	Result run(long eventId, int people) throws Exception {
		String page = "/public/events/" + eventId;
		List<WebUser> browsers = new ArrayList<>();
		List<String> tokens = new ArrayList<>();
		for (int i = 0; i < people; i++) {
			WebUser browser = new WebUser(port, "Mozilla/5.0 (bench person " + i + ")");
			tokens.add(WebUser.csrfOf(browser.page(page)));
			browsers.add(browser);
		}
		CountDownLatch ready = new CountDownLatch(people);
		CountDownLatch go = new CountDownLatch(1);
		long[] nanos = new long[people];
		ExecutorService threads = Executors.newFixedThreadPool(people);
		List<Future<Integer>> statuses = new ArrayList<>();
		try {
			for (int i = 0; i < people; i++) {
				int person = i;
				statuses.add(threads.submit(() -> {
					ready.countDown();
					go.await();
					long begin = System.nanoTime();
					HttpResponse<String> response = browsers.get(person)
						.post(page + "/registrations",
								Map.of("name", List.of("Person " + person), "email",
										List.of("person" + person + "@bench.example"), "organisation",
										List.of("Verein " + person % 50), "participantGroup", List.of("FACHAKTEUR"),
										"consent", List.of("true"), "_csrf", List.of(tokens.get(person))));
					nanos[person] = System.nanoTime() - begin;
					return response.statusCode();
				}));
			}
			ready.await();
			long start = System.nanoTime();
			go.countDown();
			for (Future<Integer> status : statuses) {
				if (status.get() != 302) {
					throw new IllegalStateException("A registration was answered with " + status.get());
				}
			}
			double drain = (System.nanoTime() - start) / 1e6;
			long[] sorted = nanos.clone();
			Arrays.sort(sorted);
			double p95 = sorted[(int) Math.ceil(0.95 * people) - 1] / 1e6;
			return new Result(drain, people / (drain / 1000), p95, count(eventId, "CONFIRMED"),
					count(eventId, "WAITLISTED"));
		}
		finally {
			threads.shutdown();
		}
	}

	private long count(long eventId, String status) {
		return jdbc.queryForObject("select count(*) from event_registration where event_id = ? and status = ?",
				Long.class, eventId, status);
	}

}
