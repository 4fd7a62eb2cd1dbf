package de.teilhabe.event;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Process_Workshop, ServiceTask_StoreWorkshopOutcome. */
@Component
class StoreWorkshopOutcomeDelegate implements JavaDelegate {

	private final EventService events;

	StoreWorkshopOutcomeDelegate(EventService events) {
		this.events = events;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Number participants = (Number) execution.getVariable("workshopParticipants");
		events.recordWorkshopOutcome((Long) execution.getVariable("workshopId"),
				(String) execution.getVariable("workshopOutcome"), participants == null ? 0 : participants.longValue());
	}

}
