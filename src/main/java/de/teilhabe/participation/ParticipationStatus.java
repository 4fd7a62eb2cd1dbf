package de.teilhabe.participation;

public enum ParticipationStatus {

	RUNNING, FINISHED

}
