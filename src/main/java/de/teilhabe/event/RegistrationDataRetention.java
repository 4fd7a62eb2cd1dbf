package de.teilhabe.event;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import de.teilhabe.documentation.DocumentationPublished;

/**
 * Once a participation's documentation is published, its registrants' personal data has
 * served its purpose: starts the retention process, whose timer deletes it after the
 * configured period (an engine job, so once per cluster).
 */
@Component
class RegistrationDataRetention {

	static final String PROCESS_KEY = "Process_RegistrationDataRetention";

	private final RuntimeService runtime;

	private final EventProperties properties;

	RegistrationDataRetention(RuntimeService runtime, EventProperties properties) {
		this.runtime = runtime;
		this.properties = properties;
	}

	/**
	 * In the publishing transaction: the process starts exactly when the publication is
	 * committed.
	 */
	@EventListener
	void on(DocumentationPublished published) {
		runtime.startProcessInstanceByKey(PROCESS_KEY, "retention-" + published.participationId(),
				Variables.putValue("participationId", published.participationId())
					.putValue("retentionPeriod", properties.retention().toString()));
	}

}
