package de.teilhabe.survey;

/** The question types a coordinator can put into a survey. */
public enum QuestionKind {

	SINGLE_CHOICE, MULTIPLE_CHOICE, SHORT_TEXT, LONG_TEXT, RATING, RANKING, MATRIX;

	boolean hasOptions() {
		return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE || this == RANKING;
	}

	boolean isText() {
		return this == SHORT_TEXT || this == LONG_TEXT;
	}

	boolean isScale() {
		return this == RATING || this == MATRIX;
	}

	/** Longest text accepted as an answer. */
	int maxLength() {
		return this == SHORT_TEXT ? 200 : 5000;
	}

}
