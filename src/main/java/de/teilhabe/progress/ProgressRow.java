package de.teilhabe.progress;

import java.time.Instant;
import java.time.LocalDate;

import de.teilhabe.participation.Phase;

/**
 * One participation process on the overview: its record, where it stands, and its
 * figures.
 */
public record ProgressRow(long id, String slug, String title, String organiser, String status, String currentPhase,
		LocalDate plannedStart, long measuresBudget, String processInstanceId, Figures figures, EngineFigures engine) {

	static final int PHASES = Phase.values().length;

	public boolean finished() {
		return "FINISHED".equals(status);
	}

	/** Phases completed: all when finished, else those before the current one. */
	public int phasesDone() {
		if (finished()) {
			return PHASES;
		}
		return Phase.ofName(currentPhase).map(phase -> phase.number() - 1).orElse(0);
	}

	public int phases() {
		return PHASES;
	}

	public boolean hasProblems() {
		return engine.incidents() > 0 || engine.overdueTasks() > 0;
	}

	/**
	 * Survey responses, registrations, attendance and measures of one process, from the
	 * features' tables.
	 */
	public record Figures(long surveyResponses, long registrations, long attendance, long measures, long budgetUsed) {

		static final Figures NONE = new Figures(0, 0, 0, 0, 0);

	}

	/**
	 * Open and overdue tasks, the next deadline (task due date or timer) and failed
	 * steps, from the engine.
	 */
	public record EngineFigures(long openTasks, long overdueTasks, Instant nextDeadline, long incidents) {

		static final EngineFigures NONE = new EngineFigures(0, 0, null, 0);

	}

}
