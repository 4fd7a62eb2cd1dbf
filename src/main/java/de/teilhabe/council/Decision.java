package de.teilhabe.council;

public enum Decision {

	ADOPTED, ADOPTED_WITH_CHANGES, REJECTED, POSTPONED;

	boolean isFinal() {
		return this != POSTPONED;
	}

}
