package de.teilhabe.documentation;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Process_Documentation, UserTask_EditDocumentation (complete): the texts go into the
 * draft for the preview.
 */
@Component
class StoreDocumentationTextsTaskListener implements TaskListener {

	private final DocumentationService documentation;

	StoreDocumentationTextsTaskListener(DocumentationService documentation) {
		this.documentation = documentation;
	}

	@Override
	public void notify(DelegateTask task) {
		documentation.edit((Long) task.getVariable("documentationId"), (String) task.getVariable("foreword"),
				(String) task.getVariable("closingRemarks"));
	}

}
