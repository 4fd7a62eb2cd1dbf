package de.teilhabe.measure;

public enum MeasureStatus {

	/** Written by a working group, not yet decided by the council. */
	PROPOSED,
	PLANNED, IN_PROGRESS, DONE, DROPPED;

	boolean isOpen() {
		return this == PLANNED || this == IN_PROGRESS;
	}

}
