package de.teilhabe.measure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Process_MeasureTracking, ServiceTask_ListResponsibleBodies: when the yearly request is
 * due, the responsible bodies that still have open measures, one report task each.
 * Measures without a body are asked about under one name.
 */
@Component
class ListResponsibleBodiesDelegate implements JavaDelegate {

	private final MeasureService measures;

	private final MessageSource messages;

	ListResponsibleBodiesDelegate(MeasureService measures, MessageSource messages) {
		this.measures = measures;
		this.messages = messages;
	}

	@Override
	public void execute(DelegateExecution execution) {
		List<String> bodies = new ArrayList<>();
		for (String body : measures.openByResponsibleBody((Long) execution.getVariable("participationId")).keySet()) {
			bodies.add(body.isEmpty() ? messages.getMessage("outcome.tracking.noBody", null, Locale.GERMAN) : body);
		}
		execution.setVariable("openResponsibleBodies", bodies);
	}

}
