package de.teilhabe.system;

import java.util.Optional;

/**
 * A request that the application refuses for a reason the user can act on, as a message
 * key (with arguments) and, where one field is at fault, that field. Nothing was changed:
 * the transaction it is thrown in rolls back. One controller advice turns it into the
 * page with the message next to the field or at the top, the input kept.
 */
public class RefusedException extends RuntimeException {

	private final String messageKey;

	private final String field;

	private final Object[] arguments;

	public RefusedException(String messageKey, Object... arguments) {
		this(messageKey, arguments, null);
	}

	/**
	 * Refused because of the value in this form field, if one is named. (Its order of
	 * parameters keeps {@code super(key, argument)} from taking the key for a field.)
	 */
	protected RefusedException(String messageKey, Object[] arguments, String field) {
		super(messageKey);
		this.messageKey = messageKey;
		this.field = field;
		this.arguments = arguments.clone();
	}

	/** Refused because of the value in this form field. */
	public static RefusedException onField(String field, String messageKey, Object... arguments) {
		return new RefusedException(messageKey, arguments, field);
	}

	public String messageKey() {
		return this.messageKey;
	}

	public Optional<String> field() {
		return Optional.ofNullable(this.field);
	}

	public Object[] arguments() {
		return this.arguments.clone();
	}

}
