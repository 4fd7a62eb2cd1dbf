package de.teilhabe.progress;

import java.time.Instant;
import java.util.List;

/**
 * One process in depth. A working-group lead gets only {@code workingGroups} and their
 * tasks ({@code whole} false); everyone else who may see the process gets all of it.
 */
public record ProgressDetail(ProgressRow process, boolean whole, List<Diagram> diagrams, List<Failure> failures,
		List<OpenTask> openTasks, Timeline timeline, List<GroupPart> workingGroups, List<Long> surveyIds) {

	/**
	 * A process model with every named step and its state; the diagram marks the same
	 * states.
	 */
	public record Diagram(String definitionId, String name, List<Step> steps) {

		public String finishedIds() {
			return idsIn(StepState.FINISHED);
		}

		public String activeIds() {
			return idsIn(StepState.ACTIVE);
		}

		public String failedIds() {
			return idsIn(StepState.FAILED);
		}

		private String idsIn(StepState state) {
			return String.join(" ",
					steps.stream().filter(step -> step.state() == state).map(Step::activityId).toList());
		}

	}

	public enum StepState {

		FINISHED, ACTIVE, FAILED, OPEN

	}

	public record Step(String activityId, String name, StepState state) {
	}

	/**
	 * A failed step (incident): where, when, why, and the job an administrator can retry.
	 */
	public record Failure(String incidentId, String activityName, String message, Instant at, String jobId) {
	}

	public record OpenTask(String id, String name, String assignee, List<String> groups, Instant due, boolean overdue) {
	}

	public record Timeline(List<Event> events, int page, int size, long total) {

		public int totalPages() {
			return (int) ((total + size - 1) / size);
		}

		public boolean hasNext() {
			return page + 1 < totalPages();
		}

		public boolean hasPrevious() {
			return page > 0;
		}

	}

	/**
	 * One step the engine recorded: when it started and ended, in which phase, and who
	 * did it.
	 */
	public record Event(String name, String phase, String type, Instant started, Instant ended, String user,
			boolean canceled) {

		/**
		 * Steps the engine runs by itself: service tasks, decisions, timers and messages.
		 */
		public boolean automatic() {
			return user == null && type != null
					&& (type.endsWith("Timer") || type.equals("serviceTask") || type.equals("businessRuleTask")
							|| type.equals("sendTask") || type.equals("scriptTask") || type.startsWith("intermediate"));
		}

	}

	public record GroupPart(long id, String name, String topic, String lead, String status, long measures) {

		public String candidateGroup() {
			return "wg-" + id;
		}

	}

}
