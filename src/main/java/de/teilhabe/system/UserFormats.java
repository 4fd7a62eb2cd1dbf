package de.teilhabe.system;

import java.time.Clock;
import java.util.Locale;

/**
 * How dates, times, amounts and numbers are written for a person: in their language and
 * in the zone of the {@link Clock}. Pages use it as {@code #formats} (bound to the page's
 * locale); mails, files and task texts ask {@link #in(Locale)}.
 */
public class UserFormats {

	private final Clock clock;

	UserFormats(Clock clock) {
		this.clock = clock;
	}

	/** The formats of a language: English for English, German for any other. */
	public Formats in(Locale locale) {
		return Formats.of(locale, clock.getZone());
	}

}
