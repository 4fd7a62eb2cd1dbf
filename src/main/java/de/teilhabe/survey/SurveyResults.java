package de.teilhabe.survey;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts of a survey's answers. Percentages of multiple-choice questions come twice,
 * clearly apart: per respondent (share of the people who answered the question that chose
 * the option; adds up to more than 100 %) and per answer (share of all ticks; adds up to
 * 100 %).
 */
@Service
public class SurveyResults {

	private final SurveyService surveys;

	private final JdbcClient jdbc;

	SurveyResults(SurveyService surveys, JdbcClient jdbc) {
		this.surveys = surveys;
		this.jdbc = jdbc;
	}

	/** One stored answer value with the response it belongs to. */
	record StoredAnswer(long responseId, long questionId, String item, String value) {
	}

	/**
	 * A row of a question's table: an option, a scale value, a matrix item or a ranked
	 * option.
	 */
	public record Row(String label, long count, double perRespondent, double perAnswer, Double average,
			List<Long> scaleCounts) {
	}

	public record QuestionResult(SurveyQuestion question, long respondents, long answers, List<Row> rows,
			Double average, List<String> texts) {

		public String chartLabels() {
			return rows.stream().map(Row::label).map(QuestionResult::json).collect(Collectors.joining(",", "[", "]"));
		}

		public String chartValues() {
			return rows.stream().map(r -> String.valueOf(r.count())).collect(Collectors.joining(",", "[", "]"));
		}

		private static String json(String s) {
			return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
		}

	}

	public record DayCount(LocalDate day, long responses) {
	}

	public record Results(Survey survey, long responses, List<DayCount> perDay, List<QuestionResult> questions) {

		public String dayLabels() {
			return perDay.stream().map(d -> "\"" + d.day() + "\"").collect(Collectors.joining(",", "[", "]"));
		}

		public String dayValues() {
			return perDay.stream().map(d -> String.valueOf(d.responses())).collect(Collectors.joining(",", "[", "]"));
		}

	}

	@Transactional(readOnly = true)
	public Results of(long surveyId, String textFilter) {
		Survey survey = surveys.get(surveyId);
		List<SurveyQuestion> questions = surveys.questions(surveyId);
		Map<Long, List<StoredAnswer>> byQuestion = answers(surveyId).stream()
			.collect(Collectors.groupingBy(StoredAnswer::questionId));
		List<QuestionResult> results = new ArrayList<>();
		for (SurveyQuestion q : questions) {
			results.add(result(q, byQuestion.getOrDefault(q.getId(), List.of()), textFilter));
		}
		List<DayCount> perDay = jdbc.sql(
				"select submitted_on, count(*) from survey_response where survey_id = ? group by submitted_on order by submitted_on")
			.param(surveyId)
			.query((rs, n) -> new DayCount(rs.getObject(1, LocalDate.class), rs.getLong(2)))
			.list();
		long responses = perDay.stream().mapToLong(DayCount::responses).sum();
		return new Results(survey, responses, perDay, results);
	}

