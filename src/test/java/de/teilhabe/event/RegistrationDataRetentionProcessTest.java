package de.teilhabe.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@Deployment(resources = "processes/registration-data-retention.bpmn")
class RegistrationDataRetentionProcessTest {

	@RegisterExtension
	static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension.builder()
		.assertClassCoverageAtLeast(1.0)
		.build();

	private final List<Long> anonymised = new ArrayList<>();

	@BeforeEach
	void mockDelegates() {
		Mocks.register("anonymiseRegistrantsDelegate",
				(JavaDelegate) execution -> anonymised.add((Long) execution.getVariable("participationId")));
	}

	@AfterEach
	void resetMocks() {
		Mocks.reset();
	}

	@Test
	void shouldAnonymiseTheRegistrantsWhenTheRetentionPeriodIsOver() {
		ProcessInstance pi = runtimeService().startProcessInstanceByKey("Process_RegistrationDataRetention",
				withVariables("participationId", 7L, "retentionPeriod", "P6M"));

		assertThat(pi).isWaitingAt("Timer_RetentionPeriod");
		assertThat(anonymised).isEmpty();
		assertThat(job().getDuedate().toInstant()).isAfter(Instant.now().plus(Duration.ofDays(180)));

		execute(job());

		assertThat(anonymised).containsExactly(7L);
		assertThat(pi).isEnded()
			.hasPassedInOrder("Timer_RetentionPeriod", "ServiceTask_AnonymiseRegistrants",
					"EndEvent_RegistrantsAnonymised");
	}

}
