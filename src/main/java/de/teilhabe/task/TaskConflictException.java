package de.teilhabe.task;

import de.teilhabe.system.RefusedException;

/** Someone else changed the task at the same moment; nothing of this request was kept. */
public class TaskConflictException extends RefusedException {

	public TaskConflictException(String taskId, Throwable cause) {
		super("task.conflict", taskId);
		initCause(cause);
	}

}
