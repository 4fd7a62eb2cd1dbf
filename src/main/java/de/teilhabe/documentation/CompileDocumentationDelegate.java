package de.teilhabe.documentation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Process_Documentation, ServiceTask_CompileDocumentation. */
@Component
class CompileDocumentationDelegate implements JavaDelegate {

	private final DocumentationService documentation;

	CompileDocumentationDelegate(DocumentationService documentation) {
		this.documentation = documentation;
	}

	@Override
	public void execute(DelegateExecution execution) {
		execution.setVariable("documentationId",
				documentation.compile((Long) execution.getVariable("participationId")).getId());
	}

}
