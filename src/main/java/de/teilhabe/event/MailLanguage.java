package de.teilhabe.event;

import java.util.Locale;
import java.util.Optional;

/**
 * The languages Teilhabe writes to people in: German, and English for those who chose it.
 * Any other language falls back to German, the language of the administrations that run
 * the processes.
 */
enum MailLanguage {

	DE(Locale.GERMAN), EN(Locale.ENGLISH);

	private final Locale locale;

	MailLanguage(Locale locale) {
		this.locale = locale;
	}

	/** The language of a request or of a stored tag; anything but English is German. */
	static MailLanguage of(Locale locale) {
		return locale != null && EN.locale.getLanguage().equals(locale.getLanguage()) ? EN : DE;
	}

	static MailLanguage of(String tag) {
		return tag == null ? DE : of(Locale.forLanguageTag(tag.strip()));
	}

	/**
	 * The language as a coordinator writes it into a column of an invitation list:
	 * {@code de}, {@code en} or the language's name in German or English; empty means
	 * German. Anything else is empty: the list names a language Teilhabe does not write
	 * in, and the coordinator should know that before anyone is invited.
	 */
	static Optional<MailLanguage> parse(String cell) {
		String value = cell == null ? "" : cell.strip().toLowerCase(Locale.ROOT);
		return switch (value) {
			case "", "de", "deu", "ger", "deutsch", "german" -> Optional.of(DE);
			case "en", "eng", "englisch", "english" -> Optional.of(EN);
			default -> Optional.empty();
		};
	}

	Locale locale() {
		return locale;
	}

	/**
	 * The tag stored with a registration or invitee, and the {@code lang} parameter of
	 * links in mails.
	 */
	String tag() {
		return locale.getLanguage();
	}

}
