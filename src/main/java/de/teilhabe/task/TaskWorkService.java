package de.teilhabe.task;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Comment;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.teilhabe.participation.ParticipationService;
import de.teilhabe.participation.Phase;
import de.teilhabe.system.Roles;
import de.teilhabe.workinggroup.WorkingGroupService;

/**
 * The work of users on their tasks. Every call checks what the user may do: work a task
 * as its assignee or, while it is unassigned, as a member of a candidate group (a
 * working-group lead is only in their own group's); a coordinator also sees, assigns and
 * schedules every task of the processes they started.
 */
@Service
public class TaskWorkService {

	/** The task-local variable that keeps a saved draft of the task's form. */
	static final String DRAFT_VARIABLE = "teilhabeFormDraft";

	static final String WORKING_GROUP_VARIABLE = "workingGroupId";

	private final TaskService taskService;

	private final IdentityService identityService;

	private final RuntimeService runtimeService;

	private final RepositoryService repositoryService;

	private final HistoryService historyService;

	private final ParticipationService participations;

	private final WorkingGroupService workingGroups;

	/**
	 * Process definition id to key; ids are immutable, so this needs no agreement between
	 * nodes.
	 */
	private final Clock clock;

	private final Map<String, String> definitionKeys = new ConcurrentHashMap<>();

	TaskWorkService(TaskService taskService, IdentityService identityService, RuntimeService runtimeService,
			RepositoryService repositoryService, HistoryService historyService, ParticipationService participations,
			WorkingGroupService workingGroups, Clock clock) {
		this.taskService = taskService;
		this.identityService = identityService;
		this.runtimeService = runtimeService;
		this.repositoryService = repositoryService;
		this.historyService = historyService;
		this.participations = participations;
		this.workingGroups = workingGroups;
		this.clock = clock;
	}

	/** My tasks and my groups' unassigned tasks, most urgent first. */
	@Transactional(readOnly = true)
	public List<Task> openTasks(String userId, int max) {
		List<String> groups = groupsOf(userId);
		TaskQuery query = taskService.createTaskQuery().or().taskAssignee(userId);
		if (!groups.isEmpty()) {
			query.taskCandidateGroupIn(groups);
		}
		return query.endOr().orderByDueDate().asc().orderByTaskCreateTime().asc().listPage(0, max);
	}

	@Transactional(readOnly = true)
	public TaskPage search(String userId, TaskFilter filter, int page, int size) {
		List<String> groups = groupsOf(userId);
		TaskListQuery query = TaskListQuery.of(userId, groups, processesStartedBy(userId, groups), filter,
				Date.from(clock.instant()), endOfWeek());
		long total = query.count(taskService);
		int first = Math.max(page, 0) * size;
		List<Task> tasks = query.page(taskService, first, size);
		return new TaskPage(rows(tasks), total, Math.max(page, 0), size);
	}

	/**
	 * Enriches a page of tasks with process titles, phases and working groups, in a fixed
	 * number of queries.
	 */
	private List<TaskRow> rows(List<Task> tasks) {
		if (tasks.isEmpty()) {
			return List.of();
		}
		Set<String> processInstanceIds = new HashSet<>();
		tasks.forEach(task -> processInstanceIds.add(task.getProcessInstanceId()));
		Map<String, String> businessKeys = new HashMap<>();
		runtimeService.createProcessInstanceQuery()
			.processInstanceIds(processInstanceIds)
			.list()
			.forEach(pi -> businessKeys.put(pi.getId(), pi.getBusinessKey()));
		Map<String, String> titles = participations.titlesBySlug(new HashSet<>(businessKeys.values()));
		Map<String, Long> groupOfProcess = new HashMap<>();
		for (VariableInstance variable : runtimeService.createVariableInstanceQuery()
			.variableName(WORKING_GROUP_VARIABLE)
			.processInstanceIdIn(processInstanceIds.toArray(String[]::new))
			.list()) {
			if (variable.getValue() instanceof Number id) {
				groupOfProcess.put(variable.getProcessInstanceId(), id.longValue());
			}
		}
		Map<Long, String> groupNames = workingGroups.namesById(new HashSet<>(groupOfProcess.values()));
		Date now = new Date();
		List<TaskRow> rows = new ArrayList<>();
		for (Task task : tasks) {
			String businessKey = businessKeys.get(task.getProcessInstanceId());
			Long groupId = groupOfProcess.get(task.getProcessInstanceId());
			rows.add(new TaskRow(task.getId(), task.getName(), titles.getOrDefault(businessKey, businessKey),
					phaseOf(task).map(Phase::name).orElse(null), groupId == null ? null : groupNames.get(groupId),
					task.getAssignee(), task.getCreateTime(), task.getDueDate(), task.getFollowUpDate(),
					task.getPriority(), task.getDueDate() != null && task.getDueDate().before(now)));
		}
		return rows;
	}

