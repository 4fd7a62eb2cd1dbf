package de.teilhabe.measure;

public enum MeasureStatus {

	/** Written by a working group, not yet decided by the council. */
	PROPOSED,
	/** Consolidation: a duplicate of another measure, which stands for both. */
	MERGED,
	/**
	 * Consolidation: set aside to keep within the budget (cut or prioritised away); not
	 * submitted to the council.
	 */
	DEFERRED, PLANNED, IN_PROGRESS, DONE, DROPPED,
	/** The council adopted the concept with changes and left this measure out. */
	NOT_ADOPTED;

	boolean isOpen() {
		return this == PLANNED || this == IN_PROGRESS;
	}

	/** Adopted by the council, so its implementation is followed. */
	public boolean isTracked() {
		return this == PLANNED || this == IN_PROGRESS || this == DONE || this == DROPPED;
	}

	/** Counts towards the total cost the budget decision and the council see. */
	public boolean isSubmitted() {
		return this != MERGED && this != DEFERRED;
	}

}
