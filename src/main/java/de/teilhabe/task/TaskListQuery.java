package de.teilhabe.task;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.NativeTaskQuery;
import org.camunda.bpm.engine.task.Task;

import de.teilhabe.participation.Phase;

import de.teilhabe.system.Roles;

/**
 * The task list's query, written for the database's indexes. The engine's
 * {@code TaskQuery} joins tasks, candidate links and executions once and filters "mine OR
 * my groups' OR my processes'" over the join, which no index serves: with 100,000 open
 * tasks that took seconds per page (see the performance section of the README). Here each
 * of the three sources is an indexed lookup and their union is joined back to the tasks;
 * the filters are the list's. The result is the same set of tasks in the same order as
 * the {@code TaskQuery} it replaces, which {@code TaskListQueryTests} pin down on H2 and
 * PostgreSQL.
 */
final class TaskListQuery {

	private final StringBuilder where = new StringBuilder();

	private final Map<String, Object> parameters = new LinkedHashMap<>();

	private final TaskFilter filter;

	/**
	 * The tasks the user may see in this scope, from all sources: ids, and whether only
	 * as a group's offer.
	 */
	private String visible;

	private TaskListQuery(TaskFilter filter) {
		this.filter = filter;
	}

	/**
	 * @param groups the user's groups; the coordinators' role group offers only the tasks
	 * of the processes in {@code processes} ({@link TaskAccess#offeringGroups})
	 * @param processes business keys of the processes whose every task the user sees (a
	 * coordinator's own)
	 */
	static TaskListQuery of(String userId, Collection<String> groups, Collection<String> processes, TaskFilter filter,
			Date now, Date endOfWeek) {
		TaskListQuery query = new TaskListQuery(filter);
		List<String> sources = new ArrayList<>();
		boolean mine = filter.scope() != TaskFilter.Scope.GROUPS;
		List<String> offering = TaskAccess.offeringGroups(List.copyOf(groups));
		boolean groupTasks = filter.scope() != TaskFilter.Scope.MINE && !offering.isEmpty();
		boolean teamTasks = filter.scope() != TaskFilter.Scope.MINE && groups.contains(Roles.COORDINATOR.groupId())
				&& !processes.isEmpty();
		boolean processTasks = filter.scope() == TaskFilter.Scope.ALL && !processes.isEmpty();
		// each source is an index lookup that yields task ids; G = 1 marks a group's
		// offer, which only counts while
		// the task is unassigned (checked once, on the joined task)
		if (mine) {
			sources.add("select T.ID_, 0 as G from ACT_RU_TASK T where T.ASSIGNEE_ = #{user}");
			query.parameters.put("user", userId);
		}
		if (groupTasks) {
			sources.add("select I.TASK_ID_ as ID_, 1 as G from ACT_RU_IDENTITYLINK I where I.TYPE_ = 'candidate'"
					+ " and I.GROUP_ID_ in (" + query.list("group", offering) + ")");
		}
		if (teamTasks) {
			sources.add("select I.TASK_ID_ as ID_, 1 as G from ACT_RU_IDENTITYLINK I"
					+ " join ACT_RU_TASK T on T.ID_ = I.TASK_ID_ join ACT_RU_EXECUTION E on E.ID_ = T.PROC_INST_ID_"
					+ " where I.TYPE_ = 'candidate' and I.GROUP_ID_ = #{teamGroup} and E.BUSINESS_KEY_ in ("
					+ query.list("team", processes) + ")");
			query.parameters.put("teamGroup", Roles.COORDINATOR.groupId());
		}
		if (processTasks) {
			sources.add("select T.ID_, 0 as G from ACT_RU_TASK T join ACT_RU_EXECUTION E on E.ID_ = T.PROC_INST_ID_"
					+ " where E.BUSINESS_KEY_ in (" + query.list("process", processes) + ")");
		}
		query.visible = sources.isEmpty() ? "select T.ID_, 0 as G from ACT_RU_TASK T where 1 = 0"
				: "select U.ID_, min(U.G) as G from (" + String.join(" union all ", sources) + ") U group by U.ID_";
		query.filters(now, endOfWeek);
		return query;
	}

