package de.teilhabe.documentation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Process_Documentation, ServiceTask_PublishDocumentation, reached only after the manager's approval. */
@Component
class PublishDocumentationDelegate implements JavaDelegate {

	private final DocumentationService documentation;

	PublishDocumentationDelegate(DocumentationService documentation) {
		this.documentation = documentation;
	}

	@Override
	public void execute(DelegateExecution execution) {
		documentation.publish((Long) execution.getVariable("documentationId"),
				(String) execution.getVariable("foreword"), (String) execution.getVariable("closingRemarks"));
	}

}
