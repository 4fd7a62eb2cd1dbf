package de.teilhabe.form;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import de.teilhabe.form.FormComponent.Choice;
import de.teilhabe.form.FormComponent.Validation;

/**
 * Reads Camunda Forms JSON ({@code *.form}). Whatever the renderer could not honour
 * faithfully fails here with an {@link UnsupportedFormFieldException}: an unknown type, a
 * datetime other than a date, options from variables.
 */
final class FormParser {

	/**
	 * Keys become HTTP parameter names and HTML ids; our own parameters start with "_".
	 */
	private static final Pattern NAME = Pattern.compile("\\p{L}[\\p{L}\\p{N}_-]*(\\.\\p{L}[\\p{L}\\p{N}_-]*)*");

	private static final Set<String> VALIDATION_TYPES = Set.of("email", "phone");

	private final ObjectMapper json = new ObjectMapper();

	FormDefinition parse(InputStream in) {
		try {
			return parse(json.readTree(in));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read Camunda Form", ex);
		}
	}

	FormDefinition parse(String form) {
		try {
			return parse(json.readTree(form));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read Camunda Form", ex);
		}
	}

	private FormDefinition parse(JsonNode root) {
		if (root == null || !root.path("components").isArray()) {
			throw new UnsupportedFormFieldException("Not a Camunda Form: no components");
		}
		List<FormComponent> components = components(root.path("components"));
		int highest = highestHeading(components);
		return new FormDefinition(text(root, "id"), components, highest == 0 ? 0 : 2 - highest);
	}

	private List<FormComponent> components(JsonNode array) {
		List<FormComponent> components = new ArrayList<>();
		for (JsonNode node : array) {
			components.add(component(node));
		}
		return List.copyOf(components);
	}

	private FormComponent component(JsonNode node) {
		String id = text(node, "id");
		ComponentType type = ComponentType.of(text(node, "type"), id);
		String key = null;
		String path = null;
		if (type.isField()) {
			key = name(node, "key", id);
			if (key == null) {
				throw new UnsupportedFormFieldException("Field " + id + " has no key");
			}
		}
		else if (type == ComponentType.GROUP || type == ComponentType.DYNAMICLIST) {
			path = name(node, "path", id);
			if (type == ComponentType.DYNAMICLIST && path == null) {
				throw new UnsupportedFormFieldException("Dynamic list " + id + " has no path");
			}
		}
		if (type == ComponentType.DATETIME && !"date".equals(node.path("subtype").asText("date"))) {
			throw new UnsupportedFormFieldException(
					"Datetime " + id + " has subtype " + node.path("subtype").asText() + "; only dates are supported");
		}
		if (node.has("valuesKey") || node.has("valuesExpression")) {
			throw new UnsupportedFormFieldException(
					"Component " + id + " takes its options from variables; only static values are supported");
		}
		JsonNode appearance = node.path("appearance");
		String label = type == ComponentType.DATETIME ? firstText(node, "dateLabel", "label") : text(node, "label");
		return new FormComponent(type, id, key, path, label, text(node, "description"),
				node.has("defaultValue") ? plain(node.get("defaultValue")) : null, flag(node.get("readonly")),
				flag(node.get("disabled")), firstText(appearance, "prefixAdornment", "prefix"),
				firstText(appearance, "suffixAdornment", "suffix"),
				node.hasNonNull("decimalDigits") ? node.get("decimalDigits").asInt() : null,
				decimal(node.get("increment")), condition(node.path("conditional").path("hide")),
				validation(node.path("validate"), id), choices(node.path("values")),
				node.has("components") ? components(node.get("components")) : List.of(),
				Math.max(0, node.path("defaultRepetitions").asInt(1)), node.path("allowAddRemove").asBoolean(false),
				text(node, "text"), node.path("disallowPassedDates").asBoolean(false));
	}

