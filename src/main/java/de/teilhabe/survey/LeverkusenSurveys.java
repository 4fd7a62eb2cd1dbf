package de.teilhabe.survey;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.springframework.stereotype.Component;

/**
 * The two online surveys of the Leverkusen 2017 demo: the coordinator's questions, and
 * simulated citizens who answer through the public answering service (with their own
 * browser token each), so the demo has results to analyse.
 */
@Component
public class LeverkusenSurveys {

	private static final List<String> STAY = List.of("weniger als 5 Jahre", "5 bis 20 Jahre", "mehr als 20 Jahre",
			"seit meiner Geburt");

	private final SurveyService surveys;

	private final SurveyAnswers answers;

	private final Clock clock;

	LeverkusenSurveys(SurveyService surveys, SurveyAnswers answers, Clock clock) {
		this.surveys = surveys;
		this.answers = answers;
		this.clock = clock;
	}

	/**
	 * A close date four weeks ahead, so the simulated citizens can answer before the
	 * coordinator closes early.
	 */
	public String closeDate() {
		return LocalDate.now(clock).plusWeeks(4).toString();
	}

	/**
	 * Round 1: where people live, which topics matter (proposing the topics), ratings and
	 * free texts.
	 */
	public long designFirstRound(long participationId, List<String> topics) {
		Survey draft = surveys.draft(participationId, "");
		long id = draft.getId();
		surveys.describe(id,
				"Die Stadt Leverkusen erarbeitet ein neues Integrationskonzept. Sagen Sie uns, was "
						+ "Ihnen wichtig ist – die Antworten bestimmen die Themen der Integrationskonferenz.",
				"Die Befragung ist anonym. Es werden keine IP-Adressen oder anderen personenbezogenen Daten gespeichert. "
						+ "Verantwortlich: Kommunales Integrationszentrum Leverkusen.");
		surveys.addQuestion(id, new NewQuestion(QuestionKind.SINGLE_CHOICE, "Wie lange leben Sie schon in Leverkusen?",
				true, STAY, List.of(), null, null, null, null, false, null, null));
		surveys.addQuestion(id,
				new NewQuestion(QuestionKind.MULTIPLE_CHOICE,
						"Welche Handlungsfelder sind für die Integration in Leverkusen am wichtigsten?", true, topics,
						List.of(), 1, 3, null, null, true, null, null));
		surveys.addQuestion(id,
				new NewQuestion(QuestionKind.RATING, "Wie gut gelingt das Zusammenleben in Ihrem Stadtteil?", false,
						List.of(), List.of(), null, null, "sehr schlecht", "sehr gut", false, null, null));
		surveys.addQuestion(id,
				new NewQuestion(QuestionKind.MATRIX, "Wie bewerten Sie diese Angebote?", false, List.of(),
						List.of("Sprachkurse", "Beratung", "Kitas und Schulen", "Freizeitangebote"), null, null,
						"sehr schlecht", "sehr gut", false, null, null));
		SurveyQuestion volunteer = surveys.addQuestion(id,
				NewQuestion.of(QuestionKind.SINGLE_CHOICE, "Engagieren Sie sich ehrenamtlich?", false, "Ja", "Nein"));
		surveys.addQuestion(id, new NewQuestion(QuestionKind.LONG_TEXT, "Wo engagieren Sie sich?", false, List.of(),
				List.of(), null, null, null, null, false, volunteer.getId(), "Ja"));
		surveys.addQuestion(id, NewQuestion.of(QuestionKind.LONG_TEXT,
				"Was sollte die Stadt aus Ihrer Sicht als Erstes angehen?", false));
		return id;
	}

	/** Round 2: the questions of round 1 again, and a ranking of the topics. */
	public long designSecondRound(long participationId, long firstRound, List<String> topics) {
		long id = surveys.draft(participationId, "").getId();
		surveys.copyQuestions(id, firstRound);
		surveys.addQuestion(id,
				new NewQuestion(QuestionKind.RANKING,
						"Bringen Sie die Handlungsfelder in eine Reihenfolge (1 = am dringendsten).", false, topics,
						List.of(), null, null, null, null, true, null, null));
		return id;
	}

	/** {@code count} citizens answer the open survey, each from their own browser. */
	public void answer(long surveyId, int count) {
		Survey survey = surveys.get(surveyId);
		List<SurveyQuestion> questions = surveys.questions(surveyId);
		Random random = new Random(2017 + surveyId);
		for (int citizen = 0; citizen < count; citizen++) {
			Map<String, List<String>> params = new java.util.HashMap<>();
			boolean volunteers = random.nextInt(3) == 0;
			for (SurveyQuestion q : questions) {
				String name = SurveyAnswers.param(q.getId());
				List<String> options = q.getOptions();
				switch (q.getKind()) {
					case SINGLE_CHOICE -> params.put(name, List.of(options.contains("Ja") ? (volunteers ? "Ja" : "Nein")
							: options.get(random.nextInt(options.size()))));
					case MULTIPLE_CHOICE -> {
						List<String> chosen = new ArrayList<>(List.of(options.get(citizen % options.size())));
						String second = options
							.get(Math.min(random.nextInt(options.size()), random.nextInt(options.size())));
						if (!chosen.contains(second)) {
							chosen.add(second);
						}
						params.put(name, chosen);
					}
					case RATING -> params.put(name, List.of(String.valueOf(2 + random.nextInt(4))));
					case MATRIX -> {
						for (int i = 0; i < q.getItems().size(); i++) {
							params.put(name + "_" + i, List.of(String.valueOf(1 + random.nextInt(5))));
						}
					}
					case RANKING -> {
						List<Integer> ranks = new ArrayList<>();
						for (int i = 1; i <= options.size(); i++) {
							ranks.add(i);
						}
						java.util.Collections.shuffle(ranks, random);
						for (int i = 0; i < options.size(); i++) {
							params.put(name + "_" + i, List.of(String.valueOf(ranks.get(i))));
						}
					}
					case LONG_TEXT, SHORT_TEXT -> {
						if (q.getConditionQuestionId() != null) {
							params.put(name, List.of(volunteers ? "Im Sportverein und in der Flüchtlingshilfe." : ""));
						}
						else if (citizen % 3 == 0) {
							params.put(name, List.of(IDEAS.get(citizen % IDEAS.size())));
						}
					}
				}
			}
			AnswerOutcome outcome = answers.answer(new AnswerSubmission(survey.getPublicToken(), params,
					answers.issueToken(survey), "demo-citizen-" + citizen, ""));
			if (outcome.kind() != AnswerOutcome.Kind.STORED) {
				throw new IllegalStateException("Demo answer refused: " + outcome);
			}
		}
	}

	private static final List<String> IDEAS = List.of("Mehr Sprachkurse am Abend, auch für Berufstätige.",
			"Begegnungsorte im Stadtteil schaffen.", "Ältere Migrantinnen und Migranten besser erreichen.",
			"Bezahlbarer Wohnraum für alle.", "Ausbildungspaten für Jugendliche.");

}
