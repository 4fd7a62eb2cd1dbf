package de.teilhabe.documentation;

import de.teilhabe.system.RefusedException;

/** A step on the documentation that its rules refuse. */
public class DocumentationException extends RefusedException {

	public DocumentationException(String messageKey) {
		super(messageKey);
	}

}
