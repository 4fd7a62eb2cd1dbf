package de.teilhabe.measure;

/**
 * A change to a measure that its rules refuse; the message is a key of the outcome
 * bundle.
 */
public class MeasureException extends IllegalArgumentException {

	private static final long serialVersionUID = 1L;

	public MeasureException(String messageKey) {
		super(messageKey);
	}

	public String messageKey() {
		return getMessage();
	}

}
