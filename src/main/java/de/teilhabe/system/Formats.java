package de.teilhabe.system;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.Date;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Dates, times, amounts and numbers in one language (German: {@code 20.12.2026},
 * {@code 23:59 Uhr}, {@code 124.000 €}; English: {@code 20 Dec 2026}, {@code 11:59 pm},
 * {@code €124,000}). A value may be a {@code java.time} value, a {@link Date}, or an ISO
 * string as the processes keep them; instants are shown in the zone of the clock. Every
 * method gives an empty string for {@code null}.
 */
public final class Formats {

	private final Locale locale;

	private final ZoneId zone;

	private final boolean english;

	private final DateTimeFormatter date;

	private final DateTimeFormatter weekdayDate;

	private final DateTimeFormatter time;

	/**
	 * The formats of a language in a zone; where a {@link UserFormats} is at hand, ask it
	 * instead.
	 */
	public static Formats of(Locale locale, ZoneId zone) {
		return new Formats(locale, zone);
	}

	private Formats(Locale locale, ZoneId zone) {
		this.english = locale != null && "en".equals(locale.getLanguage());
		this.locale = english ? Locale.ENGLISH : Locale.GERMAN;
		this.zone = zone;
		this.date = DateTimeFormatter.ofPattern(english ? "d MMM yyyy" : "dd.MM.yyyy", this.locale);
		this.weekdayDate = DateTimeFormatter.ofPattern(english ? "EEEE, d MMM yyyy" : "EEEE, dd.MM.yyyy", this.locale);
		this.time = english ? new DateTimeFormatterBuilder().appendPattern("h:mm ")
			.appendText(ChronoField.AMPM_OF_DAY, Map.of(0L, "am", 1L, "pm"))
			.toFormatter(this.locale) : DateTimeFormatter.ofPattern("HH:mm", this.locale);
	}

	/** {@code 20.12.2026} / {@code 20 Dec 2026}. */
	public String date(Object value) {
		LocalDate day = day(value);
		return day == null ? "" : date.format(day);
	}

	/**
	 * The day as a date field's value ({@code 2026-12-20}): for inputs, never for
	 * reading.
	 */
	public String isoDate(Object value) {
		LocalDate day = day(value);
		return day == null ? "" : day.toString();
	}

	/** {@code Sonntag, 20.12.2026} / {@code Sunday, 20 Dec 2026}. */
	public String weekdayDate(Object value) {
		LocalDate day = day(value);
		return day == null ? "" : weekdayDate.format(day);
	}

	/** {@code 23:59 Uhr} / {@code 11:59 pm}. */
	public String time(Object value) {
		LocalTime at = timeOf(value);
		return at == null ? "" : clock(at) + (english ? "" : " Uhr");
	}

	/**
	 * {@code 12:00–16:30 Uhr} / {@code 12:00 pm–4:30 pm}; the start alone without an end.
	 */
	public String timeRange(Object start, Object end) {
		LocalTime from = timeOf(start);
		LocalTime to = timeOf(end);
		if (from == null) {
			return "";
		}
		return to == null ? time(from) : clock(from) + "–" + clock(to) + (english ? "" : " Uhr");
	}

	/** {@code 20.12.2026, 23:59 Uhr} / {@code 20 Dec 2026, 11:59 pm}. */
	public String dateTime(Object value) {
		LocalDateTime at = dateTimeOf(value);
		return at == null ? "" : date.format(at) + ", " + time(at.toLocalTime());
	}

	/**
	 * Whole euros: {@code 124.000 €} / {@code €124,000}; cents only where there are any.
	 */
	public String euros(Number value) {
		if (value == null) {
			return "";
		}
		boolean cents = value instanceof BigDecimal decimal ? decimal.stripTrailingZeros().scale() > 0
				: (value instanceof Double || value instanceof Float) && value.doubleValue() % 1 != 0;
		String number = cents ? "#,##0.00" : "#,##0";
		return format(english ? "€" + number : number + " €").format(value);
	}

