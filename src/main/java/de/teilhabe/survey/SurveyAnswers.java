package de.teilhabe.survey;

import java.sql.DatabaseMetaData;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.teilhabe.survey.AnswerOutcome.Kind;
import de.teilhabe.system.NotFoundException;

/**
 * Takes anonymous answers from the public: checks the survey is open, the browser has not
 * answered yet, the sender is not over the daily limit and every answer fits its
 * question; then stores the response with nothing that identifies the person (no address,
 * browser, account or time finer than the day).
 */
@Service
public class SurveyAnswers {

	/**
	 * Form parameter of a question: {@code q<id>}; of a matrix item or ranking option:
	 * {@code q<id>_<index>}.
	 */
	public static String param(long questionId) {
		return "q" + questionId;
	}

	private final SurveyRepository surveys;

	private final SurveyQuestionRepository questions;

	private final AnswerTokens tokens;

	private final SurveyProperties properties;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final String countStatement;

	private final JdbcTemplate batch;

	/** The day this node last deleted old rate-limit counters. */
	private final AtomicReference<LocalDate> countersForgotten = new AtomicReference<>();

	SurveyAnswers(SurveyRepository surveys, SurveyQuestionRepository questions, AnswerTokens tokens,
			SurveyProperties properties, JdbcClient jdbc, JdbcTemplate batch, Clock clock, DataSource dataSource)
			throws MetaDataAccessException {
		this.surveys = surveys;
		this.questions = questions;
		this.tokens = tokens;
		this.properties = properties;
		this.jdbc = jdbc;
		this.batch = batch;
		this.clock = clock;
		String database = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
		this.countStatement = "PostgreSQL".equals(database) ? POSTGRES_COUNT : H2_COUNT;
	}

	/** A new signed token for a browser's answer cookie. */
	public String issueToken(Survey survey) {
		return tokens.issue(survey.getId());
	}

	/** Whether this browser's token is valid for the survey and not yet used. */
	public boolean tokenUnused(Survey survey, String token) {
		return tokens.valid(survey.getId(), token) && !used(survey.getId(), token);
	}

	public boolean tokenUsed(Survey survey, String token) {
		return tokens.valid(survey.getId(), token) && used(survey.getId(), token);
	}

	@Transactional
	public AnswerOutcome answer(AnswerSubmission submission) {
		Survey survey = surveys.findByPublicToken(submission.surveyToken())
			.orElseThrow(() -> new NotFoundException("survey", -1));
		if (submission.honeypot() != null && !submission.honeypot().isEmpty()) {
			return AnswerOutcome.of(Kind.BOT);
		}
		LocalDateTime now = LocalDateTime.now(clock);
		if (survey.getStatus() == SurveyStatus.DRAFT || survey.isWaitingForOpenDate(now)) {
			return AnswerOutcome.of(Kind.NOT_OPEN);
		}
		if (!survey.acceptsAnswers(now)) {
			return AnswerOutcome.of(Kind.CLOSED);
		}
		if (!tokens.valid(survey.getId(), submission.cookieToken())) {
			return AnswerOutcome.of(Kind.NO_COOKIE);
		}
		if (used(survey.getId(), submission.cookieToken())) {
			return AnswerOutcome.of(Kind.ALREADY_ANSWERED);
		}
		LocalDate today = LocalDate.now(clock);
		String fingerprint = tokens.hash(survey.getId() + "|" + today + "|" + submission.fingerprintSource());
		if (submissionsToday(survey.getId(), today, fingerprint) >= properties.answersPerDay()) {
			return AnswerOutcome.of(Kind.RATE_LIMITED);
		}
		List<SurveyQuestion> list = questions.findBySurveyIdOrderByPosition(survey.getId());
		Map<Long, String> errors = new LinkedHashMap<>();
		Map<Long, List<Answer>> answers = AnswerParser.parse(list, submission.params(), errors);
		if (!errors.isEmpty()) {
			return new AnswerOutcome(Kind.INVALID, errors);
		}
		if (!claimSubmission(survey.getId(), today, fingerprint)) {
			return AnswerOutcome.of(Kind.RATE_LIMITED);
		}
		store(survey.getId(), today, answers);
		markUsed(survey.getId(), submission.cookieToken());
		surveys.incrementResponseCount(survey.getId());
		return AnswerOutcome.of(Kind.STORED);
	}

