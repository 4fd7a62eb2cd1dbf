package de.teilhabe.task;

import java.util.List;
import java.util.Map;

import de.teilhabe.form.FormView;

/**
 * Everything the task page shows, and what the current user may do with the task.
 * {@code candidateGroups} are the names of the groups the task is offered to;
 * {@code form} is the task's Camunda Form if the user may complete the task and it has
 * one, filled from the task's variables or from the draft the user saved
 * ({@code draftLoaded}); {@code names} are the display names of the people the page
 * mentions, by user id.
 */
public record TaskDetails(TaskView task, String processTitle, String phase, String workingGroup,
		List<String> candidateGroups, List<String> assignableUsers, List<HistoryEntry> history, boolean canClaim,
		boolean canUnclaim, boolean canAssign, boolean canSetDates, boolean canComplete, FormView form,
		boolean draftLoaded, Map<String, String> names) {

	/** The same page with the form as the user submitted it. */
	TaskDetails withForm(FormView submitted) {
		return new TaskDetails(task, processTitle, phase, workingGroup, candidateGroups, assignableUsers, history,
				canClaim, canUnclaim, canAssign, canSetDates, canComplete, submitted, false, names);
	}

}
