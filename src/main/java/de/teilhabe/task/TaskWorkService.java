package de.teilhabe.task;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The work of users on their tasks. Every call checks that the user may work the task: its assignee, or, while it
 * is unassigned, a member of one of its candidate groups (a working-group lead is only in their own group's).
 */
@Service
public class TaskWorkService {

	private final TaskService taskService;

	private final IdentityService identityService;

	TaskWorkService(TaskService taskService, IdentityService identityService) {
		this.taskService = taskService;
		this.identityService = identityService;
	}

	/** My tasks and my groups' unassigned tasks, most urgent first. */
	@Transactional(readOnly = true)
	public List<Task> openTasks(String userId, int max) {
		List<String> groups = groupsOf(userId);
		var query = taskService.createTaskQuery().or().taskAssignee(userId);
		if (!groups.isEmpty()) {
			query = query.taskCandidateGroupIn(groups);
		}
		return query.endOr()
			.initializeFormKeys()
			.orderByDueDate()
			.asc()
			.orderByTaskCreateTime()
			.asc()
			.listPage(0, max);
	}

	@Transactional(readOnly = true)
	public Task get(String taskId, String userId) {
		Task task = taskService.createTaskQuery().taskId(taskId).initializeFormKeys().singleResult();
		if (task == null) {
			throw new TaskNotFoundException(taskId);
		}
		if (!mayWork(task, userId)) {
			throw new AccessDeniedException("User " + userId + " may not work task " + taskId);
		}
		return task;
	}

	@Transactional
	public void claim(String taskId, String userId) {
		Task task = get(taskId, userId);
		if (task.getAssignee() == null) {
			taskService.claim(taskId, userId);
		}
	}

	/** Completes the task as the user, claiming it first when it is still unassigned. */
	@Transactional
	public void complete(String taskId, String userId, Map<String, Object> variables) {
		Task task = get(taskId, userId);
		if (task.getAssignee() == null) {
			taskService.claim(taskId, userId);
		}
		taskService.complete(taskId, variables);
	}

	boolean mayWork(Task task, String userId) {
		if (task.getAssignee() != null) {
			return task.getAssignee().equals(userId);
		}
		List<String> groups = groupsOf(userId);
		for (IdentityLink link : taskService.getIdentityLinksForTask(task.getId())) {
			if (IdentityLinkType.CANDIDATE.equals(link.getType())
					&& (Objects.equals(link.getUserId(), userId) || groups.contains(link.getGroupId()))) {
				return true;
			}
		}
		return false;
	}

	private List<String> groupsOf(String userId) {
		return identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
	}

}
