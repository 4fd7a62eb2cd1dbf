package de.teilhabe.survey;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import de.teilhabe.documentation.Chapters;
import de.teilhabe.documentation.DocumentationContext;
import de.teilhabe.documentation.DocumentationSection;
import de.teilhabe.survey.SurveyResults.QuestionResult;
import de.teilhabe.survey.SurveyResults.Row;

/**
 * The answers to each question of each survey round: counts and percentages as a table
 * with a static bar chart. Multiple-choice shares are per respondent (they add up to more
 * than 100 %), and the table says so. Free-text answers are counted, not quoted: a
 * published document is no place for what citizens wrote anonymously.
 */
@Component
class SurveyQuestionsChapter implements DocumentationSection {

	private final Chapters chapters;

	private final SurveyService surveys;

	private final SurveyResults results;

	SurveyQuestionsChapter(Chapters chapters, SurveyService surveys, SurveyResults results) {
		this.chapters = chapters;
		this.surveys = surveys;
		this.results = results;
	}

	@Override
	public int getOrder() {
		return 250;
	}

	@Override
	public Optional<Chapter> render(DocumentationContext context) {
		List<Round> rounds = new ArrayList<>();
		for (Survey survey : surveys.rounds(context.participationId())) {
			List<Question> questions = results.of(survey.getId(), null)
				.questions()
				.stream()
				.map(SurveyQuestionsChapter::question)
				.toList();
			if (!questions.isEmpty()) {
				rounds.add(new Round(survey.getTitle(), questions));
			}
		}
		return rounds.isEmpty() ? Optional.empty()
				: chapters.chapter("surveys/documentationChapters", "questions", context, Map.of("rounds", rounds));
	}

	static Question question(QuestionResult result) {
		QuestionKind kind = result.question().getKind();
		List<Line> lines = switch (kind) {
			case SINGLE_CHOICE, MULTIPLE_CHOICE, RATING -> {
				long max = result.rows().stream().mapToLong(Row::count).max().orElse(0);
				yield result.rows()
					.stream()
					.map(r -> new Line(label(result, r), r.count(), r.perRespondent(), null,
							Chapters.percentOf(r.count(), max)))
					.toList();
			}
			// the bar is the average on the 1 to 5 scale
			case MATRIX -> result.rows()
				.stream()
				.map(r -> new Line(r.label(), r.count(), r.perRespondent(), r.average(),
						r.average() == null ? 0 : (int) Math.round(20 * r.average())))
				.toList();
			// the bar is how often an option was ranked first
			case RANKING -> {
				long max = result.rows().stream().mapToLong(Row::count).max().orElse(0);
				yield result.rows()
					.stream()
					.map(r -> new Line(r.label(), r.count(), r.perRespondent(), r.average(),
							Chapters.percentOf(r.count(), max)))
					.toList();
			}
			case SHORT_TEXT, LONG_TEXT -> List.of();
		};
		return new Question(result.question().getText(), kind.name(), result.respondents(), result.answers(),
				result.average(), lines);
	}

	/**
	 * A rating's rows are the scale values; the ends carry the question's labels, e.g. "1
	 * (sehr schlecht)".
	 */
	private static String label(QuestionResult result, Row row) {
		if (result.question().getKind() != QuestionKind.RATING) {
			return row.label();
		}
		String end = "1".equals(row.label()) ? result.question().getLowLabel()
				: "5".equals(row.label()) ? result.question().getHighLabel() : null;
		return end == null || end.isBlank() ? row.label() : row.label() + " (" + end + ")";
	}

	record Round(String title, List<Question> questions) {
	}

	/**
	 * @param kind the {@link QuestionKind} name, which picks the columns and the note on
	 * percentages
	 * @param answers for a text question: how many wrote something
	 */
	record Question(String text, String kind, long respondents, long answers, Double average, List<Line> lines) {
	}

	/** One row: an option, a scale value, a matrix item or a ranked option. */
	record Line(String label, long count, double percent, Double average, int bar) {
	}

}
