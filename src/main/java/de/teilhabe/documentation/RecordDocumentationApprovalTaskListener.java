package de.teilhabe.documentation;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Process_Documentation, UserTask_ApproveDocumentation (complete): records who approved
 * and when, or the reason for sending it back. The task service claims a task for whoever
 * completes it, so the assignee is the manager.
 */
@Component
class RecordDocumentationApprovalTaskListener implements TaskListener {

	private final DocumentationService documentation;

	RecordDocumentationApprovalTaskListener(DocumentationService documentation) {
		this.documentation = documentation;
	}

	@Override
	public void notify(DelegateTask task) {
		long documentationId = (Long) task.getVariable("documentationId");
		if (Boolean.TRUE.equals(task.getVariable("documentationApproved"))) {
			documentation.approve(documentationId, task.getAssignee());
		}
		else {
			documentation.reject(documentationId, (String) task.getVariable("rejectionReason"));
		}
	}

}
