package de.teilhabe.progress;

import java.util.Locale;

/**
 * What the overview shows: status (running, finished, with problems), year of the planned
 * start, organiser, sort order. Unknown values from the query string are read as "no
 * filter" rather than refused, so an old bookmark still opens.
 */
public record ProgressFilter(Status status, Integer year, String organiser, Sort sort) {

	public enum Status {

		RUNNING, FINISHED, PROBLEMS

	}

	public enum Sort {

		CREATED, TITLE, ORGANISER, PHASE, START

	}

	static ProgressFilter of(String status, String year, String organiser, String sort) {
		return new ProgressFilter(parse(Status.class, status), parseYear(year),
				organiser == null || organiser.isBlank() ? null : organiser.strip(),
				parse(Sort.class, sort) == null ? Sort.CREATED : parse(Sort.class, sort));
	}

	private static <E extends Enum<E>> E parse(Class<E> type, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException unknown) {
			return null;
		}
	}

	private static Integer parseYear(String value) {
		if (value == null || !value.strip().matches("\\d{4}")) {
			return null;
		}
		return Integer.valueOf(value.strip());
	}

}
