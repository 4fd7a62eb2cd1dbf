package de.teilhabe.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class TimelineEventTest {

	@Test
	void shouldCallStepsTheEngineRunsItselfAutomatic() {
		assertThat(event("serviceTask", null).automatic()).isTrue();
		assertThat(event("intermediateTimer", null).automatic()).isTrue();
		assertThat(event("boundaryTimer", null).automatic()).isTrue();
		assertThat(event("businessRuleTask", null).automatic()).isTrue();
		assertThat(event("userTask", null).automatic()).isFalse();
		assertThat(event("userTask", "ag-sprache").automatic()).isFalse();
		assertThat(event("callActivity", null).automatic()).isFalse();
	}

	private static ProgressDetail.Event event(String type, String user) {
		return new ProgressDetail.Event("Schritt", null, type, Instant.now(), null, user, false);
	}

}
