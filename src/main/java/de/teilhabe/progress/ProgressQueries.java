package de.teilhabe.progress;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import de.teilhabe.participation.ParticipationAccess;
import de.teilhabe.participation.Phase;
import de.teilhabe.participation.SteeredParticipations;
import de.teilhabe.progress.ProgressRow.EngineFigures;
import de.teilhabe.progress.ProgressRow.Figures;

/**
 * The overview's reads: one query for the page of participations, one for its total, and
 * one aggregate query per kind of figure for the whole page (never one per row). They
 * read the tables {@code participation} (participation module), {@code survey} (survey),
 * {@code participation_event} (event) and {@code measure} (measure), and the engine's
 * {@code ACT_RU_TASK}, {@code ACT_RU_EXECUTION}, {@code ACT_RU_JOB} and
 * {@code ACT_RU_INCIDENT}, joined by the root process instance: every phase runs as a
 * process called from the main one, so its root is the participation's main process
 * instance.
 */
@Repository
class ProgressQueries {

	private static final String PROBLEMS = """
			(exists (select 1 from ACT_RU_INCIDENT i join ACT_RU_EXECUTION e on e.ID_ = i.PROC_INST_ID_
			          where e.ROOT_PROC_INST_ID_ = p.process_instance_id)
			 or exists (select 1 from ACT_RU_TASK t join ACT_RU_EXECUTION e on e.ID_ = t.PROC_INST_ID_
			          where e.ROOT_PROC_INST_ID_ = p.process_instance_id and t.DUE_DATE_ < :now))""";

	private final NamedParameterJdbcTemplate jdbc;

