package de.teilhabe.form;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One component of a parsed Camunda Form, with the properties the renderer honours.
 *
 * @param key the field's variable name for fields ({@code a.b} for nested data), else
 * {@code null}
 * @param path a group's or dynamic list's data path ({@code null} for a group without
 * path)
 * @param readonly {@code true}, {@code false} or a FEEL expression ({@code =...})
 * @param disabled as {@code readonly}
 * @param hide the FEEL expression of {@code conditional.hide}, or {@code null}
 */
record FormComponent(ComponentType type, String id, String key, String path, String label, String description,
		Object defaultValue, Object readonly, Object disabled, String prefix, String suffix, Integer decimalDigits,
		BigDecimal increment, String hide, Validation validate, List<Choice> options, List<FormComponent> components,
		int defaultRepetitions, boolean allowAddRemove, String text, boolean disallowPassedDates) {

	/** {@code validate} of a field; absent constraints are {@code null}. */
	record Validation(boolean required, Integer minLength, Integer maxLength, BigDecimal min, BigDecimal max,
			Pattern pattern, String validationType) {

		static final Validation NONE = new Validation(false, null, null, null, null, null, null);

	}

	/** A static option of a radio, select, checklist or taglist. */
	record Choice(String label, String value) {

	}

	/** The segments of the key or path, e.g. {@code [address, street]}. */
	List<String> segments() {
		String name = type.isField() ? key : path;
		return name == null ? List.of() : List.of(name.split("\\."));
	}

	/** A taglist without static values is typed as lines of text. */
	boolean isFreeTaglist() {
		return type == ComponentType.TAGLIST && options.isEmpty();
	}

}
