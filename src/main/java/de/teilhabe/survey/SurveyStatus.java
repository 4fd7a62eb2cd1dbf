package de.teilhabe.survey;

/**
 * A survey is designed as a draft, opened by the survey phase and closed at its close
 * date or early.
 */
public enum SurveyStatus {

	DRAFT, OPEN, CLOSED

}
