package de.teilhabe.task;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import de.teilhabe.participation.ParticipationAccess;
import de.teilhabe.participation.Steerer;
import de.teilhabe.system.Roles;

/**
 * What a user may do with a task: work it as its assignee or, while it is unassigned, as
 * a candidate (a working-group lead is only in their own group's; a coordinator is a
 * candidate of the coordinators' tasks of the participations they coordinate only);
 * whoever coordinates the participation of the task's process (asked of
 * {@link ParticipationAccess}) also sees, assigns and schedules it.
 */
@Component
class TaskAccess {

	private final TaskService taskService;

	private final IdentityService identityService;

	private final ParticipationAccess participations;

	TaskAccess(TaskService taskService, IdentityService identityService, ParticipationAccess participations) {
		this.taskService = taskService;
		this.identityService = identityService;
		this.participations = participations;
	}

	/**
	 * The user's rights on a loaded task.
	 * @param businessKey the business key of the task's process, asked for only if the
	 * user is a coordinator
	 */
	Rights of(Task task, String userId, Supplier<String> businessKey) {
		List<String> groups = groupsOf(userId);
		List<String> candidateGroups = new ArrayList<>();
		List<String> candidateUsers = new ArrayList<>();
		for (IdentityLink link : taskService.getIdentityLinksForTask(task.getId())) {
			if (IdentityLinkType.CANDIDATE.equals(link.getType())) {
				if (link.getGroupId() != null) {
					candidateGroups.add(link.getGroupId());
				}
				if (link.getUserId() != null) {
					candidateUsers.add(link.getUserId());
				}
			}
		}
		Steerer user = Steerer.of(userId, groups);
		boolean coordinates = user.coordinator() && participations.coordinatesSlug(user, businessKey.get());
		List<String> offering = coordinates ? groups : offeringGroups(groups);
		boolean candidate = candidateUsers.contains(userId) || candidateGroups.stream().anyMatch(offering::contains);
		return new Rights(userId, groups, task.getAssignee(), candidate, coordinates, candidateGroups, candidateUsers);
	}

	/** Whether the assignee could work the task if it were theirs: a candidate of it. */
	boolean mayWorkUnassigned(Rights rights, String assignee) {
		if (assignee == null || assignee.isBlank()) {
			return false;
		}
		if (rights.candidateUsers().contains(assignee)) {
			return true;
		}
		List<String> groups = groupsOf(assignee);
		return rights.candidateGroups().stream().anyMatch(groups::contains);
	}

	/** The user's engine groups. */
	List<String> groupsOf(String userId) {
		return identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
	}

	/**
	 * The groups through which the user is offered the unassigned tasks of any
	 * participation: their groups without the coordinators' role group, whose tasks
	 * belong to a participation's coordination only; a coordinator finds those of the
	 * participations they coordinate among "my processes".
	 * @param groups the user's engine groups
	 */
	static List<String> offeringGroups(List<String> groups) {
		return groups.stream().filter(group -> !Roles.COORDINATOR.groupId().equals(group)).toList();
	}

	/**
	 * The groups through which the user is offered the unassigned tasks of the process
	 * with this business key: all their groups if they coordinate its participation.
	 * @param groups the user's engine groups
	 */
	List<String> offeringGroups(String userId, List<String> groups, String businessKey) {
		Steerer user = Steerer.of(userId, groups);
		return user.coordinator() && participations.coordinatesSlug(user, businessKey) ? groups
				: offeringGroups(groups);
	}

	/**
	 * The business keys of the processes whose participations the user coordinates: "my
	 * processes" in the task list.
	 * @param groups the user's engine groups
	 */
	List<String> coordinatedProcesses(String userId, List<String> groups) {
		return participations.slugsCoordinatedBy(Steerer.of(userId, groups));
	}

	static AccessDeniedException refused(String userId, String action, String taskId) {
		return new AccessDeniedException("User " + userId + " may not " + action + " task " + taskId);
	}

	/**
	 * @param groups the user's engine groups
	 * @param coordinates the user coordinates the participation of the task's process
	 */
	record Rights(String userId, List<String> groups, String assignee, boolean candidate, boolean coordinates,
			List<String> candidateGroups, List<String> candidateUsers) {

		boolean canWork() {
			return assignee != null ? assignee.equals(userId) : candidate;
		}

		boolean canView() {
			return canWork() || candidate || coordinates;
		}

		boolean canClaim() {
			return assignee == null && candidate;
		}

		boolean canUnclaim() {
			return assignee != null && (assignee.equals(userId) || coordinates);
		}

		boolean canAssign() {
			return coordinates;
		}

		boolean canSetDates() {
			return userId.equals(assignee) || coordinates;
		}

	}

}
