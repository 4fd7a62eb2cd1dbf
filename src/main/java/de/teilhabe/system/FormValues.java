package de.teilhabe.system;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;

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
	 * A deadline as the typed value it is stored as: one entered as a day
	 * ("Anmeldeschluss 20.11.") lasts until the end of that day; one with a time (or an
	 * offset, as {@link #timer} wrote it) is kept. {@code null} for none.
	 */
	public static LocalDateTime deadline(String iso) {
		if (iso == null || iso.isBlank()) {
			return null;
		}
		if (iso.length() == 10) {
			return LocalDate.parse(iso).atTime(23, 59, 59);
		}
		TemporalAccessor at = DateTimeFormatter.ISO_DATE_TIME.parse(iso);
		return LocalDateTime.from(at);
	}

	/**
	 * A moment for a BPMN timer, with the offset of the zone: the engine would read a
	 * local date-time in the zone of the JVM.
	 */
	public static String timer(LocalDateTime at, ZoneId zone) {
		return at.atZone(zone).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
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
