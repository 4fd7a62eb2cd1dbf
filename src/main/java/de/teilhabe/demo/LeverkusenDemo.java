package de.teilhabe.demo;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import de.teilhabe.event.ConferenceDemo;
import de.teilhabe.participation.Participation;
import de.teilhabe.participation.ParticipationService;
import de.teilhabe.participation.StartParticipation;
import de.teilhabe.task.TaskWorkService;
import de.teilhabe.workinggroup.WorkingGroup;
import de.teilhabe.workinggroup.WorkingGroupService;

/**
 * Runs the Leverkusen participation process of 2017 (shared/DOMAIN.md) through Teilhabe's own services, as the
 * people who ran it would: the coordinator, the manager and the eight working-group leads, each on their own tasks.
 * The demo seeding stops after the conference; the full-cycle tests run it to the council's decision.
 * Timers and asynchronous steps are the engine's job executor's; each step waits for the task it needs.
 */
@Component
public class LeverkusenDemo {

	public static final String TITLE = "Integrationskonzept Leverkusen 2017";

	public static final long BUDGET = 100_000;

	public static final long ATTENDANCE = 124;

	public static final List<String> TOPICS = List.of("Sprache/Sprachförderung", "Erziehung und Bildung",
			"Qualifizierung, Ausbildung und Arbeit", "Wohnen und Unterbringung", "Gesundheit",
			"Zivilgesellschaftliches/Bürgerschaftliches Engagement und Freizeit, Kultur, Sport",
			"Interkultureller und Interreligiöser Dialog", "Senioren/Altern in der Migrationsgesellschaft");

	/** Each working group proposes two measures; together they exceed the budget, so a manager must decide. */
	public static final long COST_FIRST_MEASURE = 12_000;

	public static final long COST_SECOND_MEASURE = 6_500;

	private static final Duration TIMEOUT = Duration.ofSeconds(60);

	private final ParticipationService participations;

	private final TaskWorkService work;

	private final TaskService taskService;

	private final WorkingGroupService workingGroups;

	private final ConferenceDemo conference;

	LeverkusenDemo(ParticipationService participations, TaskWorkService work, TaskService taskService,
			WorkingGroupService workingGroups, ConferenceDemo conference) {
		this.participations = participations;
		this.work = work;
		this.taskService = taskService;
		this.workingGroups = workingGroups;
		this.conference = conference;
	}

	public Participation start() {
		return participations.start(new StartParticipation(TITLE, "Kommunales Integrationszentrum Leverkusen",
				"Integration und Teilhabe", LocalDate.of(2017, 1, 16), LocalDate.of(2017, 12, 31), 2, BUDGET,
				"Rat der Stadt Leverkusen"), DemoUsers.COORDINATOR);
	}

	/** Two online surveys; both close at their close date (long past, so the timer fires at once). */
	public void runSurveys(Participation p) {
		complete(p, "UserTask_DesignSurvey", DemoUsers.COORDINATOR,
				Map.of("surveyTitle", "1. Online-Befragung: Integration in Leverkusen", "surveyCloseDate",
						"2017-03-10"));
		complete(p, "UserTask_DesignSurvey", DemoUsers.COORDINATOR,
				Map.of("surveyTitle", "2. Online-Befragung: Handlungsfelder vertiefen", "surveyCloseDate",
						"2017-04-21"));
		complete(p, "UserTask_AnalyzeSurveys", DemoUsers.COORDINATOR, Map.of("topics", TOPICS));
	}

	public void runWorkshop(Participation p) {
		complete(p, "UserTask_PlanWorkshop", DemoUsers.COORDINATOR,
				Map.of("workshopTitle", "Fachworkshop Integrationskonzept", "workshopDate", "2017-05-17",
						"workshopVenue", "Forum Leverkusen", "workshopInvitees",
						"Fachakteure der Integrationsarbeit, Institut für soziale Innovation"));
		complete(p, "UserTask_RecordWorkshopOutcome", DemoUsers.COORDINATOR,
				Map.of("topics", TOPICS, "workshopOutcome",
						"Die acht Themenfelder aus den Befragungen wurden bestätigt und geschärft.",
						"workshopParticipants", 35L));
	}

