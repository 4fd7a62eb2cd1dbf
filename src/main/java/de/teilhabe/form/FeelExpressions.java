package de.teilhabe.form;

import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.FeelException;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngineFactory;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * FEEL in forms ({@code conditional.hide}, {@code readonly}, template placeholders),
 * evaluated by the FEEL engine that Camunda 7 ships for DMN (feel-scala), so a condition
 * means on the server what it means in Camunda Modeler.
 */
final class FeelExpressions {

	private static final Logger log = LoggerFactory.getLogger(FeelExpressions.class);

	/**
	 * A plain (dotted) name needs no FEEL engine: {@code title}, {@code this},
	 * {@code parent.title}.
	 */
	private static final Pattern NAME = Pattern.compile("[\\p{L}_][\\p{L}\\p{N}_]*(\\.[\\p{L}_][\\p{L}\\p{N}_]*)*");

	private static final Set<String> KEYWORDS = Set.of("true", "false", "null");

	private final FeelEngine engine;

	FeelExpressions() {
		this(new ScalaFeelEngineFactory().createInstance());
	}

	FeelExpressions(FeelEngine engine) {
		this.engine = engine;
	}

	/**
	 * The value of an expression ({@code =} in front is optional), or {@code null} when
	 * it cannot be evaluated: a broken expression in a form shows the field rather than
	 * failing the page.
	 */
	Object evaluate(String expression, Map<String, Object> context) {
		String feel = expression.strip();
		if (feel.startsWith("=")) {
			feel = feel.substring(1).strip();
		}
		if (feel.isEmpty()) {
			return null;
		}
		if (NAME.matcher(feel).matches() && !KEYWORDS.contains(feel)) {
			return lookUp(feel, context);
		}
		try {
			return engine.evaluateSimpleExpression(feel, Variables.fromMap(context).asVariableContext());
		}
		catch (FeelException | IllegalArgumentException ex) {
			log.warn("Cannot evaluate FEEL expression '{}' of a form: {}", expression, ex.getMessage());
			return null;
		}
	}

	/**
	 * Only a result of {@code true} counts; {@code null} (e.g. a missing variable) does
	 * not.
	 */
	boolean isTrue(String expression, Map<String, Object> context) {
		return Boolean.TRUE.equals(evaluate(expression, context));
	}

	/**
	 * {@code true}, {@code false} or an expression that must evaluate to {@code true}.
	 */
	boolean flag(Object flag, Map<String, Object> context) {
		if (flag instanceof Boolean b) {
			return b;
		}
		return flag instanceof String expression && isTrue(expression, context);
	}

	private static Object lookUp(String name, Map<String, Object> context) {
		Object value = context;
		for (String segment : name.split("\\.")) {
			if (!(value instanceof Map<?, ?> map)) {
				return null;
			}
			value = map.get(segment);
		}
		return value;
	}

}
