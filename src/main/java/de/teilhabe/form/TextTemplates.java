package de.teilhabe.form;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import de.teilhabe.system.Formats;

/**
 * The templating of Camunda Forms text components: {@code {{expression}}}, {@code {{#loop
 * list}}...{{/loop}}} and {@code {{#if condition}}...{{/if}}}, with FEEL expressions.
 * Inserted values are escaped for markdown, so a variable can add neither markup nor
 * HTML. Inside a loop an item's fields are names of their own, the item itself is
 * {@code this} and the enclosing context {@code parent}. A block tag alone on its line
 * takes the line with it.
 * <p>
 * Inserted values are written for the reader: ISO dates, times and date-times as dates
 * and times of their language, numbers grouped, and {@code {{euro(expression)}}} as an
 * amount in euros ({@code 124.000 €}, {@code €124,000}); a link's address gets the value
 * as it is. {@code euro} is no FEEL function, so Camunda Modeler's preview leaves such a
 * placeholder empty.
 */
final class TextTemplates {

	private static final Pattern STANDALONE_BLOCK_TAG = Pattern
		.compile("(?m)^[ \\t]*(\\{\\{[ \\t]*[#/](?:loop|if)\\b[^}\\n]*}})[ \\t]*(?:\\r?\\n|\\z)");

	private static final Pattern TAG = Pattern.compile("\\{\\{\\s*([#/](?:loop|if)\\b)?\\s*(.*?)\\s*}}",
			Pattern.DOTALL);

	private static final Pattern EURO = Pattern.compile("euro\\((.*)\\)", Pattern.DOTALL);

	private final FeelExpressions feel;

	TextTemplates(FeelExpressions feel) {
		this.feel = feel;
	}

	/**
	 * The template as markdown, its placeholders filled from the context and written in
	 * the reader's formats.
	 */
	String render(String template, Map<String, Object> context, Formats formats) {
		StringBuilder markdown = new StringBuilder();
		render(parse(template), context, formats, markdown);
		return markdown.toString();
	}

	private void render(List<Part> parts, Map<String, Object> context, Formats formats, StringBuilder out) {
		for (Part part : parts) {
			switch (part.kind) {
				case LITERAL -> out.append(part.text);
				case VALUE -> out.append(Markdown.escape(inLinkTarget(out)
						? PlainValues.text(feel.evaluate(part.text, context)) : value(part.text, context, formats)));
				case IF -> {
					if (truthy(feel.evaluate(part.text, context))) {
						render(part.children, context, formats, out);
					}
				}
				case LOOP -> {
					Object items = feel.evaluate(part.text, context);
					if (items instanceof Collection<?> collection) {
						for (Object item : collection) {
							render(part.children, itemContext(item, context), formats, out);
						}
					}
				}
			}
		}
	}

	private String value(String expression, Map<String, Object> context, Formats formats) {
		Matcher euro = EURO.matcher(expression.strip());
		if (euro.matches()) {
			Object amount = feel.evaluate(euro.group(1), context);
			return amount instanceof Number number ? formats.euros(number) : PlainValues.text(amount);
		}
		Object value = feel.evaluate(expression, context);
		if (value instanceof Collection<?> collection) {
			return collection.stream().map(formats::value).collect(Collectors.joining(", "));
		}
		return formats.value(value);
	}

	/** In a link's address ({@code [text](/path/{{id}})}) a value stays as it is. */
	private static boolean inLinkTarget(StringBuilder markdown) {
		int target = markdown.lastIndexOf("](");
		return target >= 0 && markdown.indexOf(")", target) < 0;
	}

	private static Map<String, Object> itemContext(Object item, Map<String, Object> parent) {
		Map<String, Object> context = new HashMap<>(parent);
		if (item instanceof Map<?, ?> fields) {
			fields.forEach((name, value) -> context.put(String.valueOf(name), value));
		}
		context.put("this", item);
		context.put("parent", parent);
		return context;
	}

	private static boolean truthy(Object value) {
		if (value == null || Boolean.FALSE.equals(value)) {
			return false;
		}
		if (value instanceof String text) {
			return !text.isEmpty();
		}
		if (value instanceof Number number) {
			return number.doubleValue() != 0;
		}
		return !(value instanceof Collection<?> collection) || !collection.isEmpty();
	}

	private static List<Part> parse(String template) {
		String text = STANDALONE_BLOCK_TAG.matcher(template).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
		List<Part> root = new ArrayList<>();
		Deque<Part> open = new ArrayDeque<>();
		Matcher tag = TAG.matcher(text);
		int at = 0;
		while (tag.find()) {
			List<Part> into = open.isEmpty() ? root : open.peek().children;
			if (tag.start() > at) {
				into.add(new Part(Kind.LITERAL, text.substring(at, tag.start())));
			}
			at = tag.end();
			String block = tag.group(1);
			if (block == null) {
				into.add(new Part(Kind.VALUE, tag.group(2)));
			}
			else if (block.startsWith("#")) {
				Part part = new Part(block.equals("#loop") ? Kind.LOOP : Kind.IF, tag.group(2));
				into.add(part);
				open.push(part);
			}
			else if (!open.isEmpty()) {
				open.pop();
			}
		}
		if (at < text.length()) {
			(open.isEmpty() ? root : open.peek().children).add(new Part(Kind.LITERAL, text.substring(at)));
		}
		return root;
	}

	private enum Kind {

		LITERAL, VALUE, IF, LOOP

	}

	private static final class Part {

		final Kind kind;

		final String text;

		final List<Part> children = new ArrayList<>();

		Part(Kind kind, String text) {
			this.kind = kind;
			this.text = text;
		}

	}

}
