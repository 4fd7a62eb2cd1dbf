package de.teilhabe.form;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.spin.json.SpinJsonNode;

/**
 * Process variables as plain Java values (String, Boolean, Long/Double/BigDecimal, List,
 * Map), so forms read a JSON variable the same as a list of maps; dates become ISO
 * strings.
 */
final class PlainValues {

	private PlainValues() {
	}

	static Map<String, Object> of(Map<String, ?> variables, ZoneId zone) {
		Map<String, Object> plain = new LinkedHashMap<>();
		variables.forEach((name, value) -> plain.put(name, plain(value, zone)));
		return plain;
	}

	/**
	 * A value as plain Java; a {@link Date} becomes the ISO date-time in {@code zone}.
	 */
	static Object plain(Object value, ZoneId zone) {
		if (value instanceof SpinJsonNode json) {
			return json(json);
		}
		if (value instanceof Map<?, ?> map) {
			Map<String, Object> plain = new LinkedHashMap<>();
			map.forEach((k, v) -> plain.put(String.valueOf(k), plain(v, zone)));
			return plain;
		}
		if (value instanceof Collection<?> collection) {
			List<Object> plain = new ArrayList<>(collection.size());
			collection.forEach(element -> plain.add(plain(element, zone)));
			return plain;
		}
		if (value instanceof Object[] array) {
			return plain(List.of(array), zone);
		}
		if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
			return ((Number) value).longValue();
		}
		if (value instanceof Float f) {
			return f.doubleValue();
		}
		if (value instanceof Character || value instanceof Enum<?>) {
			return value.toString();
		}
		if (value instanceof Date date) {
			return LocalDateTime.ofInstant(date.toInstant(), zone).toString();
		}
		if (value instanceof TemporalAccessor) {
			return value.toString();
		}
		return value;
	}

	private static Object json(SpinJsonNode json) {
		if (json.isObject()) {
			Map<String, Object> map = new LinkedHashMap<>();
			for (String name : json.fieldNames()) {
				map.put(name, json(json.prop(name)));
			}
			return map;
		}
		if (json.isArray()) {
			List<Object> list = new ArrayList<>();
			json.elements().forEach(element -> list.add(json(element)));
			return list;
		}
		if (json.isNull()) {
			return null;
		}
		if (json.isBoolean()) {
			return json.boolValue();
		}
		if (json.isNumber()) {
			return plain(json.numberValue(), null);
		}
		return json.isString() ? json.stringValue() : json.toString();
	}

	/**
	 * A value as text for a form field or a template: numbers without exponent or
	 * trailing zeros.
	 */
	static String text(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof Double || value instanceof Float || value instanceof BigDecimal) {
			BigDecimal decimal = value instanceof BigDecimal b ? b : BigDecimal.valueOf(((Number) value).doubleValue());
			String text = decimal.stripTrailingZeros().toPlainString();
			return text.equals("-0") ? "0" : text;
		}
		if (value instanceof Collection<?> collection) {
			return collection.stream().map(PlainValues::text).collect(Collectors.joining(", "));
		}
		return String.valueOf(value);
	}

	/** A value as an ISO day, {@code null} when it is none. */
	static String day(Object value, ZoneId zone) {
		if (value instanceof LocalDate date) {
			return date.toString();
		}
		String text = text(plain(value, zone));
		return text.length() >= 10 && text.charAt(4) == '-' && text.charAt(7) == '-' ? text.substring(0, 10) : text;
	}

}
