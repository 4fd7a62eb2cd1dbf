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
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Comment;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.LinkedMultiValueMap;

import de.teilhabe.form.CamundaForms;
import de.teilhabe.form.FormResult;
import de.teilhabe.form.FormView;
import de.teilhabe.participation.ParticipationService;
import de.teilhabe.participation.Phase;
import de.teilhabe.task.TaskAccess.Rights;
import de.teilhabe.workinggroup.WorkingGroupService;

/**
 * What users see of tasks: the task list, a task's page, and the next task to go to. Only
 * what the user may see (asked of {@link TaskAccess}).
 */
@Service
public class TaskQueries {

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

	private final CamundaForms forms;

	private final TaskAccess access;

	/**
	 * Process definition id to key; ids are immutable, so this needs no agreement between
	 * nodes.
	 */
	private final Map<String, String> definitionKeys = new ConcurrentHashMap<>();

	private final Clock clock;

	TaskQueries(TaskService taskService, IdentityService identityService, RuntimeService runtimeService,
			RepositoryService repositoryService, HistoryService historyService, ParticipationService participations,
			WorkingGroupService workingGroups, CamundaForms forms, TaskAccess access, Clock clock) {
		this.taskService = taskService;
		this.identityService = identityService;
		this.runtimeService = runtimeService;
		this.repositoryService = repositoryService;
		this.historyService = historyService;
		this.participations = participations;
		this.workingGroups = workingGroups;
		this.forms = forms;
		this.access = access;
		this.clock = clock;
	}

	/**
	 * My tasks and my groups' unassigned tasks (the coordinators' role group's only of
	 * the processes I coordinate), most urgent first: the task list's own query, scope by
	 * scope.
	 */
	@Transactional(readOnly = true)
	public List<Task> openTasks(String userId, int max) {
		List<String> groups = access.groupsOf(userId);
		List<String> coordinated = access.coordinatedProcesses(userId, groups);
		Date now = Date.from(clock.instant());
		List<Task> open = new ArrayList<>();
		for (TaskFilter.Scope scope : List.of(TaskFilter.Scope.MINE, TaskFilter.Scope.GROUPS)) {
			TaskFilter filter = new TaskFilter(scope, null, null, null, null, null, TaskFilter.Sort.DUE, false);
			open.addAll(
					TaskListQuery.of(userId, groups, coordinated, filter, now, endOfWeek()).page(taskService, 0, max));
		}
		open.sort(Comparator.comparing(Task::getDueDate, Comparator.nullsLast(Comparator.naturalOrder()))
			.thenComparing(Task::getCreateTime));
		return List.copyOf(open.subList(0, Math.min(max, open.size())));
	}

