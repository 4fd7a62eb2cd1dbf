package de.teilhabe.council;

import de.teilhabe.system.RefusedException;

/** A council decision its rules refuse. */
public class CouncilDecisionException extends RefusedException {

	public CouncilDecisionException(String messageKey) {
		super(messageKey);
	}

}
