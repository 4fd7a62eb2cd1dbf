package de.teilhabe.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import de.teilhabe.PostgresTest;
import de.teilhabe.survey.AnswerOutcome.Kind;

/**
 * The answering tests on PostgreSQL, plus the daily limit under simultaneous answers
 * (several nodes share it).
 */
@PostgresTest
class SurveyAnsweringPostgresTest extends SurveyAnsweringTests {

	@Test
	void shouldKeepTheDailyLimitWhenOneSenderAnswersManyTimesAtOnce() throws Exception {
		int senders = 12;
		List<String> tokens = IntStream.range(0, senders).mapToObj(i -> answers.issueToken(survey)).toList();
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(senders);
		try {
			List<Future<Kind>> outcomes = new ArrayList<>();
			for (String token : tokens) {
				outcomes.add(pool.submit(() -> {
					start.await();
					return send(answer(q(single), "kurz"), token, "one-crowded-sender").kind();
				}));
			}
			start.countDown();
			List<Kind> kinds = new ArrayList<>();
			for (Future<Kind> outcome : outcomes) {
				kinds.add(outcome.get(60, TimeUnit.SECONDS));
			}
			assertThat(kinds).filteredOn(k -> k == Kind.STORED).hasSize(5);
			assertThat(kinds).filteredOn(k -> k == Kind.RATE_LIMITED).hasSize(senders - 5);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(storedResponses()).isEqualTo(5);
		assertThat(surveys.get(survey.getId()).getResponseCount()).isEqualTo(5);
	}

}