	/** A count or other whole number with grouping: {@code 1.234} / {@code 1,234}. */
	public String count(Number value) {
		return value == null ? "" : format("#,##0").format(value);
	}

	/**
	 * A decimal with exactly {@code digits} places: {@code 3,50} / {@code 3.50}.
	 */
	public String decimal(Number value, int digits) {
		return value == null ? "" : format("#,##0" + (digits > 0 ? "." + "0".repeat(digits) : "")).format(value);
	}

	/** A percentage with one place: {@code 12,5 %} / {@code 12.5%}. */
	public String percent(Number value) {
		return value == null ? "" : decimal(value, 1) + (english ? "%" : " %");
	}

	/**
	 * A value from a process or a form as text: ISO dates, times and date-times
	 * formatted, numbers grouped, anything else as it is.
	 */
	public String value(Object value) {
		if (value instanceof Number number) {
			return value instanceof Double || value instanceof Float || value instanceof BigDecimal
					? format("#,##0.##########").format(number) : count(number);
		}
		if (value instanceof String text) {
			if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
				return date(text);
			}
			if (text.matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?([+-]\\d{2}:\\d{2}|Z)?")) {
				return dateTime(text);
			}
			if (text.matches("\\d{2}:\\d{2}(:\\d{2})?")) {
				return time(text);
			}
			return text;
		}
		if (value instanceof LocalDate) {
			return date(value);
		}
		if (value instanceof LocalTime) {
			return time(value);
		}
		if (value instanceof LocalDateTime || value instanceof Instant || value instanceof Date
				|| value instanceof ZonedDateTime || value instanceof OffsetDateTime) {
			return dateTime(value);
		}
		return value == null ? "" : String.valueOf(value);
	}

	private String clock(LocalTime at) {
		return time.format(at);
	}

	/** Halves rounded up, as the pages rounded before. */
	private DecimalFormat format(String pattern) {
		DecimalFormat format = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(locale));
		format.setRoundingMode(RoundingMode.HALF_UP);
		return format;
	}

	private LocalDate day(Object value) {
		if (value instanceof LocalDate day) {
			return day;
		}
		if (value instanceof String text && text.length() == 10) {
			return parse(() -> LocalDate.parse(text));
		}
		LocalDateTime at = dateTimeOf(value);
		return at == null ? null : at.toLocalDate();
	}

	private LocalTime timeOf(Object value) {
		if (value instanceof LocalTime at) {
			return at;
		}
		if (value instanceof String text && text.length() <= 8 && !text.isBlank()) {
			return parse(() -> LocalTime.parse(text));
		}
		LocalDateTime at = dateTimeOf(value);
		return at == null ? null : at.toLocalTime();
	}

	private LocalDateTime dateTimeOf(Object value) {
		if (value instanceof LocalDateTime at) {
			return at;
		}
		if (value instanceof Instant at) {
			return LocalDateTime.ofInstant(at, zone);
		}
		if (value instanceof java.sql.Date day) {
			// a day without time, which has no instant
			return day.toLocalDate().atStartOfDay();
		}
		if (value instanceof Date at) {
			return LocalDateTime.ofInstant(at.toInstant(), zone);
		}
		if (value instanceof ZonedDateTime at) {
			return at.withZoneSameInstant(zone).toLocalDateTime();
		}
		if (value instanceof OffsetDateTime at) {
			return at.atZoneSameInstant(zone).toLocalDateTime();
		}
		if (value instanceof LocalDate day) {
			return day.atStartOfDay();
		}
		if (value instanceof String text && !text.isBlank()) {
			if (text.length() == 10) {
				return parse(() -> LocalDate.parse(text).atStartOfDay());
			}
			LocalDateTime local = parse(() -> LocalDateTime.parse(text));
			return local != null ? local
					: parse(() -> OffsetDateTime.parse(text).atZoneSameInstant(zone).toLocalDateTime());
		}
		return null;
	}

	private static <T> T parse(Supplier<T> parser) {
		try {
			return parser.get();
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
