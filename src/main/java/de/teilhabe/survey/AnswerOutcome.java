package de.teilhabe.survey;

import java.util.Map;

/**
 * What became of an answer: stored, or refused with a reason (nothing stored).
 * {@code errors} maps question ids to message keys when the answer itself was incomplete
 * or wrong.
 */
public record AnswerOutcome(Kind kind, Map<Long, String> errors) {

	public enum Kind {

		STORED, INVALID, NOT_OPEN, CLOSED, ALREADY_ANSWERED, NO_COOKIE, BOT, RATE_LIMITED

	}

	static AnswerOutcome of(Kind kind) {
		return new AnswerOutcome(kind, Map.of());
	}

}
