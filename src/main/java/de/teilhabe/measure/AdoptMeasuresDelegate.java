package de.teilhabe.measure;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Process_MeasureTracking, ServiceTask_AdoptMeasures. */
@Component
class AdoptMeasuresDelegate implements JavaDelegate {

	private final MeasureService measures;

	private final MeasureProperties properties;

	AdoptMeasuresDelegate(MeasureService measures, MeasureProperties properties) {
		this.measures = measures;
		this.properties = properties;
	}

	@Override
	public void execute(DelegateExecution execution) {
		execution.setVariable("openMeasureCount", measures.adoptAll((Long) execution.getVariable("participationId")));
		execution.setVariable("measureReportInterval", properties.reportInterval().toString());
	}

}
