package de.teilhabe.workinggroup;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Process_WorkingGroup, ServiceTask_StoreResults. */
@Component
class StoreWorkingGroupResultsDelegate implements JavaDelegate {

	private final WorkingGroupService workingGroups;

	StoreWorkingGroupResultsDelegate(WorkingGroupService workingGroups) {
		this.workingGroups = workingGroups;
	}

	@Override
	public void execute(DelegateExecution execution) {
		int count = workingGroups.recordResults((Long) execution.getVariable("workingGroupId"),
				FormLists.entries(execution.getVariable("goals")),
				FormLists.entries(execution.getVariable("measures")));
		execution.setVariable("measureCount", (long) count);
	}

}