	ProgressQueries(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	record Slice(List<ProgressRow> rows, long total) {
	}

	/**
	 * One page of these participations that the filter lets through, without figures.
	 */
	Slice page(SteeredParticipations visible, ProgressFilter filter, Instant now, int first, int size) {
		MapSqlParameterSource params = new MapSqlParameterSource();
		String where = where(visible, filter, now, params);
		long total = jdbc.queryForObject("select count(*) from participation p" + where, params, Long.class);
		params.addValue("first", first).addValue("size", size);
		List<ProgressRow> rows = jdbc
			.query("""
					select p.id, p.slug, p.title, p.organiser, p.status, p.current_phase, p.planned_start, p.measures_budget,
					       p.process_instance_id
					from participation p"""
					+ where + " order by " + order(filter.sort()) + " offset :first rows fetch next :size rows only",
					params, ProgressQueries::row);
		return new Slice(rows, total);
	}

	/** One participation by its slug. */
	Optional<ProgressRow> bySlug(String slug) {
		return jdbc
			.query("""
					select p.id, p.slug, p.title, p.organiser, p.status, p.current_phase, p.planned_start, p.measures_budget,
					       p.process_instance_id
					from participation p where p.slug = :slug""",
					new MapSqlParameterSource("slug", slug), ProgressQueries::row)
			.stream()
			.findFirst();
	}

	/** The organisers and years these participations have, for the filter's choices. */
	List<String> organisers(SteeredParticipations visible) {
		MapSqlParameterSource params = new MapSqlParameterSource();
		return jdbc.queryForList("select distinct p.organiser from participation p" + visibility(visible, params)
				+ " order by p.organiser", params, String.class);
	}

	List<Integer> years(SteeredParticipations visible) {
		MapSqlParameterSource params = new MapSqlParameterSource();
		return jdbc
			.queryForList("select distinct extract(year from p.planned_start) from participation p"
					+ visibility(visible, params) + " order by 1 desc", params, Number.class)
			.stream()
			.map(Number::intValue)
			.toList();
	}

	/**
	 * Survey responses, registrations, attendance, measures and budget used per
	 * participation: three queries.
	 */
	Map<Long, Figures> figures(Collection<Long> participationIds) {
		if (participationIds.isEmpty()) {
			return Map.of();
		}
		MapSqlParameterSource ids = new MapSqlParameterSource("ids", participationIds);
		Map<Long, Long> responses = new HashMap<>();
		jdbc.query("""
				select participation_id, sum(response_count) from survey
				where participation_id in (:ids) group by participation_id""", ids, rs -> {
			responses.put(rs.getLong(1), rs.getLong(2));
		});
		Map<Long, long[]> events = new HashMap<>();
		jdbc.query("""
				select participation_id, sum(registration_count), sum(coalesce(attendance, 0)) from participation_event
				where participation_id in (:ids) group by participation_id""", ids, rs -> {
			events.put(rs.getLong(1), new long[] { rs.getLong(2), rs.getLong(3) });
		});
		Map<Long, long[]> measures = new HashMap<>();
		jdbc.query("""
				select participation_id, count(*),
				       sum(case when status in ('DROPPED', 'MERGED', 'DEFERRED', 'NOT_ADOPTED') then 0
				                else estimated_cost end)
				from measure where participation_id in (:ids) group by participation_id""", ids, rs -> {
			measures.put(rs.getLong(1), new long[] { rs.getLong(2), rs.getLong(3) });
		});
		Map<Long, Figures> figures = new HashMap<>();
		for (Long id : participationIds) {
			long[] event = events.getOrDefault(id, new long[2]);
			long[] measure = measures.getOrDefault(id, new long[2]);
			figures.put(id, new Figures(responses.getOrDefault(id, 0L), event[0], event[1], measure[0], measure[1]));
		}
		return figures;
	}

	/**
	 * Open and overdue tasks, the next deadline and incidents per main process instance:
	 * three queries over the engine's runtime tables for the whole page.
	 */
	Map<String, EngineFigures> engineFigures(Collection<String> rootProcessInstanceIds, Instant now) {
		if (rootProcessInstanceIds.isEmpty()) {
			return Map.of();
		}
		MapSqlParameterSource params = new MapSqlParameterSource("roots", rootProcessInstanceIds).addValue("now",
				Timestamp.from(now));
		Map<String, long[]> tasks = new HashMap<>();
		Map<String, Instant> deadlines = new HashMap<>();
		jdbc.query("""
				select e.ROOT_PROC_INST_ID_, count(*), sum(case when t.DUE_DATE_ < :now then 1 else 0 end),
				       min(case when t.DUE_DATE_ >= :now then t.DUE_DATE_ end)
				from ACT_RU_TASK t join ACT_RU_EXECUTION e on e.ID_ = t.PROC_INST_ID_
				where e.ROOT_PROC_INST_ID_ in (:roots) group by e.ROOT_PROC_INST_ID_""", params, rs -> {
			tasks.put(rs.getString(1), new long[] { rs.getLong(2), rs.getLong(3) });
			earliest(deadlines, rs.getString(1), rs.getTimestamp(4));
		});
		jdbc.query("""
				select ROOT_PROC_INST_ID_, min(DUEDATE_) from ACT_RU_JOB
				where TYPE_ = 'timer' and ROOT_PROC_INST_ID_ in (:roots) and DUEDATE_ >= :now
				group by ROOT_PROC_INST_ID_""", params, rs -> {
			earliest(deadlines, rs.getString(1), rs.getTimestamp(2));
		});
		Map<String, Long> incidents = new HashMap<>();
		jdbc.query("""
				select e.ROOT_PROC_INST_ID_, count(*)
				from ACT_RU_INCIDENT i join ACT_RU_EXECUTION e on e.ID_ = i.PROC_INST_ID_
				where e.ROOT_PROC_INST_ID_ in (:roots) group by e.ROOT_PROC_INST_ID_""", params, rs -> {
			incidents.put(rs.getString(1), rs.getLong(2));
		});
		Map<String, EngineFigures> figures = new HashMap<>();
		for (String root : rootProcessInstanceIds) {
			long[] task = tasks.getOrDefault(root, new long[2]);
			figures.put(root,
					new EngineFigures(task[0], task[1], deadlines.get(root), incidents.getOrDefault(root, 0L)));
		}
		return figures;
	}

	private static void earliest(Map<String, Instant> deadlines, String root, Timestamp due) {
		if (due != null) {
			deadlines.merge(root, due.toInstant(), (a, b) -> a.isBefore(b) ? a : b);
		}
	}

	private static String where(SteeredParticipations visible, ProgressFilter filter, Instant now,
			MapSqlParameterSource params) {
		StringBuilder where = new StringBuilder(visibility(visible, params));
		if (filter.status() != null) {
			where.append(where.isEmpty() ? " where " : " and ");
			switch (filter.status()) {
				case RUNNING, FINISHED -> {
					where.append("p.status = :status");
					params.addValue("status", filter.status().name());
				}
				case PROBLEMS -> {
					where.append("p.status = 'RUNNING' and ").append(PROBLEMS);
					params.addValue("now", Timestamp.from(now));
				}
			}
		}
		if (filter.year() != null) {
			where.append(where.isEmpty() ? " where " : " and ")
				.append("p.planned_start >= :yearStart and p.planned_start < :nextYearStart");
			params.addValue("yearStart", LocalDate.of(filter.year(), 1, 1))
				.addValue("nextYearStart", LocalDate.of(filter.year() + 1, 1, 1));
		}
		if (filter.organiser() != null) {
			where.append(where.isEmpty() ? " where " : " and ").append("p.organiser = :organiser");
			params.addValue("organiser", filter.organiser());
		}
		return where.toString();
	}

	/**
	 * Who may see which participation is {@link ParticipationAccess}'s to say, not SQL's.
	 */
	private static String visibility(SteeredParticipations visible, MapSqlParameterSource params) {
		if (visible.all()) {
			return "";
		}
		if (visible.ids().isEmpty()) {
			return " where 1 = 0";
		}
		params.addValue("visible", visible.ids());
		return " where p.id in (:visible)";
	}

	private static String order(ProgressFilter.Sort sort) {
		return switch (sort) {
			case CREATED -> "p.created_at desc, p.id desc";
			case TITLE -> "p.title, p.id";
			case ORGANISER -> "p.organiser, p.title, p.id";
			case START -> "p.planned_start desc, p.id desc";
			case PHASE -> phaseOrder() + ", p.title, p.id";
		};
	}

	/** Running processes by their phase in the cycle, finished ones last. */
	private static String phaseOrder() {
		StringBuilder order = new StringBuilder("case p.current_phase");
		for (Phase phase : Phase.values()) {
			order.append(" when '").append(phase.name()).append("' then ").append(phase.number());
		}
		return order.append(" else ").append(Phase.values().length + 1).append(" end").toString();
	}

	private static ProgressRow row(ResultSet rs, int rowNum) throws SQLException {
		return new ProgressRow(rs.getLong("id"), rs.getString("slug"), rs.getString("title"), rs.getString("organiser"),
				rs.getString("status"), rs.getString("current_phase"), rs.getObject("planned_start", LocalDate.class),
				rs.getLong("measures_budget"), rs.getString("process_instance_id"), Figures.NONE, EngineFigures.NONE);
	}

}
