package de.teilhabe.task;

/** The task is gone: completed by someone else, or never existed. */
public class TaskNotFoundException extends RuntimeException {

	public TaskNotFoundException(String taskId) {
		super("No open task " + taskId);
	}

}
