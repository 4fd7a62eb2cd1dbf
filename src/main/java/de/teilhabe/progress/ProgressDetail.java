package de.teilhabe.progress;

import java.time.Instant;
import java.util.List;

/**
 * One process in depth. A working-group lead gets only {@code workingGroups} and their tasks ({@code whole} false);
 * everyone else who may see the process gets all of it.
 */
record ProgressDetail(ProgressRow process, boolean whole, List<Diagram> diagrams, List<Failure> failures,
		List<OpenTask> openTasks, Timeline timeline, List<GroupPart> workingGroups, List<Long> surveyIds) {

	/** A process model with every named step and its state; the diagram marks the same states. */
	record Diagram(String definitionId, String name, List<Step> steps) {

		String idsIn(StepState state) {
			return String.join(" ",
					steps.stream().filter(step -> step.state() == state).map(Step::activityId).toList());
		}

	}

	enum StepState {

		FINISHED, ACTIVE, FAILED, OPEN

	}

	record Step(String activityId, String name, StepState state) {
	}

	/** A failed step (incident): where, when, why, and the job an administrator can retry. */
	record Failure(String incidentId, String activityName, String message, Instant at, String jobId) {
	}

	record OpenTask(String id, String name, String assignee, List<String> groups, Instant due, boolean overdue) {
	}

	record Timeline(List<Event> events, int page, int size, long total) {

		int totalPages() {
			return (int) ((total + size - 1) / size);
		}

		boolean hasNext() {
			return page + 1 < totalPages();
		}

		boolean hasPrevious() {
			return page > 0;
		}

	}

	/** One step the engine recorded: when it started and ended, in which phase, and who did it. */
	record Event(String name, String phase, String type, Instant started, Instant ended, String user, boolean canceled) {
	}

	record GroupPart(long id, String name, String topic, String lead, String status, long measures) {

		String candidateGroup() {
			return "wg-" + id;
		}

	}

}
