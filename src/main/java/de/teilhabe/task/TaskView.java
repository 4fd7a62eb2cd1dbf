package de.teilhabe.task;

import java.util.Date;

import org.camunda.bpm.engine.task.Task;

/** A task as its page shows it; templates see this, not the engine's {@link Task}. */
public record TaskView(String id, String name, String description, String assignee, Date created, Date dueDate,
		Date followUpDate, boolean overdue) {

	static TaskView of(Task task, Date now) {
		return new TaskView(task.getId(), task.getName(), task.getDescription(), task.getAssignee(),
				task.getCreateTime(), task.getDueDate(), task.getFollowUpDate(),
				task.getDueDate() != null && task.getDueDate().before(now));
	}

}
