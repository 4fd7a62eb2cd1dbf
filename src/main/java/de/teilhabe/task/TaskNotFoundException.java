package de.teilhabe.task;

import de.teilhabe.system.RefusedException;

/** The task is gone: completed by someone else, or never existed. */
public class TaskNotFoundException extends RefusedException {

	public TaskNotFoundException(String taskId) {
		super("task.gone", taskId);
	}

}