	@Transactional(readOnly = true)
	public TaskDetails details(String taskId, String userId) {
		Task task = find(taskId);
		ProcessInstance process = processOf(task);
		Access access = access(task, userId, process);
		if (!access.canView()) {
			throw new AccessDeniedException("User " + userId + " may not see task " + taskId);
		}
		String businessKey = process == null ? null : process.getBusinessKey();
		String title = businessKey == null ? null
				: participations.titlesBySlug(List.of(businessKey)).getOrDefault(businessKey, businessKey);
		// one engine call for the task's variables: its own (the draft) and its process's
		// (working group, form values)
		Map<String, Object> variables = taskService.getVariables(taskId);
		Object groupId = variables.get(WORKING_GROUP_VARIABLE);
		String groupName = groupId instanceof Number id
				? workingGroups.namesById(List.of(id.longValue())).get(id.longValue()) : null;
		Set<String> assignable = new LinkedHashSet<>();
		if (access.canAssign()) {
			for (String group : access.candidateGroups()) {
				identityService.createUserQuery()
					.memberOfGroup(group)
					.orderByUserId()
					.asc()
					.list()
					.forEach(user -> assignable.add(user.getId()));
			}
			assignable.addAll(access.candidateUsers());
		}
		List<String> groupNames = access.candidateGroups().isEmpty() ? List.of()
				: identityService.createGroupQuery()
					.groupIdIn(access.candidateGroups().toArray(String[]::new))
					.orderByGroupName()
					.asc()
					.list()
					.stream()
					.map(group -> group.getName() == null ? group.getId() : group.getName())
					.toList();
		return new TaskDetails(task, title, phaseOf(task).map(Phase::name).orElse(null), groupName, groupNames,
				List.copyOf(assignable), history(task), access.canClaim(), access.canUnclaim(), access.canAssign(),
				access.canSetDates(), access.canWork(),
				access.canWork() ? draftOf(variables.get(DRAFT_VARIABLE)) : Optional.empty(), variables);
	}

	@Transactional
	public void claim(String taskId, String userId) {
		Task task = find(taskId);
		Access access = access(task, userId);
		if (!access.canClaim()) {
			refuse(userId, "claim", taskId);
		}
		asUser(userId, () -> taskService.claim(taskId, userId), taskId);
	}

	@Transactional
	public void unclaim(String taskId, String userId) {
		Task task = find(taskId);
		if (!access(task, userId).canUnclaim()) {
			refuse(userId, "unclaim", taskId);
		}
		asUser(userId, () -> taskService.setAssignee(taskId, null), taskId);
	}

	/** Coordinators hand a task to a member of its candidate groups. */
	@Transactional
	public void assign(String taskId, String userId, String assignee) {
		Task task = find(taskId);
		Access access = access(task, userId);
		if (!access.canAssign() || !mayWorkUnassigned(access, assignee)) {
			refuse(userId, "assign to " + assignee, taskId);
		}
		asUser(userId, () -> taskService.setAssignee(taskId, assignee), taskId);
	}

	@Transactional
	public void setDates(String taskId, String userId, Date due, Date followUp) {
		Task task = find(taskId);
		if (!access(task, userId).canSetDates()) {
			refuse(userId, "schedule", taskId);
		}
		asUser(userId, () -> {
			if (!Objects.equals(task.getDueDate(), due)) {
				taskService.setDueDate(taskId, due);
			}
			if (!Objects.equals(task.getFollowUpDate(), followUp)) {
				taskService.setFollowUpDate(taskId, followUp);
			}
		}, taskId);
	}

	@Transactional
	public void comment(String taskId, String userId, String text) {
		Task task = find(taskId);
		if (!access(task, userId).canView()) {
			refuse(userId, "comment on", taskId);
		}
		asUser(userId, () -> taskService.createComment(taskId, task.getProcessInstanceId(), text), taskId);
	}

	@Transactional(readOnly = true)
	public Task get(String taskId, String userId) {
		Task task = find(taskId);
		if (!access(task, userId).canWork()) {
			refuse(userId, "work", taskId);
		}
		return task;
	}

