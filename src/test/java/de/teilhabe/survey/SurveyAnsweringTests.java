package de.teilhabe.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import de.teilhabe.participation.ParticipationService;
import de.teilhabe.participation.StartParticipation;
import de.teilhabe.survey.AnswerOutcome.Kind;
import de.teilhabe.survey.SurveyResults.QuestionResult;
import de.teilhabe.survey.SurveyResults.Results;
import de.teilhabe.survey.SurveyResults.Row;
import de.teilhabe.system.NotFoundException;

/**
 * Answering a survey through the public answering service: every question type, every
 * refusal (nothing stored), the anonymity promise and the result counts on a known set of
 * answers; run once per database by the subclasses (with at most 5 answers per
 * fingerprint and day).
 */
abstract class SurveyAnsweringTests {

	static final String ADDRESS = "203.0.113.77";

	static final String BROWSER = "Mozilla/5.0 (Anonymitätstest)";

	@Autowired
	SurveyService surveys;

	@Autowired
	SurveyAnswers answers;

	@Autowired
	SurveyResults results;

	@Autowired
	SurveyExport export;

	@Autowired
	ParticipationService participations;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CloseSurveyDelegate closeSurveyDelegate;

	Survey survey;

	SurveyQuestion single;

	SurveyQuestion multiple;

	SurveyQuestion shortText;

	SurveyQuestion longText;

	SurveyQuestion rating;

	SurveyQuestion ranking;

	SurveyQuestion matrix;

	SurveyQuestion volunteer;

	SurveyQuestion where;

	int citizen;

	@BeforeEach
	void openASurveyWithEveryQuestionType() {
		long participation = participations
			.start(new StartParticipation("Befragungstest " + System.nanoTime(), "Kommunales Integrationszentrum",
					"Integration", LocalDate.of(2017, 1, 16), LocalDate.of(2017, 12, 31), 2, 100_000L, "Rat"),
					"koordination")
			.getId();
		long id = surveys.draft(participation, "").getId();
		single = surveys.addQuestion(id,
				NewQuestion.of(QuestionKind.SINGLE_CHOICE, "Wie lange leben Sie hier?", true, "kurz", "lang"));
		multiple = surveys.addQuestion(id, new NewQuestion(QuestionKind.MULTIPLE_CHOICE, "Welche Themen?", false,
				List.of("Sprache", "Bildung", "Wohnen"), List.of(), 1, 2, null, null, true, null, null));
		shortText = surveys.addQuestion(id, NewQuestion.of(QuestionKind.SHORT_TEXT, "Ihr Stadtteil?", false));
		longText = surveys.addQuestion(id, NewQuestion.of(QuestionKind.LONG_TEXT, "Ihre Idee?", false));
		rating = surveys.addQuestion(id, new NewQuestion(QuestionKind.RATING, "Wie gut ist das Zusammenleben?", false,
				List.of(), List.of(), null, null, "schlecht", "gut", false, null, null));
		ranking = surveys.addQuestion(id, NewQuestion.of(QuestionKind.RANKING, "Reihenfolge?", false, "A", "B", "C"));
		matrix = surveys.addQuestion(id, new NewQuestion(QuestionKind.MATRIX, "Angebote?", false, List.of(),
				List.of("Kurse", "Beratung"), null, null, null, null, false, null, null));
		volunteer = surveys.addQuestion(id,
				NewQuestion.of(QuestionKind.SINGLE_CHOICE, "Ehrenamt?", false, "Ja", "Nein"));
		where = surveys.addQuestion(id, new NewQuestion(QuestionKind.SHORT_TEXT, "Wo?", true, List.of(), List.of(),
				null, null, null, null, false, volunteer.getId(), "Ja"));
		survey = surveys.open(participation, 1, "Testbefragung", LocalDate.now().plusDays(7).atTime(23, 59, 59));
	}

	AnswerOutcome send(Map<String, List<String>> params) {
		return send(params, answers.issueToken(survey), "citizen-" + citizen++);
	}

