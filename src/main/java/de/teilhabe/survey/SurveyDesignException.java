package de.teilhabe.survey;

import de.teilhabe.system.RefusedException;

/** A change to a survey's design that is not allowed. */
class SurveyDesignException extends RefusedException {

	SurveyDesignException(String messageKey) {
		super(messageKey);
	}

	private SurveyDesignException(String field, String messageKey) {
		super(messageKey, new Object[0], field);
	}

	/** Refused because of the value in this form field. */
	static SurveyDesignException onField(String field, String messageKey) {
		return new SurveyDesignException(field, messageKey);
	}

}
