package de.teilhabe.survey;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import de.teilhabe.documentation.Chapters;
import de.teilhabe.documentation.DocumentationContext;
import de.teilhabe.documentation.DocumentationSection;

/**
 * The survey rounds with their responses as a static bar chart; the answers to each
 * question follow in {@link SurveyQuestionsChapter}.
 */
@Component
class SurveyChapter implements DocumentationSection {

	private final Chapters chapters;

	private final SurveyService surveys;

	private final Clock clock;

	SurveyChapter(Chapters chapters, SurveyService surveys, Clock clock) {
		this.chapters = chapters;
		this.surveys = surveys;
		this.clock = clock;
	}

	@Override
	public int getOrder() {
		return 200;
	}

	@Override
	public Optional<Chapter> render(DocumentationContext context) {
		List<Survey> rounds = surveys.rounds(context.participationId());
		if (rounds.isEmpty()) {
			return Optional.empty();
		}
		long max = rounds.stream().mapToLong(Survey::getResponseCount).max().orElse(0);
		List<Bar> bars = rounds.stream()
			.map(s -> new Bar(s.getTitle(), s.getResponseCount(), Chapters.percentOf(s.getResponseCount(), max)))
			.toList();
		long total = rounds.stream().mapToLong(Survey::getResponseCount).sum();
		List<Round> rows = rounds.stream()
			.map(s -> new Round(s.getRound(), s.getTitle(), endOf(s), s.getResponseCount()))
			.toList();
		return chapters.chapter("surveys/documentationChapters", "surveys", context,
				Map.of("rounds", rows, "bars", bars, "total", total));
	}

	/**
	 * The day the round really ended (closed early or at its close date), else the
	 * planned close date.
	 */
	private LocalDate endOf(Survey survey) {
		return survey.getClosedAt() != null ? LocalDate.ofInstant(survey.getClosedAt(), clock.getZone())
				: survey.getCloseDate() == null ? null : survey.getCloseDate().toLocalDate();
	}

	record Round(int round, String title, LocalDate closeDay, long responses) {
	}

	record Bar(String label, long value, int percent) {
	}

}
