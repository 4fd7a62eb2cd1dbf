package de.teilhabe.system;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/** Values as Camunda Forms put them into process variables. */
public final class FormValues {

	private FormValues() {
	}

	/**
	 * A date field arrives as an ISO string, with or without a time ({@code 2017-06-30},
	 * {@code 2017-06-30T15:00}).
	 */
	public static LocalDate day(String iso) {
		return LocalDate.parse(iso.length() > 10 ? iso.substring(0, 10) : iso);
	}

	/**
	 * A deadline entered as a day ("Anmeldeschluss 20.11.") lasts until the end of that
	 * day; one with a time is kept. BPMN timers read the result directly.
	 */
	public static String endOfDay(String iso) {
		return iso != null && iso.length() == 10 ? iso + "T23:59:59" : iso;
	}

	/**
	 * A deadline as the typed value it is stored as: a day alone lasts until its end;
	 * {@code null} for none.
	 */
	public static LocalDateTime deadline(String iso) {
		return iso == null || iso.isBlank() ? null : LocalDateTime.parse(endOfDay(iso));
	}

	/** A time of day ({@code 12:00}); {@code null} when left empty. */
	public static LocalTime time(String hhmm) {
		return hhmm == null || hhmm.isBlank() ? null : LocalTime.parse(hhmm.strip());
	}

	/** A number field arrives as Long or Double, or not at all when left empty. */
	public static Long whole(Object value) {
		return value instanceof Number number ? Long.valueOf(Math.round(number.doubleValue())) : null;
	}

}
