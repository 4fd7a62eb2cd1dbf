package de.teilhabe.form;

/**
 * A Camunda Form uses a component type (or a property of one) that the server-side
 * renderer cannot show or bind. The forms test parses every form of the repository, so
 * such a form fails the build instead of a user's task.
 */
public class UnsupportedFormFieldException extends RuntimeException {

	public UnsupportedFormFieldException(String message) {
		super(message);
	}

}
