package de.teilhabe.task;

import java.util.Date;

/** One line of the task list. */
public record TaskRow(String id, String name, String processTitle, String phase, String workingGroup, String assignee,
		Date created, Date due, Date followUp, int priority, boolean overdue) {
}
