package de.teilhabe.survey;

import java.util.List;

/** A question as the coordinator enters it in the survey editor. */
public record NewQuestion(QuestionKind kind, String text, boolean required, List<String> options, List<String> items,
		Integer minAnswers, Integer maxAnswers, String lowLabel, String highLabel, boolean topicSource,
		Long conditionQuestionId, String conditionValue) {

	public NewQuestion {
		options = options == null ? List.of() : options;
		items = items == null ? List.of() : items;
	}

	public static NewQuestion of(QuestionKind kind, String text, boolean required, String... options) {
		return new NewQuestion(kind, text, required, List.of(options), List.of(), null, null, null, null, false, null,
				null);
	}

}