	AnswerOutcome send(Map<String, List<String>> params, String token, String fingerprint) {
		return answers.answer(new AnswerSubmission(survey.getPublicToken(), params, token, fingerprint, ""));
	}

	static Map<String, List<String>> answer(Object... pairs) {
		Map<String, List<String>> params = new HashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			Object value = pairs[i + 1];
			params.put((String) pairs[i], value instanceof List<?> list ? list.stream().map(String::valueOf).toList()
					: List.of(String.valueOf(value)));
		}
		return params;
	}

	String q(SurveyQuestion question) {
		return SurveyAnswers.param(question.getId());
	}

	String q(SurveyQuestion question, int index) {
		return q(question) + "_" + index;
	}

	long storedResponses() {
		return jdbc.sql("select count(*) from survey_response where survey_id = ?")
			.param(survey.getId())
			.query(Long.class)
			.single();
	}

	@Test
	void shouldStoreAnAnswerToEveryQuestionTypeAndCountIt() {
		AnswerOutcome outcome = send(answer(q(single), "kurz", q(multiple), List.of("Sprache", "Wohnen"), q(shortText),
				"Wiesdorf", q(longText), "Mehr Sprachkurse", q(rating), "4", q(ranking, 0), "2", q(ranking, 1), "1",
				q(ranking, 2), "3", q(matrix, 0), "5", q(matrix, 1), "3", q(volunteer), "Ja", q(where), "Sportverein"));

		assertThat(outcome.kind()).isEqualTo(Kind.STORED);
		assertThat(surveys.get(survey.getId()).getResponseCount()).isEqualTo(1);
		assertThat(results.answers(survey.getId()))
			.extracting(a -> a.item() == null ? a.value() : a.item() + "=" + a.value())
			.containsExactlyInAnyOrder("kurz", "Sprache", "Wohnen", "Wiesdorf", "Mehr Sprachkurse", "4", "A=2", "B=1",
					"C=3", "Kurse=5", "Beratung=3", "Ja", "Sportverein");
	}

	@Test
	void shouldCountKnownAnswersPerRespondentAndPerAnswer() {
		send(answer(q(single), "kurz", q(multiple), List.of("Sprache", "Bildung"), q(rating), "5", q(ranking, 0), "1",
				q(ranking, 1), "2", q(ranking, 2), "3", q(matrix, 0), "4", q(matrix, 1), "2", q(longText),
				"Sprachcafé"));
		send(answer(q(single), "lang", q(multiple), List.of("Sprache"), q(rating), "3", q(ranking, 0), "1",
				q(ranking, 1), "3", q(ranking, 2), "2", q(matrix, 0), "2"));
		send(answer(q(single), "kurz", q(multiple), List.of("Wohnen", "Sprache"), q(longText), "Wohnungen"));
		send(answer(q(single), "kurz"));

		Results r = results.of(survey.getId(), null);

		assertThat(r.responses()).isEqualTo(4);
		assertThat(r.perDay()).singleElement().satisfies(d -> assertThat(d.responses()).isEqualTo(4));
		assertThat(rows(r, single)).containsExactly("kurz 3 75.0 75.0", "lang 1 25.0 25.0");
		// 3 of 4 people answered; 5 ticks: Sprache by all 3 respondents (100 %), 3 of 5
		// ticks (60 %)
		assertThat(result(r, multiple).respondents()).isEqualTo(3);
		assertThat(rows(r, multiple)).containsExactly("Sprache 3 100.0 60.0", "Bildung 1 33.3 20.0",
				"Wohnen 1 33.3 20.0");
		assertThat(result(r, rating).average()).isEqualTo(4.0);
		assertThat(rows(r, rating)).containsExactly("1 0 0.0 0.0", "2 0 0.0 0.0", "3 1 50.0 50.0", "4 0 0.0 0.0",
				"5 1 50.0 50.0");
		assertThat(result(r, ranking).rows()).extracting(Row::label, Row::average)
			.containsExactly(tuple("A", 1.0), tuple("B", 2.5), tuple("C", 2.5));
		assertThat(result(r, matrix).rows()).extracting(Row::label, Row::scaleCounts, Row::average)
			.containsExactly(tuple("Kurse", List.of(0L, 1L, 0L, 1L, 0L), 3.0),
					tuple("Beratung", List.of(0L, 1L, 0L, 0L, 0L), 2.0));
		assertThat(result(r, longText).texts()).containsExactly("Sprachcafé", "Wohnungen");
		assertThat(results.of(survey.getId(), "WOHN").questions().get(3).texts()).containsExactly("Wohnungen");
		assertThat(results.proposedTopics(survey.getParticipationId())).containsExactly("Sprache", "Bildung", "Wohnen");
	}

	@Test
	void shouldExportOneRowPerResponse() throws IOException {
		send(answer(q(single), "kurz", q(multiple), List.of("Sprache", "Bildung"), q(ranking, 0), "1", q(ranking, 1),
				"2", q(ranking, 2), "3"));
		send(answer(q(single), "lang", q(shortText), "Opladen; Mitte"));

		List<List<String>> table = export.table(survey.getId(), "Nr.", "Tag");
		ByteArrayOutputStream csv = new ByteArrayOutputStream();
		export.writeCsv(table, csv);

		assertThat(table).hasSize(3);
		assertThat(table.get(0)).startsWith("Nr.", "Tag", "Wie lange leben Sie hier?", "Welche Themen?")
			.contains("Reihenfolge?: A", "Angebote?: Beratung");
		assertThat(table.get(1)).startsWith("1", LocalDate.now().toString(), "kurz", "Sprache; Bildung");
		assertThat(csv.toString(StandardCharsets.UTF_8)).contains("\"Opladen; Mitte\"").hasLineCount(3);
	}

	@Test
	void shouldRefuseAMissingRequiredAnswerAndStoreNothing() {
		AnswerOutcome outcome = send(answer(q(shortText), "Wiesdorf"));

		assertThat(outcome.kind()).isEqualTo(Kind.INVALID);
		assertThat(outcome.errors()).containsExactly(Map.entry(single.getId(), "survey.answer.required"));
		assertThat(storedResponses()).isZero();
		assertThat(surveys.get(survey.getId()).getResponseCount()).isZero();
	}

	@Test
	void shouldAskTheConditionalQuestionOnlyWhenItsConditionHolds() {
		assertThat(send(answer(q(single), "kurz", q(volunteer), "Ja")).errors())
			.containsExactly(Map.entry(where.getId(), "survey.answer.required"));
		assertThat(send(answer(q(single), "kurz", q(volunteer), "Nein", q(where), "ignoriert")).kind())
			.isEqualTo(Kind.STORED);
		assertThat(results.answers(survey.getId())).extracting(SurveyResults.StoredAnswer::value)
			.containsExactlyInAnyOrder("kurz", "Nein");
	}

	@Test
	void shouldRefuseAnOptionThatIsNotInTheQuestion() {
		assertThat(send(answer(q(single), "mittel")).errors()).containsEntry(single.getId(),
				"survey.answer.unknownOption");
		assertThat(send(answer(q(single), "kurz", q(multiple), List.of("Sprache", "Gesundheit"))).errors())
			.containsEntry(multiple.getId(), "survey.answer.unknownOption");
		assertThat(send(answer(q(single), "kurz", q(rating), "6")).errors()).containsEntry(rating.getId(),
				"survey.answer.unknownOption");
		assertThat(send(answer(q(single), "kurz", q(matrix, 0), "0")).errors()).containsEntry(matrix.getId(),
				"survey.answer.unknownOption");
		assertThat(storedResponses()).isZero();
	}

	@Test
	void shouldRefuseTooManyChoicesAndIncompleteRankings() {
		assertThat(send(answer(q(single), "kurz", q(multiple), List.of("Sprache", "Bildung", "Wohnen"))).errors())
			.containsEntry(multiple.getId(), "survey.answer.tooMany");
		assertThat(send(answer(q(single), "kurz", q(ranking, 0), "1", q(ranking, 1), "1", q(ranking, 2), "2")).errors())
			.containsEntry(ranking.getId(), "survey.answer.rankTwice");
		assertThat(send(answer(q(single), "kurz", q(ranking, 0), "1")).errors()).containsEntry(ranking.getId(),
				"survey.answer.rankAll");
		assertThat(storedResponses()).isZero();
	}

	@Test
	void shouldRefuseATooLongText() {
		assertThat(send(answer(q(single), "kurz", q(longText), "x".repeat(5001))).errors())
			.containsEntry(longText.getId(), "survey.answer.tooLong");
		assertThat(send(answer(q(single), "kurz", q(shortText), "x".repeat(201))).errors())
			.containsEntry(shortText.getId(), "survey.answer.tooLong");
		assertThat(storedResponses()).isZero();
		assertThat(send(answer(q(single), "kurz", q(longText), "x".repeat(5000))).kind()).isEqualTo(Kind.STORED);
	}

	@Test
	void shouldRefuseAClosedSurveyAndADraft() {
		surveys.close(survey.getId());
		assertThat(send(answer(q(single), "kurz")).kind()).isEqualTo(Kind.CLOSED);

		Survey draft = surveys.draft(survey.getParticipationId(), "");
		assertThat(answers
			.answer(new AnswerSubmission(draft.getPublicToken(), answer(), answers.issueToken(draft), "x", ""))
			.kind()).isEqualTo(Kind.NOT_OPEN);
		assertThat(storedResponses()).isZero();
	}

	@Test
	void shouldRefuseAnUnknownSurvey() {
		assertThatThrownBy(() -> answers.answer(new AnswerSubmission("gibt-es-nicht", answer(), "t", "x", "")))
			.isInstanceOf(NotFoundException.class)
			.hasMessageStartingWith("No survey ");
	}

	@Test
	void shouldLetOneBrowserAnswerOnce() {
		String token = answers.issueToken(survey);
		assertThat(send(answer(q(single), "kurz"), token, "a").kind()).isEqualTo(Kind.STORED);
		assertThat(send(answer(q(single), "lang"), token, "b").kind()).isEqualTo(Kind.ALREADY_ANSWERED);
		assertThat(send(answer(q(single), "lang"), "forged.token", "c").kind()).isEqualTo(Kind.NO_COOKIE);
		assertThat(send(answer(q(single), "lang"), null, "d").kind()).isEqualTo(Kind.NO_COOKIE);
		assertThat(storedResponses()).isEqualTo(1);
	}

	@Test
	void shouldTurnAwayBotsAndBulkAnswers() {
		assertThat(answers
			.answer(new AnswerSubmission(survey.getPublicToken(), answer(q(single), "kurz"), answers.issueToken(survey),
					"x", "http://spam.example"))
			.kind()).isEqualTo(Kind.BOT);
		for (int i = 0; i < 5; i++) {
			assertThat(send(answer(q(single), "kurz"), answers.issueToken(survey), "same-sender").kind())
				.isEqualTo(Kind.STORED);
		}
		assertThat(send(answer(q(single), "kurz"), answers.issueToken(survey), "same-sender").kind())
			.isEqualTo(Kind.RATE_LIMITED);
		assertThat(storedResponses()).isEqualTo(5);
	}

	@Test
	void shouldStoreNothingThatIdentifiesThePerson() {
		String token = answers.issueToken(survey);
		send(answer(q(single), "kurz", q(shortText), "Wiesdorf"), token, ADDRESS + "|" + BROWSER);

		List<String> columns = jdbc
			.sql("select column_name from information_schema.columns where lower(table_name) = 'survey_response'")
			.query(String.class)
			.list();
		assertThat(columns).map(String::toLowerCase).containsExactlyInAnyOrder("id", "survey_id", "submitted_on");
		StringBuilder stored = new StringBuilder();
		for (String table : List.of("survey_response", "survey_answer", "survey_used_token", "survey_rate_limit")) {
			jdbc.sql("select * from " + table).query(rs -> {
				for (int c = 1; c <= rs.getMetaData().getColumnCount(); c++) {
					stored.append(rs.getString(c)).append('|');
				}
			});
		}
		assertThat(stored.toString()).contains("Wiesdorf")
			.doesNotContain(ADDRESS, "203.0.113", "Anonymitätstest", "Mozilla", token,
					token.substring(0, token.indexOf('.')));
	}

	@Test
	void shouldBlockChangesToTheQuestionsOnceAnAnswerArrived() {
		surveys.addQuestion(survey.getId(),
				NewQuestion.of(QuestionKind.SHORT_TEXT, "Noch vor der ersten Antwort", false));
		send(answer(q(single), "kurz"));

		assertThatThrownBy(
				() -> surveys.addQuestion(survey.getId(), NewQuestion.of(QuestionKind.SHORT_TEXT, "Zu spät", false)))
			.isInstanceOf(SurveyDesignException.class)
			.hasMessage("survey.editor.locked");
		assertThatThrownBy(() -> surveys.deleteQuestion(survey.getId(), single.getId()))
			.isInstanceOf(SurveyDesignException.class);
		assertThatThrownBy(() -> surveys.move(survey.getId(), multiple.getId(), -1))
			.isInstanceOf(SurveyDesignException.class);
		assertThat(surveys.questions(survey.getId())).hasSize(10);
	}

	@Test
	void shouldCopyTheQuestionsOfAnEarlierSurveyWithTheirConditions() {
		surveys.close(survey.getId());
		Survey next = surveys.draft(survey.getParticipationId(), "");

		surveys.copyQuestions(next.getId(), survey.getId());

		List<SurveyQuestion> copies = surveys.questions(next.getId());
		assertThat(next.getRound()).isEqualTo(2);
		assertThat(copies).extracting(SurveyQuestion::getText)
			.containsExactlyElementsOf(
					surveys.questions(survey.getId()).stream().map(SurveyQuestion::getText).toList());
		assertThat(copies.get(8).getConditionQuestionId()).isEqualTo(copies.get(7).getId());
		surveys.move(next.getId(), copies.get(0).getId(), 1);
		assertThat(surveys.questions(next.getId()).get(1).getText()).isEqualTo("Wie lange leben Sie hier?");
		assertThatThrownBy(() -> surveys.move(next.getId(), copies.get(8).getId(), -1))
			.isInstanceOf(SurveyDesignException.class)
			.hasMessage("survey.editor.conditionOrder");
	}

	@Test
	void shouldProposeTheTopicsMostChosenFirstWhenTheLastRoundCloses() throws Exception {
		send(answer(q(single), "kurz", q(multiple), List.of("Wohnen")));
		DelegateExecution execution = mock(DelegateExecution.class);
		given(execution.getVariable("surveyId")).willReturn(survey.getId());
		given(execution.getVariable("surveyRound")).willReturn(2L);
		given(execution.getVariable("surveyRounds")).willReturn(2L);

		closeSurveyDelegate.execute(execution);

		assertThat(surveys.get(survey.getId()).getStatus()).isEqualTo(SurveyStatus.CLOSED);
		verify(execution).setVariable("surveyResponses", 1L);
		verify(execution).setVariable("topics", List.of("Wohnen", "Sprache", "Bildung"));
	}

	private static QuestionResult result(Results r, SurveyQuestion q) {
		return r.questions().stream().filter(x -> x.question().getId().equals(q.getId())).findFirst().orElseThrow();
	}

	private static List<String> rows(Results r, SurveyQuestion q) {
		return result(r, q).rows()
			.stream()
			.map(row -> row.label() + " " + row.count() + " " + row.perRespondent() + " " + row.perAnswer())
			.toList();
	}

}
