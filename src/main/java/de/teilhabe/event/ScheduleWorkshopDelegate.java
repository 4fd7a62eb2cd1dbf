package de.teilhabe.event;

import java.time.Clock;
import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import de.teilhabe.system.FormValues;

/** Process_Workshop, ServiceTask_ScheduleWorkshop. */
@Component
class ScheduleWorkshopDelegate implements JavaDelegate {

	private final EventService events;

	private final Clock clock;

	ScheduleWorkshopDelegate(EventService events, Clock clock) {
		this.events = events;
		this.clock = clock;
	}

	@Override
	public void execute(DelegateExecution execution) {
		LocalDate day = FormValues.day((String) execution.getVariable("workshopDate"));
		ParticipationEvent workshop = events.scheduleWorkshop((Long) execution.getVariable("participationId"),
				(String) execution.getVariable("workshopTitle"), day, (String) execution.getVariable("workshopVenue"));
		execution.setVariable("workshopId", workshop.getId());
		// Timer_WorkshopDay reads it: the start of the day in the zone of teilhabe.zone
		execution.setVariable("workshopStart", FormValues.timer(day.atStartOfDay(), clock.getZone()));
	}

}
