package de.teilhabe.workinggroup;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import de.teilhabe.system.FormLists;

/**
 * Process_Participation, ServiceTask_CreateWorkingGroups: the collection of the working
 * groups' multi-instance.
 */
@Component
class CreateWorkingGroupsDelegate implements JavaDelegate {

	private final WorkingGroupService workingGroups;

	CreateWorkingGroupsDelegate(WorkingGroupService workingGroups) {
		this.workingGroups = workingGroups;
	}

	@Override
	public void execute(DelegateExecution execution) {
		List<NewWorkingGroup> requested = FormLists.entries(execution.getVariable("workingGroups"))
			.stream()
			.map(NewWorkingGroup::fromForm)
			.toList();
		List<Long> ids = new ArrayList<>();
		workingGroups.create((Long) execution.getVariable("participationId"), requested)
			.forEach(group -> ids.add(group.getId()));
		execution.setVariable("workingGroupIds", ids);
	}

}