	private void store(long surveyId, LocalDate today, Map<Long, List<Answer>> answers) {
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("insert into survey_response (survey_id, submitted_on) values (?, ?)")
			.params(surveyId, today)
			.update(key, "id");
		long responseId = key.getKey().longValue();
		List<Object[]> rows = new ArrayList<>();
		answers.forEach((questionId, values) -> values
			.forEach(answer -> rows.add(new Object[] { responseId, questionId, answer.item(), answer.value() })));
		// one round trip for all answers of the response
		batch.batchUpdate(
				"insert into survey_answer (response_id, question_id, item, answer_value) values (?, ?, ?, ?)", rows);
	}

	private boolean used(long surveyId, String token) {
		return jdbc.sql("select count(*) from survey_used_token where survey_id = ? and token_hash = ?")
			.params(surveyId, tokens.hash(token))
			.query(Long.class)
			.single() > 0;
	}

	/** The primary key refuses a second use of a token on any node. */
	private void markUsed(long surveyId, String token) {
		jdbc.sql("insert into survey_used_token (survey_id, token_hash) values (?, ?)")
			.params(surveyId, tokens.hash(token))
			.update();
	}

	private int submissionsToday(long surveyId, LocalDate day, String fingerprint) {
		return jdbc
			.sql("select submissions from survey_rate_limit where survey_id = ? and answer_day = ? and fingerprint = ?")
			.params(surveyId, day, fingerprint)
			.query(Integer.class)
			.optional()
			.orElse(0);
	}

	/**
	 * Counts this answer against the sender's daily limit in one statement (insert the
	 * day's counter or increment it while below the limit), so simultaneous answers on
	 * any node never get past it: the database serialises them on the counter's row.
	 * PostgreSQL's upsert and H2's MERGE say the same; no row changed means the limit is
	 * reached.
	 */
	private boolean claimSubmission(long surveyId, LocalDate day, String fingerprint) {
		forgetOldCounters(day);
		return jdbc.sql(countStatement).params(surveyId, day, fingerprint, properties.answersPerDay()).update() == 1;
	}

	/**
	 * Yesterday's counters are not needed today: each node deletes them once a day, with
	 * its first answer of the day (not with every answer, which made simultaneous answers
	 * wait for each other's deletes). The delete is idempotent, so it does not matter
	 * that every node of a cluster does it.
	 */
	private void forgetOldCounters(LocalDate day) {
		LocalDate last = countersForgotten.get();
		if (!day.equals(last) && countersForgotten.compareAndSet(last, day)) {
			jdbc.sql("delete from survey_rate_limit where answer_day < ?").params(day.minusDays(1)).update();
		}
	}

	private static final String POSTGRES_COUNT = """
			insert into survey_rate_limit (survey_id, answer_day, fingerprint, submissions) values (?, ?, ?, 1)
			on conflict (survey_id, answer_day, fingerprint)
			do update set submissions = survey_rate_limit.submissions + 1 where survey_rate_limit.submissions < ?""";

	private static final String H2_COUNT = """
			merge into survey_rate_limit t
			using (values (cast(? as bigint), cast(? as date), cast(? as varchar(64)))) s (survey_id, answer_day, fingerprint)
			on t.survey_id = s.survey_id and t.answer_day = s.answer_day and t.fingerprint = s.fingerprint
			when matched and t.submissions < ? then update set submissions = t.submissions + 1
			when not matched then insert (survey_id, answer_day, fingerprint, submissions)
			values (s.survey_id, s.answer_day, s.fingerprint, 1)""";

	/**
	 * One stored value: an option, a text, a scale value; for matrix items and rankings
	 * with the item it is for.
	 */
	record Answer(String item, String value) {
	}

	/**
	 * Turns form parameters into answers, question by question, collecting what is wrong.
	 */
	static final class AnswerParser {

