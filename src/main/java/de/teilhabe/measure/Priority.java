package de.teilhabe.measure;

import java.util.Locale;

public enum Priority {

	HIGH, MEDIUM, LOW;

	static Priority parse(Object value) {
		return value == null || value.toString().isBlank() ? MEDIUM
				: Priority.valueOf(value.toString().strip().toUpperCase(Locale.ROOT));
	}

}
