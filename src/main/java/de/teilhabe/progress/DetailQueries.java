package de.teilhabe.progress;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import de.teilhabe.participation.Phase;
import de.teilhabe.progress.ProgressDetail.Event;
import de.teilhabe.progress.ProgressDetail.GroupPart;
import de.teilhabe.progress.ProgressDetail.OpenTask;

/**
 * The reads of one process's detail page, each a single query over the main process
 * instance and everything it called (the engine records the root process instance on
 * executions, jobs and history). They read the tables {@code participation}
 * (participation module), {@code survey} (survey), {@code working_group} with its engine
 * groups {@code wg-<id>} (workinggroup) and {@code measure} (measure), and the engine's
 * {@code ACT_RU_TASK}, {@code ACT_RU_EXECUTION}, {@code ACT_RU_JOB},
 * {@code ACT_RU_INCIDENT}, {@code ACT_RU_IDENTITYLINK}, {@code ACT_HI_PROCINST} and
 * {@code ACT_HI_ACTINST}.
 */
@Repository
class DetailQueries {

	private final NamedParameterJdbcTemplate jdbc;

	DetailQueries(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** How often each activity ran and finished, and runs now, per process definition. */
	record ActivityCount(String definitionId, String activityId, long active, long finished) {
	}

	/**
	 * A runtime incident with the activity it failed at and the failed job, if it is a
	 * job's.
	 */
	record IncidentRow(String id, String definitionId, String activityId, String message, Instant at, String jobId) {
	}

	String mainDefinitionId(String root) {
		List<String> ids = jdbc.queryForList("select PROC_DEF_ID_ from ACT_HI_PROCINST where ID_ = :root",
				new MapSqlParameterSource("root", root), String.class);
		return ids.isEmpty() ? null : ids.get(0);
	}

	/** The definitions of the called processes running now: the current phase. */
	List<String> activeCalledDefinitionIds(String root) {
		return jdbc.queryForList("""
				select distinct PROC_DEF_ID_ from ACT_RU_EXECUTION
				where ROOT_PROC_INST_ID_ = :root and ID_ = PROC_INST_ID_ and ID_ <> :root""",
				new MapSqlParameterSource("root", root), String.class);
	}

	boolean belongsTo(String definitionId, String root) {
		Long count = jdbc.queryForObject(
				"select count(*) from ACT_HI_PROCINST where ROOT_PROC_INST_ID_ = :root and PROC_DEF_ID_ = :definition",
				new MapSqlParameterSource("root", root).addValue("definition", definitionId), Long.class);
		return count != null && count > 0;
	}

	List<ActivityCount> activityCounts(String root) {
		// state 2 is a canceled activity instance (e.g. the timer of an early-closed
		// survey): not done
		return jdbc.query("""
				select PROC_DEF_ID_, ACT_ID_, sum(case when END_TIME_ is null then 1 else 0 end),
				       sum(case when END_TIME_ is not null and coalesce(ACT_INST_STATE_, 0) <> 2 then 1 else 0 end)
				from ACT_HI_ACTINST where ROOT_PROC_INST_ID_ = :root group by PROC_DEF_ID_, ACT_ID_""",
				new MapSqlParameterSource("root", root),
				(rs, n) -> new ActivityCount(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4)));
	}

