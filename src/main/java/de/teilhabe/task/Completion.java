package de.teilhabe.task;

import java.util.Optional;

/** What submitting a task's form came to. */
public sealed interface Completion {

	/**
	 * Nothing was completed: the submission was not valid, or added or removed a row.
	 * {@code page} is the task's page with the form as submitted, its errors next to
	 * their fields.
	 */
	record Invalid(TaskDetails page) implements Completion {
	}

	/**
	 * The task is completed; {@code nextTaskId} is the user's next task of the same
	 * process, if any.
	 */
	record Completed(String taskName, Optional<String> nextTaskId) implements Completion {
	}

}