	public void setUpWorkingGroups(Participation p) {
		List<Map<String, Object>> groups = new ArrayList<>();
		for (int i = 0; i < TOPICS.size(); i++) {
			String topic = TOPICS.get(i);
			groups.add(Map.of("name", "AG " + (i + 1) + ": " + shortName(topic), "topic", topic, "lead",
					DemoUsers.LEADS.get(topic)));
		}
		complete(p, "UserTask_SetUpWorkingGroups", DemoUsers.COORDINATOR, Map.of("workingGroups", groups));
	}

	/** Plans the conference of Fri 30 June 2017; registration closes at its deadline, then the coordinator waits. */
	public void planConference(Participation p) {
		Map<String, Object> plan = new HashMap<>();
		plan.put("conferenceTitle", "Integrationskonferenz der Stadt Leverkusen");
		plan.put("conferenceDate", "2017-06-30");
		plan.put("conferenceStart", "15:00");
		plan.put("conferenceEnd", "19:00");
		plan.put("conferenceVenue", "Ratssaal, Rathaus Leverkusen, Friedrich-Ebert-Platz 1");
		plan.put("capacity", 150L);
		plan.put("registrationDeadline", "2017-06-23T23:59:00");
		complete(p, "UserTask_PlanConference", DemoUsers.COORDINATOR, plan);
		// the event page, invitation lists and registrations; the coordinator adds them, the deadline being past
		conference.prepare(p.getId(), workingGroups.ofParticipation(p.getId()).stream().map(WorkingGroup::getName).toList(),
				DemoUsers.COORDINATOR);
		complete(p, "UserTask_PrepareInvitations", DemoUsers.COORDINATOR, Map.of("invitationsReady", true));
	}

	public void holdConference(Participation p) {
		complete(p, "UserTask_ConductConference", DemoUsers.COORDINATOR,
				Map.of("conferenceHeld", true, "attendance", ATTENDANCE));
	}

	/** Each lead prepares the session and records one goal and two measures; the coordinator accepts them. */
	public void recordWorkingGroupResults(Participation p) {
		for (Task task : awaitTasks(p, "UserTask_PrepareSession", TOPICS.size())) {
			work.complete(task.getId(), groupOf(task).getLeadUserId(),
					Map.of("sessionQuestions", "Welche Ziele setzen wir uns bis 2020? Welche Maßnahmen braucht es?",
							"sessionMaterials", "Ergebnisse der Online-Befragungen, Themenpapier"));
		}
		for (Task task : awaitTasks(p, "UserTask_RecordResults", TOPICS.size())) {
			WorkingGroup group = groupOf(task);
			String topic = group.getTopic();
			String goal = "Teilhabe im Handlungsfeld " + shortName(topic) + " stärken";
			work.complete(task.getId(), group.getLeadUserId(), Map.of("goals",
					List.of(Map.of("title", goal, "description", "Ziel der AG " + shortName(topic))),
					"measures", List.of(
							measure("Bestandsaufnahme der Angebote: " + shortName(topic), COST_FIRST_MEASURE,
									"HIGH", goal),
							measure("Netzwerktreffen " + shortName(topic), COST_SECOND_MEASURE, "MEDIUM", goal))));
		}
		for (Task task : awaitTasks(p, "UserTask_ReviewResults", TOPICS.size())) {
			work.complete(task.getId(), DemoUsers.COORDINATOR,
					Map.of("resultsAccepted", true, "reviewComment", ""));
		}
	}

	/** The measures exceed the budget; the budget decision routes them to the manager, who approves. */
	public void consolidate(Participation p) {
		complete(p, "UserTask_ConsolidateMeasures", DemoUsers.COORDINATOR,
				Map.of("consolidationNotes", "Doppelte Netzwerktreffen werden gemeinsam geplant."));
		complete(p, "UserTask_ApproveBudget", DemoUsers.MANAGER,
				Map.of("budgetDecision", "approve", "budgetComment", "Überschreitung wird über zwei Jahre gestreckt."));
	}