	/**
	 * Keeps what the user typed into the task's form, complete or not, as a task-local
	 * variable, so they can come back to it; the same people as for completing may do so.
	 * It ends with the task.
	 */
	@Transactional
	public void saveDraft(String taskId, String userId, Map<String, List<String>> params) {
		get(taskId, userId);
		asUser(userId,
				() -> taskService.setVariableLocal(taskId, DRAFT_VARIABLE,
						Variables.objectValue(new LinkedHashMap<>(params))
							.serializationDataFormat(Variables.SerializationDataFormats.JSON)
							.create()),
				taskId);
	}

	/**
	 * The form input the user saved as a draft of the task (its task-local variable), if
	 * any.
	 */
	private static Optional<Map<String, List<String>>> draftOf(Object draft) {
		if (!(draft instanceof Map<?, ?> map)) {
			return Optional.empty();
		}
		Map<String, List<String>> params = new LinkedHashMap<>();
		map.forEach((key, values) -> params.put(String.valueOf(key), values instanceof List<?> list
				? list.stream().map(String::valueOf).toList() : List.of(String.valueOf(values))));
		return Optional.of(params);
	}

	/**
	 * Completes the task as the user, claiming it first when it is still unassigned.
	 * @return the business key of the task's process (to look for the user's next task
	 * there), or null
	 */
	@Transactional
	public String complete(String taskId, String userId, Map<String, Object> variables) {
		Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
		if (task == null) {
			throw new TaskNotFoundException(taskId);
		}
		ProcessInstance process = processOf(task);
		Access access = access(task, userId, process);
		if (!access.canWork()) {
			refuse(userId, "work", taskId);
		}
		String businessKey = process == null ? null : process.getBusinessKey();
		asUser(userId, () -> {
			if (task.getAssignee() == null) {
				taskService.claim(taskId, userId);
			}
			taskService.complete(taskId, variables);
		}, taskId);
		return businessKey;
	}

	/**
	 * The user's oldest open task of a participation process (by its business key), if
	 * any.
	 */
	@Transactional(readOnly = true)
	public Optional<String> nextTask(String businessKey, String userId) {
		List<String> groups = groupsOf(userId);
		TaskQuery next = taskService.createTaskQuery()
			.processInstanceBusinessKey(businessKey)
			.or()
			.taskAssignee(userId);
		if (!groups.isEmpty()) {
			next.taskCandidateGroupIn(groups);
		}
		return next.endOr().orderByTaskCreateTime().asc().listPage(0, 1).stream().map(Task::getId).findFirst();
	}

	private ProcessInstance processOf(Task task) {
		return runtimeService.createProcessInstanceQuery()
			.processInstanceId(task.getProcessInstanceId())
			.singleResult();
	}

	private Task find(String taskId) {
		Task task = taskService.createTaskQuery().taskId(taskId).initializeFormKeys().singleResult();
		if (task == null) {
			throw new TaskNotFoundException(taskId);
		}
		return task;
	}

	private Access access(Task task, String userId) {
		return access(task, userId, null);
	}

	/**
	 * @param process the task's process instance if the caller has it already, else null
	 * (loaded when needed)
	 */
	private Access access(Task task, String userId, ProcessInstance process) {
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
		boolean candidate = candidateUsers.contains(userId) || candidateGroups.stream().anyMatch(groups::contains);
		boolean coordinatesProcess = false;
		if (groups.contains(Roles.COORDINATOR.groupId())) {
			ProcessInstance instance = process != null ? process : processOf(task);
			coordinatesProcess = instance != null && participations.isStartedBy(instance.getBusinessKey(), userId);
		}
		return new Access(userId, task.getAssignee(), candidate, coordinatesProcess, candidateGroups, candidateUsers);
	}

	private boolean mayWorkUnassigned(Access access, String assignee) {
		if (assignee == null || assignee.isBlank()) {
			return false;
		}
		if (access.candidateUsers().contains(assignee)) {
			return true;
		}
		List<String> groups = groupsOf(assignee);
		return access.candidateGroups().stream().anyMatch(groups::contains);
	}

