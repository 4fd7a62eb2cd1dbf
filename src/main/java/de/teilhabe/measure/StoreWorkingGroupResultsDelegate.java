package de.teilhabe.measure;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import de.teilhabe.system.FormLists;

/** Process_WorkingGroup, ServiceTask_StoreResults. */
@Component
class StoreWorkingGroupResultsDelegate implements JavaDelegate {

	private final MeasureService measures;

	StoreWorkingGroupResultsDelegate(MeasureService measures) {
		this.measures = measures;
	}

	@Override
	public void execute(DelegateExecution execution) {
		int count = measures.recordResults((Long) execution.getVariable("workingGroupId"),
				FormLists.entries(execution.getVariable("goals")),
				FormLists.entries(execution.getVariable("measures")));
		execution.setVariable("measureCount", (long) count);
	}

}
