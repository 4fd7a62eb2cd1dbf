package de.teilhabe.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

/**
 * A survey with an open date is opened by the design task but accepts answers only from
 * that date on.
 */
class SurveyOpenDateTest {

	static final LocalDateTime OPENS = LocalDateTime.of(2017, 3, 1, 9, 0);

	@Test
	void shouldWaitForTheOpenDateAfterTheDesignTaskOpenedIt() {
		Survey survey = Survey.draft(1, 1, "");
		survey.scheduleOpening(OPENS);
		survey.open("1. Online-Befragung", LocalDateTime.of(2017, 3, 31, 23, 59, 59),
				Instant.parse("2017-02-20T10:00:00Z"));

		assertThat(survey.isWaitingForOpenDate(OPENS.minusMinutes(1))).isTrue();
		assertThat(survey.acceptsAnswers(OPENS.minusMinutes(1))).isFalse();
		assertThat(survey.isWaitingForOpenDate(OPENS)).isFalse();
		assertThat(survey.acceptsAnswers(OPENS)).isTrue();
		assertThat(survey.acceptsAnswers(LocalDateTime.of(2017, 4, 1, 0, 0))).isFalse();
	}

	@Test
	void shouldOpenAtOnceWithoutAnOpenDate() {
		Survey survey = Survey.draft(1, 1, "");
		survey.open("1. Online-Befragung", LocalDateTime.of(2017, 3, 31, 23, 59, 59),
				Instant.parse("2017-02-20T10:00:00Z"));

		assertThat(survey.isWaitingForOpenDate(OPENS.minusDays(30))).isFalse();
		assertThat(survey.acceptsAnswers(OPENS.minusDays(30))).isTrue();
	}

	@Test
	void shouldNotMoveTheOpenDateOfAClosedSurvey() {
		Survey survey = Survey.draft(1, 1, "");
		survey.open("1. Online-Befragung", LocalDateTime.of(2017, 3, 31, 23, 59, 59),
				Instant.parse("2017-02-20T10:00:00Z"));
		survey.close(Instant.parse("2017-03-31T22:00:00Z"));

		assertThatThrownBy(() -> survey.scheduleOpening(OPENS)).isInstanceOf(SurveyDesignException.class)
			.hasMessage("survey.editor.locked");
		assertThat(survey.getOpensAt()).isNull();
	}

}
