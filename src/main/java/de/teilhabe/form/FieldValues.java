package de.teilhabe.form;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.teilhabe.form.FormComponent.Choice;
import de.teilhabe.form.FormComponent.Validation;

/**
 * Typing and validating what was entered in one field. Every error is a message code of
 * {@code form-messages.properties} with its arguments.
 */
final class FieldValues {

	/** Free text is capped even where the form sets no {@code maxLength}. */
	static final int MAX_TEXT = 10_000;

	private static final Pattern NUMBER = Pattern.compile("[+-]?\\d{1,18}(?:[.,](\\d{1,12}))?");

	private static final Pattern ISO_DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

	private static final Pattern GERMAN_DAY = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})");

	private static final Pattern EMAIL = Pattern.compile("[^\\s@]+@[^\\s@.]+(\\.[^\\s@.]+)+");

	/**
	 * International, as Camunda Forms expects: + or 00, country code, at least six more
	 * digits.
	 */
	private static final Pattern PHONE = Pattern.compile("(\\+|00)[1-9](?:[ ()/.-]*\\d){6,16}");

	private FieldValues() {
	}

	/**
	 * The typed value of a field ({@code null} when left empty) and the first error, if
	 * any.
	 *
	 * @param error a message code, {@code null} when the value is valid
	 */
	record Parsed(Object value, String error, Object[] args) {

		static Parsed ok(Object value) {
			return new Parsed(value, null, new Object[0]);
		}

		static Parsed error(Object value, String code, Object... args) {
			return new Parsed(value, "camundaForm.error." + code, args);
		}

	}

	static Parsed parse(FormComponent c, List<String> raw, LocalDate today) {
		String first = raw.isEmpty() || raw.get(0) == null ? "" : raw.get(0);
		Validation v = c.validate();
		return switch (c.type()) {
			case TEXTFIELD -> text(first.strip(), v);
			case TEXTAREA -> text(first.replace("\r\n", "\n"), v);
			case NUMBER -> number(first.strip(), c);
			case DATETIME -> day(first.strip(), c, today);
			case CHECKBOX ->
				v.required() && raw.isEmpty() ? Parsed.error(false, "requiredCheckbox") : Parsed.ok(!raw.isEmpty());
			case RADIO, SELECT -> choice(first, c);
			case CHECKLIST -> choices(raw, c);
			case TAGLIST -> c.isFreeTaglist() ? lines(first, v) : choices(raw, c);
			default -> throw new IllegalStateException("Not a field: " + c.type());
		};
	}

	/**
	 * The {@code step} of a number input: its decimal digits; any step when the form does
	 * not say.
	 */
	static String step(FormComponent c) {
		Integer digits = c.decimalDigits();
		return digits == null ? "any" : BigDecimal.ONE.movePointLeft(Math.max(0, digits)).toPlainString();
	}

	private static Parsed text(String text, Validation v) {
		if (text.isBlank()) {
			return v.required() ? Parsed.error(null, "required") : Parsed.ok(null);
		}
		int max = v.maxLength() == null ? MAX_TEXT : Math.min(v.maxLength(), MAX_TEXT);
		if (text.length() > max) {
			return Parsed.error(text, "maxLength", max);
		}
		if (v.minLength() != null && text.length() < v.minLength()) {
			return Parsed.error(text, "minLength", v.minLength());
		}
		if (v.pattern() != null && !v.pattern().matcher(text).find()) {
			return Parsed.error(text, "pattern");
		}
		if ("email".equals(v.validationType()) && !EMAIL.matcher(text).matches()) {
			return Parsed.error(text, "email");
		}
		if ("phone".equals(v.validationType()) && !PHONE.matcher(text).matches()) {
			return Parsed.error(text, "phone");
		}
		return Parsed.ok(text);
	}

	private static Parsed number(String text, FormComponent c) {
		Validation v = c.validate();
		if (text.isEmpty()) {
			return v.required() ? Parsed.error(null, "required") : Parsed.ok(null);
		}
		Matcher matcher = NUMBER.matcher(text);
		if (!matcher.matches()) {
			return Parsed.error(null, "number");
		}
		BigDecimal number = new BigDecimal(text.replace(',', '.'));
		Integer digits = c.decimalDigits();
		if (digits != null && digits <= 0 && matcher.group(1) != null) {
			return Parsed.error(null, "wholeNumber");
		}
		BigDecimal stripped = number.stripTrailingZeros();
		if (digits != null && digits > 0 && stripped.scale() > digits) {
			return Parsed.error(null, "decimalDigits", digits);
		}
		Object value = stripped.scale() <= 0 ? (Object) number.longValueExact() : (Object) number.doubleValue();
		if (v.min() != null && number.compareTo(v.min()) < 0) {
			return Parsed.error(value, "min", v.min());
		}
		if (v.max() != null && number.compareTo(v.max()) > 0) {
			return Parsed.error(value, "max", v.max());
		}
		return Parsed.ok(value);
	}

	private static Parsed day(String text, FormComponent c, LocalDate today) {
		if (text.isEmpty()) {
			return c.validate().required() ? Parsed.error(null, "required") : Parsed.ok(null);
		}
		LocalDate day;
		try {
			Matcher german = GERMAN_DAY.matcher(text);
			if (ISO_DAY.matcher(text).matches()) {
				day = LocalDate.parse(text);
			}
			else if (german.matches()) {
				day = LocalDate.of(Integer.parseInt(german.group(3)), Integer.parseInt(german.group(2)),
						Integer.parseInt(german.group(1)));
			}
			else {
				return Parsed.error(null, "date");
			}
		}
		catch (DateTimeException ex) {
			return Parsed.error(null, "date");
		}
		if (day.getYear() < 1000) {
			return Parsed.error(null, "date");
		}
		if (c.disallowPassedDates() && day.isBefore(today)) {
			return Parsed.error(day.toString(), "pastDate");
		}
		return Parsed.ok(day.toString());
	}

	private static Parsed choice(String value, FormComponent c) {
		if (value.isEmpty()) {
			return c.validate().required() ? Parsed.error(null, "requiredChoice") : Parsed.ok(null);
		}
		if (c.options().stream().map(Choice::value).noneMatch(value::equals)) {
			return Parsed.error(null, "option");
		}
		return Parsed.ok(value);
	}

	private static Parsed choices(List<String> values, FormComponent c) {
		List<String> allowed = c.options().stream().map(Choice::value).toList();
		List<String> chosen = new ArrayList<>(allowed.stream().filter(values::contains).toList());
		if (chosen.size() < values.size()) {
			return Parsed.error(chosen, "option");
		}
		if (c.validate().required() && chosen.isEmpty()) {
			return Parsed.error(chosen, "requiredList");
		}
		return Parsed.ok(chosen);
	}

	/** A taglist without options: one entry per line. */
	private static Parsed lines(String text, Validation v) {
		List<String> lines = new ArrayList<>(
				text.lines().map(String::strip).filter(line -> !line.isEmpty()).distinct().toList());
		if (text.length() > MAX_TEXT) {
			return Parsed.error(lines, "maxLength", MAX_TEXT);
		}
		if (v.required() && lines.isEmpty()) {
			return Parsed.error(lines, "required");
		}
		return Parsed.ok(lines);
	}

}