	List<StoredAnswer> answers(long surveyId) {
		return jdbc.sql("""
				select a.response_id, a.question_id, a.item, a.answer_value from survey_answer a
				join survey_response r on r.id = a.response_id where r.survey_id = ? order by a.response_id, a.id""")
			.param(surveyId)
			.query((rs, n) -> new StoredAnswer(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4)))
			.list();
	}

	List<Long> responseIds(long surveyId) {
		return jdbc.sql("select id from survey_response where survey_id = ? order by id")
			.param(surveyId)
			.query(Long.class)
			.list();
	}

	Map<Long, LocalDate> responseDays(long surveyId) {
		Map<Long, LocalDate> days = new TreeMap<>();
		jdbc.sql("select id, submitted_on from survey_response where survey_id = ?").param(surveyId).query(rs -> {
			days.put(rs.getLong(1), rs.getObject(2, LocalDate.class));
		});
		return days;
	}

	private static QuestionResult result(SurveyQuestion q, List<StoredAnswer> answers, String textFilter) {
		long respondents = answers.stream().map(StoredAnswer::responseId).distinct().count();
		List<Row> rows = new ArrayList<>();
		Double average = null;
		List<String> texts = List.of();
		switch (q.getKind()) {
			case SINGLE_CHOICE, MULTIPLE_CHOICE, RATING -> {
				List<String> labels = q.getKind() == QuestionKind.RATING ? SurveyQuestion.SCALE : q.getOptions();
				for (String label : labels) {
					long count = answers.stream().filter(a -> a.value().equals(label)).count();
					rows.add(new Row(label, count, percent(count, respondents), percent(count, answers.size()), null,
							List.of()));
				}
				if (q.getKind() == QuestionKind.RATING) {
					average = average(answers);
				}
			}
			case RANKING -> {
				for (String option : q.getOptions()) {
					List<StoredAnswer> ofOption = answers.stream().filter(a -> option.equals(a.item())).toList();
					long first = ofOption.stream().filter(a -> a.value().equals("1")).count();
					Double avg = average(ofOption);
					rows.add(new Row(option, first, percent(first, respondents), percent(first, respondents), avg,
							List.of()));
				}
				rows.sort(Comparator.comparing(r -> r.average() == null ? Double.MAX_VALUE : r.average()));
			}
			case MATRIX -> {
				for (String item : q.getItems()) {
					List<StoredAnswer> ofItem = answers.stream().filter(a -> item.equals(a.item())).toList();
					List<Long> counts = SurveyQuestion.SCALE.stream()
						.map(v -> ofItem.stream().filter(a -> a.value().equals(v)).count())
						.toList();
					Double avg = average(ofItem);
					rows.add(new Row(item, ofItem.size(), percent(ofItem.size(), respondents),
							percent(ofItem.size(), respondents), avg, counts));
				}
			}
			case SHORT_TEXT, LONG_TEXT -> {
				String filter = textFilter == null ? "" : textFilter.strip().toLowerCase(Locale.ROOT);
				texts = answers.stream()
					.map(StoredAnswer::value)
					.filter(t -> filter.isEmpty() || t.toLowerCase(Locale.ROOT).contains(filter))
					.toList();
			}
		}
		return new QuestionResult(q, respondents, answers.size(), rows, average, texts);
	}

	/**
	 * Proposed topics: the options of the topic questions of all rounds, most chosen
	 * first.
	 */
	@Transactional(readOnly = true)
	public List<String> proposedTopics(long participationId) {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (Survey survey : surveys.rounds(participationId)) {
			Set<Long> topicQuestions = surveys.questions(survey.getId())
				.stream()
				.filter(SurveyQuestion::isTopicSource)
				.peek(q -> q.getOptions().forEach(o -> counts.putIfAbsent(o, 0L)))
				.map(SurveyQuestion::getId)
				.collect(Collectors.toSet());
			for (StoredAnswer a : answers(survey.getId())) {
				if (topicQuestions.contains(a.questionId())) {
					String option = a.item() != null ? a.item() : a.value();
					long weight = a.item() != null ? ("1".equals(a.value()) ? 1 : 0) : 1;
					counts.merge(option, weight, Long::sum);
				}
			}
		}
		return counts.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Long>comparingByValue().reversed())
			.map(Map.Entry::getKey)
			.toList();
	}

	private static double percent(long part, long whole) {
		return whole == 0 ? 0 : Math.round(1000.0 * part / whole) / 10.0;
	}

	/**
	 * The mean of numeric answers (ratings, ranks, scale values); none without answers.
	 */
	private static Double average(List<StoredAnswer> answers) {
		return answers.isEmpty() ? null
				: answers.stream().mapToInt(answer -> Integer.parseInt(answer.value())).average().getAsDouble();
	}

}
