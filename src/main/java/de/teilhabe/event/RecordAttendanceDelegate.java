package de.teilhabe.event;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Process_Conference, ServiceTask_RecordAttendance. */
@Component
class RecordAttendanceDelegate implements JavaDelegate {

	private final EventService events;

	RecordAttendanceDelegate(EventService events) {
		this.events = events;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Number attendance = (Number) execution.getVariable("attendance");
		events.recordAttendance((Long) execution.getVariable("conferenceId"),
				attendance == null ? 0 : attendance.longValue());
	}

}
