package de.teilhabe.measure;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Process_Consolidation, ServiceTask_SumMeasureCosts: the input of the budget decision.
 */
@Component
class SumMeasureCostsDelegate implements JavaDelegate {

	private final MeasureService measures;

	SumMeasureCostsDelegate(MeasureService measures) {
		this.measures = measures;
	}

	@Override
	public void execute(DelegateExecution execution) {
		execution.setVariable("measuresTotalCost", measures.totalCost((Long) execution.getVariable("participationId")));
	}

}