	@Transactional(readOnly = true)
	public TaskPage search(String userId, TaskFilter filter, int page, int size) {
		List<String> groups = access.groupsOf(userId);
		TaskListQuery query = TaskListQuery.of(userId, groups, access.coordinatedProcesses(userId, groups), filter,
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
		Date now = Date.from(clock.instant());
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

	/**
	 * The task's page; with its form, filled from the task's variables or the user's
	 * draft, if the user may complete it.
	 * @throws org.springframework.security.access.AccessDeniedException if the user may
	 * not see the task
	 * @throws TaskNotFoundException if there is no such open task
	 */
	@Transactional(readOnly = true)
	public TaskDetails details(String taskId, String userId, Locale locale) {
		Task task = find(taskId, true);
		String businessKey = businessKeyOf(task);
		Rights rights = access.of(task, userId, () -> businessKey);
		if (!rights.canView()) {
			throw TaskAccess.refused(userId, "see", taskId);
		}
		// one engine call for the task's variables: its own (the draft) and its process's
		// (working group, form values)
		Map<String, Object> variables = taskService.getVariables(taskId);
		FormView form = null;
		boolean draftLoaded = false;
		if (rights.canWork()) {
			Optional<Map<String, List<String>>> draft = draftOf(variables.get(DRAFT_VARIABLE));
			if (draft.isPresent()) {
				// the draft is bound like a submission, so what is still missing is
				// marked
				form = forms.bindTaskForm(task, variables, new LinkedMultiValueMap<>(draft.get()), locale)
					.map(FormResult::view)
					.orElse(null);
				draftLoaded = form != null;
			}
			else {
				form = forms.taskForm(task, variables, locale).orElse(null);
			}
		}
		return page(task, businessKey, rights, variables, form, draftLoaded);
	}

	/**
	 * The task's page for a task already loaded, with the user's rights on it and the
	 * variables it sees.
	 */
	TaskDetails page(Task task, String businessKey, Rights rights, Map<String, Object> variables, FormView form,
			boolean draftLoaded) {
		String title = businessKey == null ? null
				: participations.titlesBySlug(List.of(businessKey)).getOrDefault(businessKey, businessKey);
		Object groupId = variables.get(WORKING_GROUP_VARIABLE);
		String groupName = groupId instanceof Number id
				? workingGroups.namesById(List.of(id.longValue())).get(id.longValue()) : null;
		Set<String> assignable = new LinkedHashSet<>();
		if (rights.canAssign()) {
			for (String group : rights.candidateGroups()) {
				identityService.createUserQuery()
					.memberOfGroup(group)
					.orderByUserId()
					.asc()
					.list()
					.forEach(user -> assignable.add(user.getId()));
			}
			assignable.addAll(rights.candidateUsers());
		}
		List<String> groupNames = rights.candidateGroups().isEmpty() ? List.of()
				: identityService.createGroupQuery()
					.groupIdIn(rights.candidateGroups().toArray(String[]::new))
					.orderByGroupName()
					.asc()
					.list()
					.stream()
					.map(group -> group.getName() == null ? group.getId() : group.getName())
					.toList();
		List<HistoryEntry> history = history(task);
		Set<String> people = new HashSet<>(assignable);
		if (task.getAssignee() != null) {
			people.add(task.getAssignee());
		}
		history.forEach(entry -> {
			if (entry.userId() != null) {
				people.add(entry.userId());
			}
		});
		return new TaskDetails(TaskView.of(task, Date.from(clock.instant())), title,
				phaseOf(task).map(Phase::name).orElse(null), groupName, groupNames, List.copyOf(assignable), history,
				rights.canClaim(), rights.canUnclaim(), rights.canAssign(), rights.canSetDates(), rights.canWork(),
				form, draftLoaded, displayNames(people));
	}

	/**
	 * The user's oldest open task of a participation process (by its business key), if
	 * any.
	 */
	@Transactional(readOnly = true)
	public Optional<String> nextTask(String businessKey, String userId) {
		return nextTask(businessKey, userId, access.offeringGroups(userId, access.groupsOf(userId), businessKey));
	}

	/**
	 * The same for a user whose groups that offer them this process's tasks are known
	 * ({@link TaskAccess#offeringGroups}).
	 */
	Optional<String> nextTask(String businessKey, String userId, List<String> groups) {
		TaskQuery next = taskService.createTaskQuery()
			.processInstanceBusinessKey(businessKey)
			.or()
			.taskAssignee(userId);
		if (!groups.isEmpty()) {
			next.taskCandidateGroupIn(groups);
		}
		return next.endOr().orderByTaskCreateTime().asc().listPage(0, 1).stream().map(Task::getId).findFirst();
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

	/**
	 * The open task, with its form key if asked for.
	 * @throws TaskNotFoundException if there is none
	 */
	Task find(String taskId, boolean withFormKey) {
		TaskQuery query = taskService.createTaskQuery().taskId(taskId);
		if (withFormKey) {
			query.initializeFormKeys();
		}
		Task task = query.singleResult();
		if (task == null) {
			throw new TaskNotFoundException(taskId);
		}
		return task;
	}

	/** The business key of the task's process (the participation's slug), or null. */
	String businessKeyOf(Task task) {
		ProcessInstance process = runtimeService.createProcessInstanceQuery()
			.processInstanceId(task.getProcessInstanceId())
			.singleResult();
		return process == null ? null : process.getBusinessKey();
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

	private Date endOfWeek() {
		LocalDate sunday = LocalDate.now(clock).with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
		return Date.from(sunday.plusDays(1).atStartOfDay(clock.getZone()).toInstant());
	}

}
