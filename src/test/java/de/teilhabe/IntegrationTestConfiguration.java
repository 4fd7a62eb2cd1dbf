package de.teilhabe;

import java.time.Clock;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

import de.teilhabe.event.EventFixtures;
import de.teilhabe.progress.FailingProbeDelegate;
import de.teilhabe.progress.StatementCounter;
import de.teilhabe.task.CommitsAndTaskLoads;

/**
 * The test beans of every integration test, in one place: one more bean imported by a
 * single test class would make that class a context of its own.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({ LeverkusenFixture.class, EventFixtures.class, CommitsAndTaskLoads.class })
public class IntegrationTestConfiguration {

	/** The service task of the progress tests' failing probe process. */
	@Bean
	FailingProbeDelegate failingProbeDelegate() {
		return new FailingProbeDelegate();
	}

	/**
	 * The clock every bean gets instead of the system's, so that a test can stop it and
	 * move it forward (e.g. past a sign-in delay) instead of sleeping.
	 */
	@Bean
	@Primary
	TestClock testClock(@Qualifier("clock") Clock clock) {
		return new TestClock(clock);
	}

	/** Counts the statements on this context's connections, when asked to. */
	@Bean
	static StatementCounter statementCounter() {
		return new StatementCounter();
	}

}
