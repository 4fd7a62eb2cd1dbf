package de.teilhabe.measure;

import de.teilhabe.system.RefusedException;

/** A change to a measure that its rules refuse. */
public class MeasureException extends RefusedException {

	public MeasureException(String messageKey) {
		super(messageKey);
	}

}
