package de.teilhabe.demo;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import de.teilhabe.event.ConferenceDemo;
import de.teilhabe.participation.Participation;
import de.teilhabe.participation.ParticipationService;
import de.teilhabe.participation.StartParticipation;
import de.teilhabe.survey.LeverkusenSurveys;
import de.teilhabe.task.TaskWorkService;
import de.teilhabe.workinggroup.WorkingGroup;
import de.teilhabe.workinggroup.WorkingGroupService;

/**
 * Runs the Leverkusen participation process of 2017 (shared/DOMAIN.md) through Teilhabe's
 * own services, as the people who ran it would: the coordinator, the manager and the
 * eight working-group leads, each on their own tasks. The demo seeding stops after the
 * conference; the full-cycle tests run it to the council's decision. Timers and
 * asynchronous steps are the engine's job executor's; each step waits for the task it
 * needs.
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

	/**
	 * Each working group proposes two measures; together they exceed the budget, so a
	 * manager must decide.
	 */
	public static final long COST_FIRST_MEASURE = 12_000;

	public static final long COST_SECOND_MEASURE = 6_500;

	private static final Duration TIMEOUT = Duration.ofSeconds(60);

	private final ParticipationService participations;

	private final TaskWorkService work;

	private final TaskService taskService;

	private final WorkingGroupService workingGroups;

	private final LeverkusenSurveys surveys;

	private final ConferenceDemo conference;

	private final Steps steps;

	private final Cast cast;

	/**
	 * Whether the people around the process act too: survey design and answers, the
	 * conference's guests.
	 */
	private final boolean withPeople;

	@Autowired
	LeverkusenDemo(ParticipationService participations, TaskWorkService work, TaskService taskService,
			WorkingGroupService workingGroups, LeverkusenSurveys surveys, ConferenceDemo conference) {
		this(participations, work, taskService, workingGroups, surveys, conference, work::complete, true, Cast.DEMO);
	}

	private LeverkusenDemo(ParticipationService participations, TaskWorkService work, TaskService taskService,
			WorkingGroupService workingGroups, LeverkusenSurveys surveys, ConferenceDemo conference, Steps steps,
			boolean withPeople, Cast cast) {
		this.participations = participations;
		this.work = work;
		this.taskService = taskService;
		this.workingGroups = workingGroups;
		this.surveys = surveys;
		this.conference = conference;
		this.steps = steps;
		this.withPeople = withPeople;
		this.cast = cast;
	}

	/**
	 * How a user task is completed: by its user through Teilhabe, or (for a baseline)
	 * directly on the engine.
	 */
	@FunctionalInterface
	public interface Steps {

		void complete(String taskId, String userId, Map<String, Object> variables);

	}

	/**
	 * The same cycle reduced to its process steps, each completed by {@code steps}: no
	 * survey is designed or answered and the conference gets no guests. The benchmark
	 * runs it once through Teilhabe and once on the bare engine.
	 */
	public LeverkusenDemo stepsOnly(Steps steps) {
		return new LeverkusenDemo(participations, work, taskService, workingGroups, surveys, conference, steps, false,
				cast);
	}

	/**
	 * The same cycle played by these users (who must exist, see
	 * {@link DemoUsers#create(Cast)}).
	 */
	public LeverkusenDemo playedBy(Cast cast) {
		return new LeverkusenDemo(participations, work, taskService, workingGroups, surveys, conference, steps,
				withPeople, cast);
	}

	public Participation start() {
		return participations.start(
				new StartParticipation(TITLE, "Kommunales Integrationszentrum Leverkusen", "Integration und Teilhabe",
						LocalDate.of(2017, 1, 16), LocalDate.of(2017, 12, 31), 2, BUDGET, "Rat der Stadt Leverkusen"),
				cast.coordinator());
	}

	/**
	 * Two online surveys: the coordinator designs the questions (round 2 copied from
	 * round 1), citizens answer anonymously, the coordinator closes each round early; the
	 * topic question proposes the eight topics.
	 */
	public void runSurveys(Participation p) {
		if (!withPeople) {
			for (int round = 0; round < 2; round++) {
				complete(p, "UserTask_DesignSurvey", cast.coordinator(), Map.of("surveyTitle",
						(round + 1) + ". Online-Befragung", "surveyCloseDate", surveys.closeDate()));
				complete(p, "UserTask_MonitorSurvey", cast.coordinator(), Map.of("closeSurveyEarly", true));
			}
			complete(p, "UserTask_AnalyzeSurveys", cast.coordinator(), Map.of("topics", TOPICS));
			return;
		}
		long first = surveys.designFirstRound(p.getId(), TOPICS);
		complete(p, "UserTask_DesignSurvey", cast.coordinator(), Map.of("surveyTitle",
				"1. Online-Befragung: Integration in Leverkusen", "surveyCloseDate", surveys.closeDate()));
		awaitTasks(p, "UserTask_MonitorSurvey", 1);
		surveys.answer(first, 30);
		complete(p, "UserTask_MonitorSurvey", cast.coordinator(), Map.of("closeSurveyEarly", true));
		long second = surveys.designSecondRound(p.getId(), first, TOPICS);
		complete(p, "UserTask_DesignSurvey", cast.coordinator(), Map.of("surveyTitle",
				"2. Online-Befragung: Handlungsfelder vertiefen", "surveyCloseDate", surveys.closeDate()));
		awaitTasks(p, "UserTask_MonitorSurvey", 1);
		surveys.answer(second, 20);
		complete(p, "UserTask_MonitorSurvey", cast.coordinator(), Map.of("closeSurveyEarly", true));
		complete(p, "UserTask_AnalyzeSurveys", cast.coordinator(), Map.of("topics", TOPICS));
	}

	public void runWorkshop(Participation p) {
		complete(p, "UserTask_PlanWorkshop", cast.coordinator(),
				Map.of("workshopTitle", "Fachworkshop Integrationskonzept", "workshopDate", "2017-05-17",
						"workshopVenue", "Forum Leverkusen", "workshopInvitees",
						"Fachakteure der Integrationsarbeit, Institut für soziale Innovation"));
		complete(p, "UserTask_RecordWorkshopOutcome", cast.coordinator(),
				Map.of("topics", TOPICS, "workshopOutcome",
						"Die acht Themenfelder aus den Befragungen wurden bestätigt und geschärft.",
						"workshopParticipants", 35L));
	}

	public void setUpWorkingGroups(Participation p) {
		List<Map<String, Object>> groups = new ArrayList<>();
		for (int i = 0; i < TOPICS.size(); i++) {
			String topic = TOPICS.get(i);
			groups.add(Map.of("name", "AG " + (i + 1) + ": " + shortName(topic), "topic", topic, "lead",
					cast.leads().get(topic)));
		}
		complete(p, "UserTask_SetUpWorkingGroups", cast.coordinator(), Map.of("workingGroups", groups));
	}

	/**
	 * Plans the conference of Fri 30 June 2017; registration closes at its deadline, then
	 * the coordinator waits.
	 */
	public void planConference(Participation p) {
		Map<String, Object> plan = new HashMap<>();
		plan.put("conferenceTitle", "Integrationskonferenz der Stadt Leverkusen");
		plan.put("conferenceDate", "2017-06-30");
		plan.put("conferenceStart", "15:00");
		plan.put("conferenceEnd", "19:00");
		plan.put("conferenceVenue", "Ratssaal, Rathaus Leverkusen, Friedrich-Ebert-Platz 1");
		plan.put("capacity", 150L);
		plan.put("registrationDeadline", "2017-06-23T23:59:00");
		complete(p, "UserTask_PlanConference", cast.coordinator(), plan);
		// the event page, invitation lists and registrations; the coordinator adds them,
		// the deadline being past
		if (withPeople) {
			conference.prepare(p.getId(),
					workingGroups.ofParticipation(p.getId()).stream().map(WorkingGroup::getName).toList(),
					cast.coordinator());
		}
		complete(p, "UserTask_PrepareInvitations", cast.coordinator(), Map.of("invitationsReady", true));
	}

	public void holdConference(Participation p) {
		complete(p, "UserTask_ConductConference", cast.coordinator(),
				Map.of("conferenceHeld", true, "attendance", ATTENDANCE));
	}

	/**
	 * Each lead prepares the session and records one goal and two measures; the
	 * coordinator accepts them.
	 */
	public void recordWorkingGroupResults(Participation p) {
		for (Task task : awaitTasks(p, "UserTask_PrepareSession", TOPICS.size())) {
			steps.complete(task.getId(), groupOf(task).getLeadUserId(),
					Map.of("sessionQuestions", "Welche Ziele setzen wir uns bis 2020? Welche Maßnahmen braucht es?",
							"sessionMaterials", "Ergebnisse der Online-Befragungen, Themenpapier"));
		}
		for (Task task : awaitTasks(p, "UserTask_RecordResults", TOPICS.size())) {
			WorkingGroup group = groupOf(task);
			GroupResults results = RESULTS.get(TOPICS.indexOf(group.getTopic()));
			steps.complete(task.getId(), group.getLeadUserId(),
					Map.of("goals", List.of(Map.of("title", results.goal(), "description", results.goalDescription())),
							"measures", List.of(measure(results.first(), COST_FIRST_MEASURE, "HIGH", results.goal()),
									measure(results.second(), COST_SECOND_MEASURE, "MEDIUM", results.goal()))));
		}
		for (Task task : awaitTasks(p, "UserTask_ReviewResults", TOPICS.size())) {
			steps.complete(task.getId(), cast.coordinator(), Map.of("resultsAccepted", true, "reviewComment", ""));
		}
	}

	/**
	 * A measure as a working group wrote it down: title, description, responsible body,
	 * partners, timeframe.
	 */
	private record MeasureText(String title, String description, String responsibleBody, String partners,
			String timeframe) {
	}

	private record GroupResults(String goal, String goalDescription, MeasureText first, MeasureText second) {
	}

	/**
	 * What the eight working groups of the conference formulated, in the order of
	 * {@link #TOPICS}.
	 */
	private static final List<GroupResults> RESULTS = List.of(
			new GroupResults("Sprachförderung von Anfang an sichern",
					"Kinder, Jugendliche und Erwachsene mit Zuwanderungsgeschichte finden ein passendes, "
							+ "wohnortnahes Sprachangebot.",
					new MeasureText("Sprachkursbörse Leverkusen",
							"Eine tagesaktuelle Übersicht aller Integrations- und Sprachkurse mit freien Plätzen.",
							"Kommunales Integrationszentrum", "Volkshochschule, Sprachkursträger", "2018"),
					new MeasureText("Sprachpatenschaften für Familien",
							"Ehrenamtliche begleiten Familien beim Deutschlernen im Alltag.",
							"Kommunales Integrationszentrum", "Freiwilligenagentur, Wohlfahrtsverbände", "2018-2019")),
			new GroupResults("Bildungschancen unabhängig von der Herkunft",
					"Übergänge von der Kita in die Schule und von der Schule in den Beruf gelingen allen Kindern.",
					new MeasureText("Elternbegleiterinnen an Grundschulen",
							"Mehrsprachige Elternbegleiterinnen erklären das Schulsystem und vermitteln bei Gesprächen.",
							"Fachbereich Schulen", "Grundschulen, Migrantenorganisationen", "2018-2020"),
					new MeasureText("Fortbildung interkulturelle Kompetenz für Kita-Fachkräfte",
							"Vier Fortbildungstage pro Jahr für Erzieherinnen und Erzieher.",
							"Fachbereich Kinder und Jugend", "Kita-Träger", "ab 2018")),
			new GroupResults("Zugang zu Ausbildung und Arbeit erleichtern",
					"Zugewanderte finden schneller eine Ausbildung oder Arbeit, die ihrer Qualifikation entspricht.",
					new MeasureText("Anerkennungsberatung vor Ort",
							"Monatliche Sprechstunde zur Anerkennung ausländischer Berufsabschlüsse.",
							"Jobcenter Leverkusen", "Agentur für Arbeit, IHK, Handwerkskammer", "2018-2020"),
					new MeasureText("Ausbildungsbörse für junge Geflüchtete",
							"Jährliche Börse, auf der Betriebe und junge Geflüchtete einander kennenlernen.",
							"Wirtschaftsförderung Leverkusen", "IHK, Kreishandwerkerschaft", "jährlich ab 2018")),
			new GroupResults("Gutes Wohnen in gemischten Nachbarschaften",
					"Geflüchtete ziehen aus Gemeinschaftsunterkünften in eigene Wohnungen; Nachbarschaften halten zusammen.",
					new MeasureText("Wohnungslotsen",
							"Lotsinnen und Lotsen vermitteln zwischen Vermietern und Wohnungssuchenden.",
							"Fachbereich Soziales", "Wohnungsgesellschaften, Caritas", "2018-2019"),
					new MeasureText("Nachbarschaftsfeste in den Quartieren",
							"Jährliche Feste in Quartieren mit neuen Unterkünften.", "Quartiersmanagement",
							"Bürgervereine, Kirchengemeinden", "jährlich")),
			new GroupResults("Gesundheitsversorgung für alle verständlich machen",
					"Zugewanderte kennen die Angebote des Gesundheitssystems und nutzen sie.",
					new MeasureText("Mehrsprachiger Gesundheitswegweiser",
							"Gedruckter und digitaler Wegweiser in sechs Sprachen.", "Gesundheitsamt",
							"Ärztekammer, Klinikum Leverkusen", "2018"),
					new MeasureText("Dolmetscherpool für Arztbesuche",
							"Geschulte ehrenamtliche Sprachmittlerinnen und Sprachmittler begleiten zu Terminen.",
							"Kommunales Integrationszentrum", "Gesundheitsamt, Wohlfahrtsverbände", "2018-2020")),
			new GroupResults("Engagement von und mit Zugewanderten stärken",
					"Vereine in Sport, Kultur und Freizeit öffnen sich; Zugewanderte engagieren sich selbst.",
					new MeasureText("Vereinslotsen für Sport und Kultur",
							"Lotsinnen und Lotsen vermitteln Kinder und Erwachsene in Vereine.", "Sportbund Leverkusen",
							"Kulturvereine, Freiwilligenagentur", "2018-2020"),
					new MeasureText("Qualifizierung von Migrantenorganisationen",
							"Workshops zu Vereinsrecht, Fördermitteln und Öffentlichkeitsarbeit.",
							"Kommunales Integrationszentrum", "Integrationsrat, Migrantenorganisationen", "2018")),
			new GroupResults("Dialog zwischen Kulturen und Religionen verstetigen",
					"Begegnung und Austausch zwischen Kulturen und Religionen finden regelmäßig statt.",
					new MeasureText("Interreligiöser Runder Tisch",
							"Vierteljährliches Treffen der Religionsgemeinschaften mit der Stadtspitze.",
							"Büro des Oberbürgermeisters", "Kirchen, Moscheegemeinden, Jüdische Gemeinde", "ab 2018"),
					new MeasureText("Interkultureller Kalender",
							"Ein gemeinsamer Kalender der Feste und Feiertage aller Gemeinschaften.",
							"Kommunales Integrationszentrum", "Integrationsrat", "jährlich")),
			new GroupResults("Älter werden in der Migrationsgesellschaft",
					"Ältere Zugewanderte kennen die Angebote der Altenhilfe; diese sind kultursensibel.",
					new MeasureText("Kultursensible Pflegeberatung",
							"Beratung zu Pflege und Pflegeversicherung in mehreren Sprachen.", "Fachbereich Senioren",
							"Pflegestützpunkt, Wohlfahrtsverbände", "2018-2020"),
					new MeasureText("Seniorentreffs interkulturell öffnen",
							"Begegnungsangebote der Seniorentreffs mit Migrantenorganisationen gemeinsam gestalten.",
							"Fachbereich Senioren", "Seniorenbeirat, Migrantenorganisationen", "2019")));

	/**
	 * The measures exceed the budget; the budget decision routes them to the manager, who
	 * approves.
	 */
	public void consolidate(Participation p) {
		complete(p, "UserTask_ConsolidateMeasures", cast.coordinator(),
				Map.of("consolidationNotes", "Doppelte Netzwerktreffen werden gemeinsam geplant."));
		complete(p, "UserTask_ApproveBudget", cast.manager(),
				Map.of("budgetDecision", "approve", "budgetComment", "Überschreitung wird über zwei Jahre gestreckt."));
	}

	/**
	 * The manager first sends the documentation back with a reason, then approves and it
	 * is published.
	 */
	public void document(Participation p) {
		complete(p, "UserTask_EditDocumentation", cast.coordinator(),
				Map.of("foreword", "Mit dem neuen Integrationskonzept stellt sich Leverkusen den Aufgaben.",
						"closingRemarks", "Wir danken allen Beteiligten."));
		complete(p, "UserTask_ApproveDocumentation", cast.manager(), Map.of("documentationApproved", false,
				"rejectionReason", "Bitte die Grußworte des Oberbürgermeisters ergänzen."));
		complete(p, "UserTask_EditDocumentation", cast.coordinator(), Map.of("foreword",
				"Mit dem neuen Integrationskonzept stellt sich Leverkusen den Aufgaben. Oberbürgermeister Uwe Richrath "
						+ "und Beigeordneter Markus Märtens danken allen Teilnehmenden.",
				"closingRemarks", "Wir danken allen Beteiligten."));
		complete(p, "UserTask_ApproveDocumentation", cast.manager(),
				Map.of("documentationApproved", true, "rejectionReason", ""));
	}

	/** The manager brings the concept into the council (Ratsvorlage). */
	public void submitToCouncil(Participation p) {
		complete(p, "UserTask_SubmitToCouncil", cast.manager(), Map.of("councilBody", "Rat der Stadt Leverkusen",
				"councilSessionDate", "2017-12-11", "submissionNumber", "2017/1893"));
	}

	public void councilAdopts(Participation p) {
		complete(p, "UserTask_RecordCouncilDecision", cast.coordinator(), Map.of("councilDecision", "ADOPTED",
				"approvedBudget", BUDGET, "decisionNotes", "Das Integrationskonzept wird beschlossen."));
	}

	/**
	 * Everything up to the working groups' sessions at the conference: what a newcomer
	 * sees in the demo.
	 */
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

	/**
	 * Everything up to the council's session: the decision is the coordinator's next
	 * task.
	 */
	public Participation runUpToCouncilDecision() {
		Participation p = start();
		runSurveys(p);
		runWorkshop(p);
		setUpWorkingGroups(p);
		planConference(p);
		holdConference(p);
		recordWorkingGroupResults(p);
		consolidate(p);
		document(p);
		submitToCouncil(p);
		return p;
	}

	public Participation runWholeCycle() {
		Participation p = runUpToCouncilDecision();
		councilAdopts(p);
		return p;
	}

	private void complete(Participation p, String taskKey, String userId, Map<String, Object> variables) {
		Task task = awaitTasks(p, taskKey, 1).get(0);
		steps.complete(task.getId(), userId, variables);
	}

	/**
	 * Waits until the process has (at least) {@code count} open tasks of that kind, e.g.
	 * after a timer.
	 */
	public List<Task> awaitTasks(Participation p, String taskKey, int count) {
		long deadline = System.nanoTime() + TIMEOUT.toNanos();
		long pause = 1;
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
				throw new IllegalStateException("Waited " + TIMEOUT + " for " + count + " task(s) " + taskKey + " of "
						+ p.getSlug() + ", found " + tasks.size());
			}
			try {
				// asynchronous steps usually take milliseconds, timers longer: look again
				// soon, then less often
				Thread.sleep(pause);
				pause = Math.min(pause * 2, 100);
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

	private static Map<String, Object> measure(MeasureText text, long cost, String priority, String goal) {
		Map<String, Object> measure = new HashMap<>();
		measure.put("title", text.title());
		measure.put("description", text.description());
		measure.put("responsibleBody", text.responsibleBody());
		measure.put("partners", text.partners());
		measure.put("estimatedCost", cost);
		measure.put("priority", priority);
		measure.put("timeframe", text.timeframe());
		measure.put("goal", goal);
		return measure;
	}

	static String shortName(String topic) {
		int cut = topic.indexOf(' ');
		String first = cut < 0 ? topic : topic.substring(0, cut);
		return first.replaceAll("[/,].*$", "");
	}

}
