package de.teilhabe.council;

/** A council decision its rules refuse; the message is a key of the outcome bundle. */
public class CouncilDecisionException extends IllegalStateException {

	private static final long serialVersionUID = 1L;

	public CouncilDecisionException(String messageKey) {
		super(messageKey);
	}

	public String messageKey() {
		return getMessage();
	}

}
