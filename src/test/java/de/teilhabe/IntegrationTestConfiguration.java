package de.teilhabe;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

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

	/** Counts the statements on this context's connections, when asked to. */
	@Bean
	static StatementCounter statementCounter() {
		return new StatementCounter();
	}

}