	/** The manager first sends the documentation back with a reason, then approves and it is published. */
	public void document(Participation p) {
		complete(p, "UserTask_EditDocumentation", DemoUsers.COORDINATOR,
				Map.of("foreword", "Mit dem neuen Integrationskonzept stellt sich Leverkusen den Aufgaben.",
						"closingRemarks", "Wir danken allen Beteiligten."));
		complete(p, "UserTask_ApproveDocumentation", DemoUsers.MANAGER,
				Map.of("documentationApproved", false, "rejectionReason",
						"Bitte die Grußworte des Oberbürgermeisters ergänzen."));
		complete(p, "UserTask_EditDocumentation", DemoUsers.COORDINATOR, Map.of("foreword",
				"Mit dem neuen Integrationskonzept stellt sich Leverkusen den Aufgaben. Oberbürgermeister Uwe Richrath "
						+ "und Beigeordneter Markus Märtens danken allen Teilnehmenden.",
				"closingRemarks", "Wir danken allen Beteiligten."));
		complete(p, "UserTask_ApproveDocumentation", DemoUsers.MANAGER,
				Map.of("documentationApproved", true, "rejectionReason", ""));
	}

	public void councilAdopts(Participation p) {
		complete(p, "UserTask_SubmitToCouncil", DemoUsers.MANAGER, Map.of("councilBody", "Rat der Stadt Leverkusen",
				"councilSessionDate", "2017-12-11", "submissionNumber", "2017/1893"));
		complete(p, "UserTask_RecordCouncilDecision", DemoUsers.COORDINATOR, Map.of("councilDecision", "ADOPTED",
				"approvedBudget", BUDGET, "decisionNotes", "Das Integrationskonzept wird beschlossen."));
	}

	/** Everything up to the working groups' sessions at the conference: what a newcomer sees in the demo. */
	public Participation seed() {
		Participation p = start();
		runSurveys(p);
		runWorkshop(p);
		setUpWorkingGroups(p);
		planConference(p);
		awaitTasks(p, "UserTask_ConductConference", 1);
		awaitTasks(p, "UserTask_PrepareSession", TOPICS.size());
		return p;
	}

	public Participation runWholeCycle() {
		Participation p = start();
		runSurveys(p);
		runWorkshop(p);
		setUpWorkingGroups(p);
		planConference(p);
		holdConference(p);
		recordWorkingGroupResults(p);
		consolidate(p);
		document(p);
		councilAdopts(p);
		return p;
	}

	private void complete(Participation p, String taskKey, String userId, Map<String, Object> variables) {
		Task task = awaitTasks(p, taskKey, 1).get(0);
		work.complete(task.getId(), userId, variables);
	}

	/** Waits until the process has (at least) {@code count} open tasks of that kind, e.g. after a timer. */
	public List<Task> awaitTasks(Participation p, String taskKey, int count) {
		long deadline = System.nanoTime() + TIMEOUT.toNanos();
		while (true) {
			List<Task> tasks = taskService.createTaskQuery()
				.processInstanceBusinessKey(p.getSlug())
				.taskDefinitionKey(taskKey)
				.orderByTaskCreateTime()
				.asc()
				.list();
			if (tasks.size() >= count) {
				return tasks;
			}
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("Waited " + TIMEOUT + " for " + count + " task(s) " + taskKey
						+ " of " + p.getSlug() + ", found " + tasks.size());
			}
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Interrupted while waiting for " + taskKey, ex);
			}
		}
	}

	private WorkingGroup groupOf(Task task) {
		return workingGroups.get((Long) taskService.getVariable(task.getId(), "workingGroupId"));
	}

	private static Map<String, Object> measure(String title, long cost, String priority, String goal) {
		Map<String, Object> measure = new HashMap<>();
		measure.put("title", title);
		measure.put("description", "Vorschlag der Arbeitsgruppe auf der Integrationskonferenz");
		measure.put("responsibleBody", "Kommunales Integrationszentrum");
		measure.put("partners", "Wohlfahrtsverbände, Migrantenorganisationen");
		measure.put("estimatedCost", cost);
		measure.put("priority", priority);
		measure.put("timeframe", "2018-2020");
		measure.put("goal", goal);
		return measure;
	}

	static String shortName(String topic) {
		int cut = topic.indexOf(' ');
		String first = cut < 0 ? topic : topic.substring(0, cut);
		return first.replaceAll("[/,].*$", "");
	}

}