	long count(TaskService taskService) {
		return native_(taskService,
				"select count(*) from (" + visible + ") V join ACT_RU_TASK RES on RES.ID_ = V.ID_" + where)
			.count();
	}

	List<Task> page(TaskService taskService, int first, int size) {
		return native_(taskService,
				"select RES.* from (" + visible + ") V join ACT_RU_TASK RES on RES.ID_ = V.ID_" + where + orderBy())
			.listPage(first, size);
	}

	private NativeTaskQuery native_(TaskService taskService, String sql) {
		NativeTaskQuery query = taskService.createNativeTaskQuery().sql(sql);
		parameters.forEach(query::parameter);
		return query;
	}

	private void filters(Date now, Date endOfWeek) {
		where.append(" where (V.G = 0 or RES.ASSIGNEE_ is null)");
		if (filter.process() != null) {
			where.append(
					" and RES.PROC_INST_ID_ in (select E.ID_ from ACT_RU_EXECUTION E where E.BUSINESS_KEY_ = #{processKey})");
			parameters.put("processKey", filter.process());
		}
		if (filter.phase() != null) {
			where.append(" and RES.PROC_DEF_ID_ in (select D.ID_ from ACT_RE_PROCDEF D where D.KEY_ in (")
				.append(list("definition", Phase.valueOf(filter.phase()).processDefinitionKeys()))
				.append("))");
		}
		if (filter.workingGroup() != null) {
			// a variable of the task's process, not of a task: as
			// TaskQuery.processVariableValueEquals reads it
			where.append(" and exists (select 1 from ACT_RU_VARIABLE W where W.PROC_INST_ID_ = RES.PROC_INST_ID_")
				.append(" and W.TASK_ID_ is null and W.NAME_ = #{groupVariable} and W.LONG_ = #{workingGroup})");
			parameters.put("groupVariable", TaskQueries.WORKING_GROUP_VARIABLE);
			parameters.put("workingGroup", filter.workingGroup());
		}
		if (filter.due() != null) {
			switch (filter.due()) {
				case OVERDUE -> {
					where.append(" and RES.DUE_DATE_ < #{now}");
					parameters.put("now", now);
				}
				case THIS_WEEK -> {
					where.append(" and RES.DUE_DATE_ > #{now} and RES.DUE_DATE_ < #{endOfWeek}");
					parameters.put("now", now);
					parameters.put("endOfWeek", endOfWeek);
				}
				case NONE -> where.append(" and RES.DUE_DATE_ is null");
			}
		}
		if (filter.q() != null) {
			String like = "%" + filter.q().replace("%", "").replace("_", "") + "%";
			// names and descriptions in any case, business keys (lower case slugs) as
			// typed in lower case
			where.append(" and (UPPER(RES.NAME_) like UPPER(#{like}) or UPPER(RES.DESCRIPTION_) like UPPER(#{like})")
				.append(" or RES.PROC_INST_ID_ in (select E.ID_ from ACT_RU_EXECUTION E where E.BUSINESS_KEY_ like #{keyLike}))");
			parameters.put("like", like);
			parameters.put("keyLike", like.toLowerCase());
		}
	}

	private String orderBy() {
		String column = switch (filter.sort()) {
			case DUE -> "RES.DUE_DATE_";
			case CREATED -> "RES.CREATE_TIME_";
			case PRIORITY -> "RES.PRIORITY_";
			case PROCESS -> "RES.PROC_INST_ID_";
		};
		String direction = filter.desc() ? " desc" : " asc";
		String then = filter.sort() == TaskFilter.Sort.CREATED ? "" : ", RES.CREATE_TIME_ asc";
		// the id last, so that equal rows keep one order from page to page
		return " order by " + column + direction + then + ", RES.ID_ asc";
	}

	private String list(String name, Collection<String> values) {
		List<String> placeholders = new ArrayList<>();
		for (String value : values) {
			String parameter = name + parameters.size();
			parameters.put(parameter, value);
			placeholders.add("#{" + parameter + "}");
		}
		return String.join(", ", placeholders);
	}

}
