package de.teilhabe.survey;

public enum SurveyStatus {

	OPEN, CLOSED

}
