package de.teilhabe.event;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import de.teilhabe.system.FormValues;

/** Process_Workshop, ServiceTask_ScheduleWorkshop. */
@Component
class ScheduleWorkshopDelegate implements JavaDelegate {

	private final EventService events;

	ScheduleWorkshopDelegate(EventService events) {
		this.events = events;
	}

	@Override
	public void execute(DelegateExecution execution) {
		ParticipationEvent workshop = events.scheduleWorkshop((Long) execution.getVariable("participationId"),
				(String) execution.getVariable("workshopTitle"),
				FormValues.day((String) execution.getVariable("workshopDate")),
				(String) execution.getVariable("workshopVenue"));
		execution.setVariable("workshopId", workshop.getId());
	}

}
