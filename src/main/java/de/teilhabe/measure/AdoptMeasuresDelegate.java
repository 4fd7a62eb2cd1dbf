package de.teilhabe.measure;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import de.teilhabe.council.CouncilService;
import de.teilhabe.council.Decision;

/** Process_MeasureTracking, ServiceTask_AdoptMeasures. */
@Component
class AdoptMeasuresDelegate implements JavaDelegate {

	private final MeasureService measures;

	private final MeasureProperties properties;

	private final CouncilService council;

	AdoptMeasuresDelegate(MeasureService measures, MeasureProperties properties, CouncilService council) {
		this.measures = measures;
		this.properties = properties;
		this.council = council;
	}

	@Override
	public void execute(DelegateExecution execution) {
		long participationId = (Long) execution.getVariable("participationId");
		boolean withChanges = council.finalDecision(participationId)
			.filter(decision -> decision.getDecision() == Decision.ADOPTED_WITH_CHANGES)
			.isPresent();
		execution.setVariable("openMeasureCount", measures.adopt(participationId, withChanges));
		execution.setVariable("measureReportInterval", properties.reportInterval().toString());
	}

}
