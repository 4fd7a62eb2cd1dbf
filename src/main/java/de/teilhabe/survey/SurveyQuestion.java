package de.teilhabe.survey;

import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One question of a survey; options and matrix items are stored one per line. */
@Entity
@Table(name = "survey_question")
public class SurveyQuestion {

	/** The rating scale of rating and matrix questions. */
	public static final List<String> SCALE = List.of("1", "2", "3", "4", "5");

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long surveyId;

	private int position;

	@Enumerated(EnumType.STRING)
	private QuestionKind kind;

	private String text;

	private boolean required;

	private String options;

	private String items;

	private Integer minAnswers;

	private Integer maxAnswers;

	private String lowLabel;

	private String highLabel;

	private boolean topicSource;

	private Long conditionQuestionId;

	private String conditionValue;

	protected SurveyQuestion() {
	}

	SurveyQuestion(long surveyId, int position, NewQuestion question) {
		this.surveyId = surveyId;
		this.position = position;
		change(question);
	}

	/**
	 * Replaces what the coordinator entered; the survey checks first that nobody has
	 * answered yet.
	 */
	void change(NewQuestion question) {
		this.kind = question.kind();
		this.text = question.text();
		this.required = question.required();
		this.options = question.kind().hasOptions() ? String.join("\n", question.options()) : null;
		this.items = question.kind() == QuestionKind.MATRIX ? String.join("\n", question.items()) : null;
		this.minAnswers = question.kind() == QuestionKind.MULTIPLE_CHOICE ? question.minAnswers() : null;
		this.maxAnswers = question.kind() == QuestionKind.MULTIPLE_CHOICE ? question.maxAnswers() : null;
		this.lowLabel = question.kind().isScale() ? question.lowLabel() : null;
		this.highLabel = question.kind().isScale() ? question.highLabel() : null;
		this.topicSource = question.kind().hasOptions() && question.topicSource();
		this.conditionQuestionId = question.conditionQuestionId();
		this.conditionValue = question.conditionQuestionId() == null ? null : question.conditionValue();
	}

	/**
	 * The same question in another survey; its condition is mapped to the copy of the
	 * question it refers to.
	 */
	SurveyQuestion copyTo(long otherSurveyId, int otherPosition, Long otherConditionQuestionId) {
		SurveyQuestion copy = new SurveyQuestion();
		copy.surveyId = otherSurveyId;
		copy.position = otherPosition;
		copy.kind = kind;
		copy.text = text;
		copy.required = required;
		copy.options = options;
		copy.items = items;
		copy.minAnswers = minAnswers;
		copy.maxAnswers = maxAnswers;
		copy.lowLabel = lowLabel;
		copy.highLabel = highLabel;
		copy.topicSource = topicSource;
		copy.conditionQuestionId = otherConditionQuestionId;
		copy.conditionValue = otherConditionQuestionId == null ? null : conditionValue;
		return copy;
	}

	void moveTo(int newPosition) {
		this.position = newPosition;
	}

	private static List<String> lines(String text) {
		return text == null || text.isBlank() ? List.of() : Arrays.stream(text.split("\n")).toList();
	}

	public Long getId() {
		return id;
	}

	public Long getSurveyId() {
		return surveyId;
	}

	public int getPosition() {
		return position;
	}

	public QuestionKind getKind() {
		return kind;
	}

	public String getText() {
		return text;
	}

	public boolean isRequired() {
		return required;
	}

	public List<String> getOptions() {
		return lines(options);
	}

	public List<String> getItems() {
		return lines(items);
	}

	public Integer getMinAnswers() {
		return minAnswers;
	}

	public Integer getMaxAnswers() {
		return maxAnswers;
	}

	public String getLowLabel() {
		return lowLabel;
	}

	public String getHighLabel() {
		return highLabel;
	}

	public boolean isTopicSource() {
		return topicSource;
	}

	public Long getConditionQuestionId() {
		return conditionQuestionId;
	}

	public String getConditionValue() {
		return conditionValue;
	}

	/** Rank positions 1..n of a ranking question. */
	public List<String> getRanks() {
		return java.util.stream.IntStream.rangeClosed(1, getOptions().size()).mapToObj(String::valueOf).toList();
	}

}