	List<IncidentRow> incidents(String root) {
		return jdbc.query("""
				select i.ID_, i.PROC_DEF_ID_, coalesce(i.FAILED_ACTIVITY_ID_, i.ACTIVITY_ID_), i.INCIDENT_MSG_,
				       i.INCIDENT_TIMESTAMP_, i.INCIDENT_TYPE_, i.CONFIGURATION_
				from ACT_RU_INCIDENT i join ACT_RU_EXECUTION e on e.ID_ = i.PROC_INST_ID_
				where e.ROOT_PROC_INST_ID_ = :root order by i.INCIDENT_TIMESTAMP_""",
				new MapSqlParameterSource("root", root),
				(rs, n) -> new IncidentRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
						instant(rs.getTimestamp(5)), "failedJob".equals(rs.getString(6)) ? rs.getString(7) : null));
	}

	boolean jobBelongsTo(String jobId, String root) {
		Long count = jdbc.queryForObject(
				"select count(*) from ACT_RU_JOB where ID_ = :job and ROOT_PROC_INST_ID_ = :root",
				new MapSqlParameterSource("root", root).addValue("job", jobId), Long.class);
		return count != null && count > 0;
	}

	/** Open tasks of the process, with their candidate groups; two queries. */
	List<OpenTask> openTasks(String root, Instant now) {
		record TaskRow(String id, String name, String assignee, Instant due, Instant created) {
		}
		List<TaskRow> tasks = jdbc.query("""
				select t.ID_, t.NAME_, t.ASSIGNEE_, t.DUE_DATE_, t.CREATE_TIME_
				from ACT_RU_TASK t join ACT_RU_EXECUTION e on e.ID_ = t.PROC_INST_ID_
				where e.ROOT_PROC_INST_ID_ = :root""", new MapSqlParameterSource("root", root),
				(rs, n) -> new TaskRow(rs.getString(1), rs.getString(2), rs.getString(3), instant(rs.getTimestamp(4)),
						instant(rs.getTimestamp(5))));
		if (tasks.isEmpty()) {
			return List.of();
		}
		Map<String, List<String>> groups = new HashMap<>();
		jdbc.query("""
				select TASK_ID_, GROUP_ID_ from ACT_RU_IDENTITYLINK
				where TASK_ID_ in (:tasks) and TYPE_ = 'candidate' and GROUP_ID_ is not null order by GROUP_ID_""",
				new MapSqlParameterSource("tasks", tasks.stream().map(TaskRow::id).toList()), rs -> {
					groups.computeIfAbsent(rs.getString(1), id -> new ArrayList<>()).add(rs.getString(2));
				});
		return tasks.stream()
			.sorted(Comparator.comparing(TaskRow::due, Comparator.nullsLast(Instant::compareTo))
				.thenComparing(TaskRow::created))
			.map(task -> new OpenTask(task.id(), task.name(), task.assignee(),
					groups.getOrDefault(task.id(), List.of()), task.due(),
					task.due() != null && task.due().isBefore(now)))
			.toList();
	}

	long timelineSize(String root) {
		Long count = jdbc.queryForObject(
				"select count(*) from ACT_HI_ACTINST where ROOT_PROC_INST_ID_ = :root" + " " + TIMELINE_STEPS,
				new MapSqlParameterSource("root", root), Long.class);
		return count == null ? 0 : count;
	}

	private static final String TIMELINE_STEPS = """
			and ACT_NAME_ is not null and ACT_TYPE_ <> 'multiInstanceBody'
			and ACT_TYPE_ not in ('exclusiveGateway', 'parallelGateway', 'inclusiveGateway', 'eventBasedGateway')""";

	/** What happened, newest first. */
	List<Event> timeline(String root, int first, int size) {
		// who: the assignee of a user task; for a start event, the user who started that
		// (sub)process
		return jdbc.query("select a.ACT_NAME_, a.PROC_DEF_KEY_, a.ACT_TYPE_, a.START_TIME_, a.END_TIME_,"
				+ " coalesce(a.ASSIGNEE_, case when a.ACT_TYPE_ = 'startEvent' then p.START_USER_ID_ end),"
				+ " a.ACT_INST_STATE_" + " from ACT_HI_ACTINST a left join ACT_HI_PROCINST p on p.ID_ = a.PROC_INST_ID_"
				+ " where a.ROOT_PROC_INST_ID_ = :root " + TIMELINE_STEPS.replace("ACT_", "a.ACT_")
				+ " order by a.START_TIME_ desc, a.SEQUENCE_COUNTER_ desc, a.ID_ desc"
				+ " offset :first rows fetch next :size rows only",
				new MapSqlParameterSource("root", root).addValue("first", first).addValue("size", size),
				(rs, n) -> new Event(rs.getString(1),
						Phase.ofProcessDefinitionKey(rs.getString(2)).map(Phase::name).orElse(null), rs.getString(3),
						instant(rs.getTimestamp(4)), instant(rs.getTimestamp(5)), rs.getString(6), rs.getInt(7) == 2));
	}

	List<GroupPart> workingGroups(long participationId, String leadUserId) {
		MapSqlParameterSource params = new MapSqlParameterSource("participation", participationId);
		String lead = "";
		if (leadUserId != null) {
			lead = " and w.lead_user_id = :lead";
			params.addValue("lead", leadUserId);
		}
		return jdbc.query("""
				select w.id, w.name, w.topic, w.lead_user_id, w.status,
				       (select count(*) from measure m where m.working_group_id = w.id)
				from working_group w where w.participation_id = :participation""" + lead + " order by w.id", params,
				(rs, n) -> new GroupPart(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
						rs.getString(5), rs.getLong(6)));
	}

	/** A working group a lead leads, with its process and its open tasks. */
	public record LedGroup(long id, String name, String status, String slug, String processTitle, long openTasks) {
	}

	/**
	 * The groups a lead leads across all processes, with their open tasks: two queries.
	 */
	List<LedGroup> groupsLedBy(String userId) {
		record Row(long id, String name, String status, String slug, String title) {
		}
		List<Row> rows = jdbc.query("""
				select w.id, w.name, w.status, p.slug, p.title
				from working_group w join participation p on p.id = w.participation_id
				where w.lead_user_id = :lead order by p.created_at desc, w.name""",
				new MapSqlParameterSource("lead", userId),
				(rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)));
		if (rows.isEmpty()) {
			return List.of();
		}
		Map<String, Long> open = new HashMap<>();
		jdbc.query("""
				select l.GROUP_ID_, count(*) from ACT_RU_IDENTITYLINK l join ACT_RU_TASK t on t.ID_ = l.TASK_ID_
				where l.TYPE_ = 'candidate' and l.GROUP_ID_ in (:groups) group by l.GROUP_ID_""",
				new MapSqlParameterSource("groups", rows.stream().map(row -> "wg-" + row.id()).toList()), rs -> {
					open.put(rs.getString(1), rs.getLong(2));
				});
		return rows.stream()
			.map(row -> new LedGroup(row.id(), row.name(), row.status(), row.slug(), row.title(),
					open.getOrDefault("wg-" + row.id(), 0L)))
			.toList();
	}

	List<Long> surveyIds(long participationId) {
		return jdbc.queryForList("select id from survey where participation_id = :participation order by round_number",
				new MapSqlParameterSource("participation", participationId), Long.class);
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

}