	private static Validation validation(JsonNode validate, String id) {
		if (validate.isMissingNode() || validate.isNull()) {
			return Validation.NONE;
		}
		Pattern pattern = null;
		String regex = text(validate, "pattern");
		if (regex != null && !regex.isEmpty()) {
			try {
				pattern = Pattern.compile(regex);
			}
			catch (PatternSyntaxException ex) {
				throw new UnsupportedFormFieldException("Field " + id + " has a pattern Java cannot read: " + regex);
			}
		}
		String validationType = text(validate, "validationType");
		if (validationType != null && !validationType.isEmpty() && !VALIDATION_TYPES.contains(validationType)) {
			throw new UnsupportedFormFieldException("Field " + id + " has validation type " + validationType);
		}
		return new Validation(validate.path("required").asBoolean(false),
				validate.hasNonNull("minLength") ? validate.get("minLength").asInt() : null,
				validate.hasNonNull("maxLength") ? validate.get("maxLength").asInt() : null,
				decimal(validate.get("min")), decimal(validate.get("max")), pattern,
				validationType == null || validationType.isEmpty() ? null : validationType);
	}

	private static List<Choice> choices(JsonNode values) {
		List<Choice> choices = new ArrayList<>();
		for (JsonNode value : values) {
			String v = value.path("value").asText();
			choices.add(new Choice(value.path("label").asText(v), v));
		}
		return List.copyOf(choices);
	}

	private static String name(JsonNode node, String field, String id) {
		String name = text(node, field);
		if (name == null || name.isEmpty()) {
			return null;
		}
		if (!NAME.matcher(name).matches()) {
			throw new UnsupportedFormFieldException("Component " + id + " has " + field + " \"" + name
					+ "\"; use letters, digits, '_' and '-', segments separated by '.'");
		}
		return name;
	}

	/** {@code true}, {@code false} or a FEEL expression. */
	private static Object flag(JsonNode node) {
		if (node == null || node.isNull() || node.isMissingNode()) {
			return Boolean.FALSE;
		}
		if (node.isBoolean()) {
			return node.asBoolean();
		}
		String text = node.asText().strip();
		return text.startsWith("=") ? text : Boolean.valueOf(text);
	}

	private static String condition(JsonNode hide) {
		if (hide.isTextual() && !hide.asText().isBlank()) {
			return hide.asText();
		}
		return hide.isBoolean() && hide.asBoolean() ? "=true" : null;
	}

	private static BigDecimal decimal(JsonNode node) {
		if (node == null || node.isNull() || node.isMissingNode() || node.asText().isBlank()) {
			return null;
		}
		return node.isNumber() ? node.decimalValue() : new BigDecimal(node.asText().strip());
	}

	private static Object plain(JsonNode node) {
		if (node.isNull()) {
			return null;
		}
		if (node.isBoolean()) {
			return node.asBoolean();
		}
		if (node.isIntegralNumber()) {
			return node.asLong();
		}
		if (node.isNumber()) {
			return node.asDouble();
		}
		if (node.isArray()) {
			List<Object> list = new ArrayList<>();
			node.forEach(element -> list.add(plain(element)));
			return list;
		}
		return node.asText();
	}

	private static String text(JsonNode node, String field) {
		JsonNode value = node.get(field);
		return value == null || value.isNull() ? null : value.asText();
	}

	private static String firstText(JsonNode node, String... fields) {
		for (String field : fields) {
			String value = text(node, field);
			if (value != null && !value.isEmpty()) {
				return value;
			}
		}
		return null;
	}

	private static int highestHeading(List<FormComponent> components) {
		int highest = 0;
		for (FormComponent component : components) {
			int level = component.type() == ComponentType.TEXT && component.text() != null
					? Markdown.highestHeading(component.text()) : highestHeading(component.components());
			if (level > 0 && (highest == 0 || level < highest)) {
				highest = level;
			}
		}
		return highest;
	}

}
