package de.teilhabe;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import de.teilhabe.demo.Cast;
import de.teilhabe.demo.DemoUsers;
import de.teilhabe.demo.LeverkusenDemo;
import de.teilhabe.participation.Participation;
import de.teilhabe.participation.Phase;

/**
 * Hands out a Leverkusen 2017 participation at a given phase, run through the
 * application's services by {@link LeverkusenDemo}, so that no test class replays the
 * cycle in its own set-up. {@link #at(Phase)} keeps one per phase for the tests that only
 * read it; a test that changes its participation takes a {@link #fresh(Phase)} one. Each
 * participation is played by users of its own ({@link #castOf}: coordinator, manager and
 * leads named like the demo's with a suffix, password {@link DemoUsers#PASSWORD}): a
 * lead's list holds only this participation's tasks. Managers also see their role's open
 * tasks of every participation, so a test filters their lists by its process.
 */
@Component
public class LeverkusenFixture {

	private final DemoUsers users;

	private final LeverkusenDemo leverkusen;

	private final Map<Phase, Participation> shared = new EnumMap<>(Phase.class);

	private final Map<String, Cast> casts = new ConcurrentHashMap<>();

	LeverkusenFixture(DemoUsers users, LeverkusenDemo leverkusen) {
		this.users = users;
		this.leverkusen = leverkusen;
	}

	/**
	 * The participation of this phase that every reading test shares: don't change it.
	 */
	public synchronized Participation at(Phase phase) {
		return shared.computeIfAbsent(phase, this::fresh);
	}

	/**
	 * A participation of its own, waiting at the start of the phase (for
	 * {@link Phase#CONFERENCE}: at the working groups' sessions and the conference
	 * itself, as the demo is seeded; for {@link Phase#MEASURE_TRACKING}: the council has
	 * adopted the concept).
	 */
	public Participation fresh(Phase phase) {
		Cast cast = Cast.suffixed(UUID.randomUUID().toString().substring(0, 8));
		users.create(cast);
		return play(cast, phase);
	}

	/**
	 * Another participation of its own, played by the same users as this one (its
	 * coordinator, manager and leads of the same topics), at this phase: for a test that
	 * needs one team at two phases at once.
	 */
	public Participation alongside(Participation participation, Phase phase) {
		return play(castOf(participation), phase);
	}

	private Participation play(Cast cast, Phase phase) {
		LeverkusenDemo leverkusen = this.leverkusen.playedBy(cast);
		Participation p = leverkusen.start();
		casts.put(p.getSlug(), cast);
		leverkusen.awaitTasks(p, "UserTask_DesignSurvey", 1);
		if (reached(phase, Phase.WORKSHOP)) {
			leverkusen.runSurveys(p);
		}
		if (reached(phase, Phase.CONFERENCE)) {
			leverkusen.runWorkshop(p);
			leverkusen.setUpWorkingGroups(p);
			leverkusen.planConference(p);
			leverkusen.awaitTasks(p, "UserTask_ConductConference", 1);
			leverkusen.awaitTasks(p, "UserTask_PrepareSession", LeverkusenDemo.TOPICS.size());
		}
		if (reached(phase, Phase.CONSOLIDATION)) {
			leverkusen.holdConference(p);
			leverkusen.recordWorkingGroupResults(p);
			leverkusen.awaitTasks(p, "UserTask_ConsolidateMeasures", 1);
		}
		if (reached(phase, Phase.DOCUMENTATION)) {
			leverkusen.consolidate(p);
			leverkusen.awaitTasks(p, "UserTask_EditDocumentation", 1);
		}
		if (reached(phase, Phase.COUNCIL)) {
			leverkusen.document(p);
			leverkusen.submitToCouncil(p);
			leverkusen.awaitTasks(p, "UserTask_RecordCouncilDecision", 1);
		}
		if (reached(phase, Phase.MEASURE_TRACKING)) {
			leverkusen.councilAdopts(p);
		}
		return p;
	}

	/** The users who play this participation. */
	public Cast castOf(Participation participation) {
		return casts.get(participation.getSlug());
	}

	/** See {@link LeverkusenDemo#awaitTasks}. */
	public List<Task> awaitTasks(Participation participation, String taskKey, int count) {
		return leverkusen.awaitTasks(participation, taskKey, count);
	}

	private static boolean reached(Phase wanted, Phase step) {
		return wanted.compareTo(step) >= 0;
	}

}
