package de.teilhabe.survey;

import java.util.List;
import java.util.Map;

/**
 * What the public form shows again after a refused answer: the values sent and the error
 * of each question.
 */
public record AnswerForm(Map<String, List<String>> values, Map<Long, String> errors) {

	static AnswerForm empty() {
		return new AnswerForm(Map.of(), Map.of());
	}

	public boolean has(String name, String value) {
		return values.getOrDefault(name, List.of()).contains(value);
	}

	public String value(String name) {
		List<String> sent = values.getOrDefault(name, List.of());
		return sent.isEmpty() || sent.get(0) == null ? "" : sent.get(0);
	}

	public String error(Long questionId) {
		return errors.get(questionId);
	}

}
