package de.teilhabe.task;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.task.Task;

/**
 * Everything the task page shows, and what the current user may do with the task.
 * {@code candidateGroups} are the names of the groups the task is offered to;
 * {@code draft} is the form input the user saved for later, if they may complete the task
 * and saved any; {@code variables} are the variables the task sees (its own and its
 * process's), for its form.
 */
public record TaskDetails(Task task, String processTitle, String phase, String workingGroup,
		List<String> candidateGroups, List<String> assignableUsers, List<HistoryEntry> history, boolean canClaim,
		boolean canUnclaim, boolean canAssign, boolean canSetDates, boolean canComplete,
		Optional<Map<String, List<String>>> draft, Map<String, Object> variables) {
}
