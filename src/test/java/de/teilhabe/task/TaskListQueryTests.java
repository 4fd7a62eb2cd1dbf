package de.teilhabe.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.function.Function;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

import de.teilhabe.LeverkusenFixture;
import de.teilhabe.demo.Cast;
import de.teilhabe.participation.Participation;
import de.teilhabe.participation.ParticipationAccess;
import de.teilhabe.participation.Steerer;
import de.teilhabe.participation.Phase;
import de.teilhabe.task.TaskFilter.Due;
import de.teilhabe.task.TaskFilter.Scope;
import de.teilhabe.task.TaskFilter.Sort;
import de.teilhabe.workinggroup.WorkingGroupService;

/**
 * The task list's own query finds exactly the tasks, in the order, that the engine's
 * {@code TaskQuery} with the same conditions finds: for every scope, filter and sort, for
 * a coordinator, a working-group lead and a manager, on the Leverkusen process at its
 * conference (tasks assigned, offered to groups, overdue, due this week, without date).
 * Run once per database by the subclasses.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class TaskListQueryTests {

	@Autowired
	TaskService taskService;

	@Autowired
	IdentityService identityService;

	@Autowired
	ParticipationAccess access;

	@Autowired
	WorkingGroupService workingGroups;

	@Autowired
	LeverkusenFixture leverkusen;

	private Participation process;

	private Cast cast;

	@BeforeAll
	void seed() {
		// due dates, priorities and a claim of its own
		process = leverkusen.fresh(Phase.CONFERENCE);
		cast = leverkusen.castOf(process);
		List<Task> tasks = taskService.createTaskQuery()
			.processInstanceBusinessKey(process.getSlug())
			.orderByTaskId()
			.asc()
			.list();
		Instant now = Instant.now();
		for (int i = 0; i < tasks.size(); i++) {
			Task task = tasks.get(i);
			switch (i % 4) {
				case 0 -> task.setDueDate(Date.from(now.minus(2, ChronoUnit.DAYS)));
				case 1 -> task.setDueDate(Date.from(now.plus(1, ChronoUnit.HOURS)));
				case 2 -> task.setPriority(80);
				default -> {
				}
			}
			taskService.saveTask(task);
		}
		// one lead took their group's session task
		Task sprache = taskService.createTaskQuery()
			.processInstanceBusinessKey(process.getSlug())
			.taskCandidateGroupIn(groupsOf(cast.lead(0)))
			.list()
			.get(0);
		taskService.claim(sprache.getId(), cast.lead(0));
	}

	@Test
	void shouldFindWhatTheEnginesTaskQueryFinds() {
		long groupId = workingGroups.ofParticipation(process.getId()).get(0).getId();
		List<TaskFilter> filters = new ArrayList<>();
		for (Scope scope : Scope.values()) {
			for (Sort sort : Sort.values()) {
				filters.add(filter(scope, null, null, null, sort, false));
				filters.add(filter(scope, null, null, null, sort, true));
			}
			filters.add(filter(scope, Phase.CONFERENCE.name(), null, null, Sort.DUE, false));
			filters.add(filter(scope, Phase.SURVEYS.name(), null, null, Sort.CREATED, false));
			for (Due due : Due.values()) {
				filters.add(filter(scope, null, due, null, Sort.DUE, false));
			}
			filters.add(filter(scope, null, null, "sitzung", Sort.DUE, false));
			filters.add(filter(scope, null, null, "leverkusen", Sort.DUE, false));
			filters.add(filter(scope, null, null, "gibt es nicht", Sort.DUE, false));
			filters.add(new TaskFilter(scope, process.getSlug(), null, groupId, null, null, Sort.DUE, false));
		}
		int compared = 0;
		for (String user : List.of(cast.coordinator(), cast.lead(0), cast.lead(1), cast.manager())) {
			List<String> groups = groupsOf(user);
			List<String> started = access.slugsCoordinatedBy(Steerer.of(user, groups));
			for (TaskFilter filter : filters) {
				Date now = new Date();
				Date endOfWeek = Date.from(Instant.now().plus(7, ChronoUnit.DAYS));
				TaskListQuery ours = TaskListQuery.of(user, groups, started, filter, now, endOfWeek);
				List<Task> expected = engineQuery(user, groups, started, filter, now, endOfWeek).list();
				List<Task> actual = ours.page(taskService, 0, 1000);
				String what = user + " " + filter;
				assertThat(ours.count(taskService)).as(what).isEqualTo(expected.size());
				assertThat(actual).as(what)
					.extracting(Task::getId)
					.containsExactlyInAnyOrderElementsOf(expected.stream().map(Task::getId).toList());
				// equal sort keys may come in another order; the keys themselves must
				// follow each other alike
				assertThat(actual).as(what)
					.extracting(sortKey(filter))
					.containsExactlyElementsOf(expected.stream().map(sortKey(filter)).toList());
				compared += expected.size();
			}
		}
		assertThat(compared).as("tasks compared in all").isGreaterThan(100);
	}

	@Test
	void shouldPageWithoutLosingOrRepeatingATask() {
		List<String> groups = groupsOf(cast.coordinator());
		List<String> started = access.slugsCoordinatedBy(Steerer.of(cast.coordinator(), groups));
		TaskFilter filter = filter(Scope.ALL, null, null, null, Sort.DUE, false);
		TaskListQuery query = TaskListQuery.of(cast.coordinator(), groups, started, filter, new Date(), new Date());
		List<String> all = query.page(taskService, 0, 1000).stream().map(Task::getId).toList();
		List<String> paged = new ArrayList<>();
		for (int first = 0; first < all.size(); first += 3) {
			query.page(taskService, first, 3).forEach(task -> paged.add(task.getId()));
		}
		assertThat(all).hasSizeGreaterThan(6);
		assertThat(paged).containsExactlyElementsOf(all);
	}

	/**
	 * The conditions the task list had with the engine's TaskQuery, before it got its own
	 * query.
	 */
	private TaskQuery engineQuery(String user, List<String> groups, List<String> started, TaskFilter filter, Date now,
			Date endOfWeek) {
		TaskQuery query = taskService.createTaskQuery();
		switch (filter.scope()) {
			case MINE -> query.taskAssignee(user);
			case GROUPS -> query.taskCandidateGroupIn(groups.isEmpty() ? List.of("-none-") : groups);
			case ALL -> {
				TaskQuery visible = query.or().taskAssignee(user);
				if (!groups.isEmpty()) {
					visible.taskCandidateGroupIn(groups);
				}
				if (!started.isEmpty()) {
					visible.processInstanceBusinessKeyIn(started.toArray(String[]::new));
				}
				visible.endOr();
			}
		}
		query.processInstanceBusinessKey(filter.process());
		if (filter.phase() != null) {
			query.processDefinitionKeyIn(Phase.valueOf(filter.phase()).processDefinitionKeys().toArray(String[]::new));
		}
		if (filter.workingGroup() != null) {
			query.processVariableValueEquals(TaskQueries.WORKING_GROUP_VARIABLE, filter.workingGroup());
		}
		if (filter.due() != null) {
			switch (filter.due()) {
				case OVERDUE -> query.dueBefore(now);
				case THIS_WEEK -> query.dueAfter(now).dueBefore(endOfWeek);
				case NONE -> query.withoutDueDate();
			}
		}
		if (filter.q() != null) {
			String like = "%" + filter.q() + "%";
			query.or()
				.taskNameLike(like)
				.taskDescriptionLike(like)
				.processInstanceBusinessKeyLike(like.toLowerCase())
				.endOr();
		}
		TaskQuery ordered = switch (filter.sort()) {
			case DUE -> query.orderByDueDate();
			case CREATED -> query.orderByTaskCreateTime();
			case PRIORITY -> query.orderByTaskPriority();
			case PROCESS -> query.orderByProcessInstanceId();
		};
		ordered = filter.desc() ? ordered.desc() : ordered.asc();
		return filter.sort() == Sort.CREATED ? ordered : ordered.orderByTaskCreateTime().asc();
	}

	private static Function<Task, Object> sortKey(TaskFilter filter) {
		return switch (filter.sort()) {
			case DUE -> task -> String.valueOf(task.getDueDate()) + " " + task.getCreateTime();
			case CREATED -> task -> task.getCreateTime();
			case PRIORITY -> task -> task.getPriority() + " " + task.getCreateTime();
			case PROCESS -> task -> task.getProcessInstanceId() + " " + task.getCreateTime();
		};
	}

	/**
	 * Every filter stays within this test's process, as other tests may run processes in
	 * the same database.
	 */
	private TaskFilter filter(Scope scope, String phase, Due due, String q, Sort sort, boolean desc) {
		return new TaskFilter(scope, process.getSlug(), phase, null, due, q, sort, desc);
	}

	private List<String> groupsOf(String user) {
		return identityService.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
	}

}
