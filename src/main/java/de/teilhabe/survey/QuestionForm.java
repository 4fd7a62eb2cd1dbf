package de.teilhabe.survey;

import java.util.Arrays;
import java.util.List;

import org.springframework.validation.Errors;

/**
 * The editor's "add question" form, bound field by field; numbers as text, so bad input
 * gets our own message.
 */
class QuestionForm {

	private QuestionKind kind = QuestionKind.SINGLE_CHOICE;

	private String text = "";

	private boolean required;

	private String options = "";

	private String items = "";

	private String minAnswers = "";

	private String maxAnswers = "";

	private String lowLabel = "";

	private String highLabel = "";

	private boolean topicSource;

	private Long conditionQuestionId;

	private String conditionValue = "";

	/** The form filled with a stored question, for editing it. */
	static QuestionForm of(SurveyQuestion question) {
		QuestionForm form = new QuestionForm();
		form.kind = question.getKind();
		form.text = question.getText();
		form.required = question.isRequired();
		form.options = String.join("\n", question.getOptions());
		form.items = String.join("\n", question.getItems());
		form.minAnswers = question.getMinAnswers() == null ? "" : question.getMinAnswers().toString();
		form.maxAnswers = question.getMaxAnswers() == null ? "" : question.getMaxAnswers().toString();
		form.lowLabel = question.getLowLabel() == null ? "" : question.getLowLabel();
		form.highLabel = question.getHighLabel() == null ? "" : question.getHighLabel();
		form.topicSource = question.isTopicSource();
		form.conditionQuestionId = question.getConditionQuestionId();
		form.conditionValue = question.getConditionValue() == null ? "" : question.getConditionValue();
		return form;
	}

	/** Checks the form against the survey's questions; errors carry message keys. */
	NewQuestion validate(List<SurveyQuestion> earlier, Errors errors) {
		if (kind == null) {
			errors.rejectValue("kind", "survey.editor.kindRequired");
			return null;
		}
		if (text == null || text.isBlank()) {
			errors.rejectValue("text", "survey.editor.textRequired");
		}
		else if (text.strip().length() > 1000) {
			errors.rejectValue("text", "survey.editor.textTooLong");
		}
		List<String> optionList = lines(options);
		List<String> itemList = lines(items);
		if (kind.hasOptions() && optionList.size() < 2) {
			errors.rejectValue("options", "survey.editor.optionsRequired");
		}
		if (optionList.stream().anyMatch(o -> o.length() > 300) || itemList.stream().anyMatch(o -> o.length() > 300)) {
			errors.rejectValue(kind == QuestionKind.MATRIX ? "items" : "options", "survey.editor.optionTooLong");
		}
		if (optionList.stream().distinct().count() < optionList.size()) {
			errors.rejectValue("options", "survey.editor.optionTwice");
		}
		if (kind == QuestionKind.MATRIX && itemList.isEmpty()) {
			errors.rejectValue("items", "survey.editor.itemsRequired");
		}
		Integer min = number(minAnswers, "minAnswers", errors);
		Integer max = number(maxAnswers, "maxAnswers", errors);
		if (kind == QuestionKind.MULTIPLE_CHOICE) {
			if (max != null && (max < 1 || max > optionList.size())) {
				errors.rejectValue("maxAnswers", "survey.editor.maxOutOfRange");
			}
			if (min != null && (min < 1 || (max != null && min > max) || min > optionList.size())) {
				errors.rejectValue("minAnswers", "survey.editor.minOutOfRange");
			}
		}
		if (conditionQuestionId != null) {
			SurveyQuestion condition = earlier.stream()
				.filter(q -> q.getId().equals(conditionQuestionId))
				.findFirst()
				.orElse(null);
			if (condition == null || !(condition.getKind() == QuestionKind.SINGLE_CHOICE
					|| condition.getKind() == QuestionKind.MULTIPLE_CHOICE)) {
				errors.rejectValue("conditionQuestionId", "survey.editor.conditionUnknown");
			}
			else if (!condition.getOptions().contains(conditionValue == null ? "" : conditionValue.strip())) {
				errors.rejectValue("conditionValue", "survey.editor.conditionValueUnknown");
			}
		}
		if (errors.hasErrors()) {
			return null;
		}
		return new NewQuestion(kind, text.strip(), required, optionList, itemList,
				kind == QuestionKind.MULTIPLE_CHOICE ? min : null, kind == QuestionKind.MULTIPLE_CHOICE ? max : null,
				blankToNull(lowLabel), blankToNull(highLabel), topicSource, conditionQuestionId,
				conditionQuestionId == null ? null : conditionValue.strip());
	}

	private static Integer number(String value, String field, Errors errors) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(value.strip());
		}
		catch (NumberFormatException ex) {
			errors.rejectValue(field, "survey.editor.notANumber");
			return null;
		}
	}

	private static List<String> lines(String text) {
		return text == null ? List.of()
				: Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	public QuestionKind getKind() {
		return kind;
	}

	public void setKind(QuestionKind kind) {
		this.kind = kind;
	}

	public String getText() {
		return text;
	}

	public void setText(String text) {
		this.text = text;
	}

	public boolean isRequired() {
		return required;
	}

	public void setRequired(boolean required) {
		this.required = required;
	}

	public String getOptions() {
		return options;
	}

	public void setOptions(String options) {
		this.options = options;
	}

	public String getItems() {
		return items;
	}

	public void setItems(String items) {
		this.items = items;
	}

	public String getMinAnswers() {
		return minAnswers;
	}

	public void setMinAnswers(String minAnswers) {
		this.minAnswers = minAnswers;
	}

	public String getMaxAnswers() {
		return maxAnswers;
	}

	public void setMaxAnswers(String maxAnswers) {
		this.maxAnswers = maxAnswers;
	}

	public String getLowLabel() {
		return lowLabel;
	}

	public void setLowLabel(String lowLabel) {
		this.lowLabel = lowLabel;
	}

	public String getHighLabel() {
		return highLabel;
	}

	public void setHighLabel(String highLabel) {
		this.highLabel = highLabel;
	}

	public boolean isTopicSource() {
		return topicSource;
	}

	public void setTopicSource(boolean topicSource) {
		this.topicSource = topicSource;
	}

	public Long getConditionQuestionId() {
		return conditionQuestionId;
	}

	public void setConditionQuestionId(Long conditionQuestionId) {
		this.conditionQuestionId = conditionQuestionId;
	}

	public String getConditionValue() {
		return conditionValue;
	}

	public void setConditionValue(String conditionValue) {
		this.conditionValue = conditionValue;
	}

}