	private record Access(String userId, String assignee, boolean candidate, boolean coordinatesProcess,
			List<String> candidateGroups, List<String> candidateUsers) {

		boolean canWork() {
			return assignee != null ? assignee.equals(userId) : candidate;
		}

		boolean canView() {
			return canWork() || candidate || coordinatesProcess;
		}

		boolean canClaim() {
			return assignee == null && candidate;
		}

		boolean canUnclaim() {
			return assignee != null && (assignee.equals(userId) || coordinatesProcess);
		}

		boolean canAssign() {
			return coordinatesProcess;
		}

		boolean canSetDates() {
			return userId.equals(assignee) || coordinatesProcess;
		}

	}

	private List<HistoryEntry> history(Task task) {
		List<HistoryEntry> entries = new ArrayList<>();
		// the open task knows when it was created; its history starts there
		entries.add(new HistoryEntry(task.getCreateTime(), null, "created", null));
		Set<String> seenOperations = new HashSet<>();
		for (UserOperationLogEntry entry : historyService.createUserOperationLogQuery()
			.taskId(task.getId())
			.orderByTimestamp()
			.asc()
			.list()) {
			String kind = switch (entry.getOperationType()) {
				case UserOperationLogEntry.OPERATION_TYPE_CLAIM ->
					entry.getNewValue() == null ? "unclaimed" : "claimed";
				case UserOperationLogEntry.OPERATION_TYPE_ASSIGN ->
					entry.getNewValue() == null ? "unclaimed" : "assigned";
				case UserOperationLogEntry.OPERATION_TYPE_COMPLETE -> "completed";
				case UserOperationLogEntry.OPERATION_TYPE_UPDATE -> switch (String.valueOf(entry.getProperty())) {
					case "dueDate" -> "dueDate";
					case "followUpDate" -> "followUpDate";
					default -> null;
				};
				default -> null;
			};
			if (kind != null && (kind.endsWith("Date") || seenOperations.add(entry.getOperationId()))) {
				entries.add(new HistoryEntry(entry.getTimestamp(), entry.getUserId(), kind, entry.getNewValue()));
			}
		}
		for (Comment comment : taskService.getTaskComments(task.getId())) {
			entries.add(new HistoryEntry(comment.getTime(), comment.getUserId(), "comment", comment.getFullMessage()));
		}
		entries.sort(Comparator.comparing(HistoryEntry::at, Comparator.nullsFirst(Comparator.naturalOrder())));
		return entries;
	}

	private Optional<Phase> phaseOf(Task task) {
		if (task.getProcessDefinitionId() == null) {
			return Optional.empty();
		}
		// a definition id never changes its key, so every node may remember it: one query
		// per definition, not per row
		String key = definitionKeys.computeIfAbsent(task.getProcessDefinitionId(),
				id -> repositoryService.getProcessDefinition(id).getKey());
		return Phase.ofProcessDefinitionKey(key);
	}

	private List<String> processesStartedBy(String userId, Collection<String> groups) {
		return groups.contains(Roles.COORDINATOR.groupId()) ? participations.slugsStartedBy(userId) : List.of();
	}

	/**
	 * The user's groups; also the candidate groups of the members a coordinator may
	 * assign to.
	 */
	List<String> groupsOf(String userId) {
		return identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
	}

	/** Users by id, for display names. */
	@Transactional(readOnly = true)
	public Map<String, String> displayNames(Collection<String> userIds) {
		Map<String, String> names = new HashMap<>();
		if (!userIds.isEmpty()) {
			for (User user : identityService.createUserQuery().userIdIn(userIds.toArray(String[]::new)).list()) {
				String name = ((Objects.toString(user.getFirstName(), "") + " "
						+ Objects.toString(user.getLastName(), ""))
					.strip());
				names.put(user.getId(), name.isEmpty() ? user.getId() : name);
			}
		}
		return names;
	}

	/** Runs an engine call as the user, so the engine's history records who did it. */
	private void asUser(String userId, Runnable call, String taskId) {
		identityService.setAuthenticatedUserId(userId);
		try {
			call.run();
		}
		catch (NotFoundException | NullValueException ex) {
			throw new TaskNotFoundException(taskId);
		}
		catch (OptimisticLockingException ex) {
			throw new TaskConflictException(taskId, ex);
		}
		finally {
			identityService.clearAuthentication();
		}
	}

	private static void refuse(String userId, String action, String taskId) {
		throw new AccessDeniedException("User " + userId + " may not " + action + " task " + taskId);
	}

	private Date endOfWeek() {
		LocalDate sunday = LocalDate.now(clock).with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
		return Date.from(sunday.plusDays(1).atStartOfDay(clock.getZone()).toInstant());
	}

}
