package de.teilhabe.survey;

/**
 * A change to a survey's design that is not allowed; the message is a message key for the
 * coordinator.
 */
class SurveyDesignException extends RuntimeException {

	SurveyDesignException(String messageKey) {
		super(messageKey);
	}

}