		private AnswerParser() {
		}

		static Map<Long, List<Answer>> parse(List<SurveyQuestion> questions, Map<String, List<String>> params,
				Map<Long, String> errors) {
			Map<Long, List<Answer>> answers = new LinkedHashMap<>();
			for (SurveyQuestion q : questions) {
				if (!visible(q, answers)) {
					continue;
				}
				List<Answer> values = new ArrayList<>();
				String error = parse(q, params, values);
				if (error == null && q.isRequired() && values.isEmpty()) {
					error = "survey.answer.required";
				}
				if (error != null) {
					errors.put(q.getId(), error);
				}
				else if (!values.isEmpty()) {
					answers.put(q.getId(), values);
				}
			}
			return answers;
		}

		/**
		 * A question with a condition counts only when the earlier question was answered
		 * with the value.
		 */
		static boolean visible(SurveyQuestion q, Map<Long, List<Answer>> earlier) {
			if (q.getConditionQuestionId() == null) {
				return true;
			}
			return earlier.getOrDefault(q.getConditionQuestionId(), List.of())
				.stream()
				.anyMatch(a -> a.value().equals(q.getConditionValue()));
		}

		private static String parse(SurveyQuestion q, Map<String, List<String>> params, List<Answer> out) {
			String name = param(q.getId());
			switch (q.getKind()) {
				case SINGLE_CHOICE, RATING -> {
					String value = first(params, name);
					if (!value.isEmpty()) {
						List<String> allowed = q.getKind() == QuestionKind.RATING ? SurveyQuestion.SCALE
								: q.getOptions();
						if (!allowed.contains(value)) {
							return "survey.answer.unknownOption";
						}
						out.add(new Answer(null, value));
					}
				}
				case MULTIPLE_CHOICE -> {
					Set<String> chosen = new HashSet<>();
					for (String value : params.getOrDefault(name, List.of())) {
						if (value == null || value.isEmpty()) {
							continue;
						}
						if (!q.getOptions().contains(value)) {
							return "survey.answer.unknownOption";
						}
						if (chosen.add(value)) {
							out.add(new Answer(null, value));
						}
					}
					if (!chosen.isEmpty() && q.getMinAnswers() != null && chosen.size() < q.getMinAnswers()) {
						return "survey.answer.tooFew";
					}
					if (q.getMaxAnswers() != null && chosen.size() > q.getMaxAnswers()) {
						return "survey.answer.tooMany";
					}
				}
				case SHORT_TEXT, LONG_TEXT -> {
					String value = first(params, name).strip();
					if (value.length() > q.getKind().maxLength()) {
						return "survey.answer.tooLong";
					}
					if (!value.isEmpty()) {
						out.add(new Answer(null, value));
					}
				}
				case RANKING -> {
					List<String> options = q.getOptions();
					Set<String> ranks = new HashSet<>();
					for (int i = 0; i < options.size(); i++) {
						String rank = first(params, name + "_" + i);
						if (rank.isEmpty()) {
							continue;
						}
						if (!q.getRanks().contains(rank)) {
							return "survey.answer.unknownOption";
						}
						if (!ranks.add(rank)) {
							return "survey.answer.rankTwice";
						}
						out.add(new Answer(options.get(i), rank));
					}
					if (!out.isEmpty() && out.size() < options.size()) {
						return "survey.answer.rankAll";
					}
				}
				case MATRIX -> {
					List<String> items = q.getItems();
					for (int i = 0; i < items.size(); i++) {
						String value = first(params, name + "_" + i);
						if (value.isEmpty()) {
							continue;
						}
						if (!SurveyQuestion.SCALE.contains(value)) {
							return "survey.answer.unknownOption";
						}
						out.add(new Answer(items.get(i), value));
					}
					if (q.isRequired() && !out.isEmpty() && out.size() < items.size()) {
						return "survey.answer.rateAll";
					}
				}
			}
			return null;
		}

		private static String first(Map<String, List<String>> params, String name) {
			List<String> values = params.get(name);
			return values == null || values.isEmpty() || values.get(0) == null ? "" : values.get(0);
		}

	}

}
