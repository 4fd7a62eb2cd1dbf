package de.teilhabe.documentation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Process_Documentation, ServiceTask_PublishDocumentation, reached only after the
 * manager's approval; the service refuses all the same when the documentation does not
 * record that approval.
 */
@Component
class PublishDocumentationDelegate implements JavaDelegate {

	private final DocumentationService documentation;

	PublishDocumentationDelegate(DocumentationService documentation) {
		this.documentation = documentation;
	}

	@Override
	public void execute(DelegateExecution execution) {
		documentation.publish((Long) execution.getVariable("documentationId"));
	}

}
