package de.teilhabe.task;

/** Someone else changed the task at the same moment; nothing of this request was kept. */
public class TaskConflictException extends RuntimeException {

	public TaskConflictException(String taskId, Throwable cause) {
		super("Task " + taskId + " was changed concurrently", cause);
	}

}
