package de.teilhabe.documentation;

/**
 * A step on the documentation that its rules refuse; the message is a key of the outcome
 * bundle.
 */
public class DocumentationException extends IllegalStateException {

	private static final long serialVersionUID = 1L;

	public DocumentationException(String messageKey) {
		super(messageKey);
	}

	public String messageKey() {
		return getMessage();
	}

}
