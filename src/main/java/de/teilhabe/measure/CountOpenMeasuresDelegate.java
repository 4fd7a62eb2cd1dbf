package de.teilhabe.measure;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Process_MeasureTracking, ServiceTask_CountOpenMeasures. */
@Component
class CountOpenMeasuresDelegate implements JavaDelegate {

	private final MeasureService measures;

	CountOpenMeasuresDelegate(MeasureService measures) {
		this.measures = measures;
	}

	@Override
	public void execute(DelegateExecution execution) {
		execution.setVariable("openMeasureCount", measures.openCount((Long) execution.getVariable("participationId")));
	}

}
