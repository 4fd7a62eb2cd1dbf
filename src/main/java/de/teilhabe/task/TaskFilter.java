package de.teilhabe.task;

/**
 * What the task list shows: whose tasks, of which process, phase and working group, how
 * urgent, matching which text, in which order. Bound from the list's query parameters, so
 * a filter is a bookmarkable (and savable) URL.
 */
public record TaskFilter(Scope scope, String process, String phase, Long workingGroup, Due due, String q, Sort sort,
		boolean desc) {

	public enum Scope {

		/** assigned to me */
		MINE,
		/** unassigned, in one of my groups */
		GROUPS,
		/** both, and (coordinators) every task of the processes they started */
		ALL

	}

	public enum Due {

		OVERDUE, THIS_WEEK, NONE

	}

	public enum Sort {

		DUE, CREATED, PRIORITY, PROCESS

	}

	public TaskFilter {
		scope = scope == null ? Scope.ALL : scope;
		sort = sort == null ? Sort.DUE : sort;
		process = blankToNull(process);
		phase = blankToNull(phase);
		q = blankToNull(q);
		if (q != null && q.length() > 200) {
			q = q.substring(0, 200);
		}
	}

	public static TaskFilter all() {
		return new TaskFilter(Scope.ALL, null, null, null, null, null, Sort.DUE, false);
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
