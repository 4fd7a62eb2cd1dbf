package de.teilhabe.survey;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.teilhabe.participation.SteeredParticipations;
import de.teilhabe.system.NotFoundException;

/**
 * Survey rounds: the draft the coordinator designs, opened and closed by the survey
 * phase. The draft of a participation is the round after its last opened one; opening a
 * round without a draft opens it without questions.
 */
@Service
public class SurveyService {

	private final SurveyRepository repository;

	private final SurveyQuestionRepository questions;

	private final Clock clock;

	SurveyService(SurveyRepository repository, SurveyQuestionRepository questions, Clock clock) {
		this.repository = repository;
		this.questions = questions;
		this.clock = clock;
	}

	@Transactional
	public Survey open(long participationId, int round, String title, LocalDateTime closeDate) {
		Optional<Survey> draft = repository.findByParticipationIdAndRound(participationId, round)
			.filter(s -> s.getStatus() == SurveyStatus.DRAFT);
		if (draft.isPresent()) {
			draft.get().open(title, closeDate, clock.instant());
			return draft.get();
		}
		return repository.save(new Survey(participationId, round, title, closeDate, clock.instant()));
	}

	@Transactional
	public Survey close(long surveyId) {
		Survey survey = get(surveyId);
		survey.close(clock.instant());
		return survey;
	}

	@Transactional(readOnly = true)
	public List<Survey> rounds(long participationId) {
		return repository.findByParticipationIdOrderByRound(participationId);
	}

	/** The surveys of these participations, newest process first. */
	@Transactional(readOnly = true)
	public List<Survey> of(SteeredParticipations participations) {
		if (participations.all()) {
			return all();
		}
		return participations.ids().isEmpty() ? List.of()
				: repository.findByParticipationIdInOrderByParticipationIdDescRoundDesc(participations.ids());
	}

	/**
	 * The rounds whose results the coordinator published, for the process's public page.
	 */
	@Transactional(readOnly = true)
	public List<Survey> publishedResults(long participationId) {
		return repository.findByParticipationIdAndResultsPublishedTrueOrderByRound(participationId);
	}

	@Transactional(readOnly = true)
	public List<Survey> all() {
		return repository.findAllByOrderByParticipationIdDescRoundDesc();
	}

	@Transactional(readOnly = true)
	public Survey get(long surveyId) {
		return repository.findById(surveyId).orElseThrow(() -> new NotFoundException("survey", surveyId));
	}

	@Transactional(readOnly = true)
	public Optional<Survey> byToken(String token) {
		return repository.findByPublicToken(token);
	}

	/** The round being designed for this participation, created on first use. */
	@Transactional
	public Survey draft(long participationId, String title) {
		return repository.findByParticipationIdAndStatus(participationId, SurveyStatus.DRAFT).orElseGet(() -> {
			int round = repository.findByParticipationIdOrderByRound(participationId).size() + 1;
			return repository.save(Survey.draft(participationId, round, title));
		});
	}

	@Transactional(readOnly = true)
	public List<SurveyQuestion> questions(long surveyId) {
		return questions.findBySurveyIdOrderByPosition(surveyId);
	}

	@Transactional
	public void describe(long surveyId, String introduction, String privacyNotice) {
		get(surveyId).describe(introduction, privacyNotice);
	}

	@Transactional
	public SurveyQuestion addQuestion(long surveyId, NewQuestion question) {
		editable(surveyId);
		List<SurveyQuestion> existing = questions.findBySurveyIdOrderByPosition(surveyId);
		if (question.conditionQuestionId() != null
				&& existing.stream().noneMatch(q -> q.getId().equals(question.conditionQuestionId()))) {
			throw new IllegalArgumentException("Condition refers to a question of another survey");
		}
		return questions.save(new SurveyQuestion(surveyId, existing.size(), question));
	}

	/**
	 * Changes a question while nobody has answered. Its condition may read only an
	 * earlier question, and a later question whose condition reads this one must still
	 * find its answer among the options.
	 */
	@Transactional
	public SurveyQuestion changeQuestion(long surveyId, long questionId, NewQuestion changed) {
		editable(surveyId);
		List<SurveyQuestion> list = questions.findBySurveyIdOrderByPosition(surveyId);
		int index = indexOf(list, questionId);
		if (changed.conditionQuestionId() != null
				&& list.subList(0, index).stream().noneMatch(q -> q.getId().equals(changed.conditionQuestionId()))) {
			throw new SurveyDesignException("survey.editor.conditionOrder");
		}
		boolean breaksDependent = list.stream()
			.filter(q -> Long.valueOf(questionId).equals(q.getConditionQuestionId()))
			.anyMatch(q -> !(changed.kind() == QuestionKind.SINGLE_CHOICE
					|| changed.kind() == QuestionKind.MULTIPLE_CHOICE)
					|| !changed.options().contains(q.getConditionValue()));
		if (breaksDependent) {
			throw new SurveyDesignException("survey.editor.conditionBroken");
		}
		SurveyQuestion question = list.get(index);
		question.change(changed);
		return question;
	}

	/**
	 * Moves a question one place up (-1) or down (+1); a question never moves above the
	 * one its condition reads.
	 */
	@Transactional
	public void move(long surveyId, long questionId, int direction) {
		editable(surveyId);
		List<SurveyQuestion> list = new ArrayList<>(questions.findBySurveyIdOrderByPosition(surveyId));
		int from = indexOf(list, questionId);
		int to = from + Integer.signum(direction);
		if (to < 0 || to >= list.size()) {
			return;
		}
		SurveyQuestion upper = list.get(Math.min(from, to));
		SurveyQuestion lower = list.get(Math.max(from, to));
		if (upper.getId().equals(lower.getConditionQuestionId())) {
			throw new SurveyDesignException("survey.editor.conditionOrder");
		}
		list.set(Math.min(from, to), lower);
		list.set(Math.max(from, to), upper);
		renumber(list);
	}

	@Transactional
	public void deleteQuestion(long surveyId, long questionId) {
		editable(surveyId);
		List<SurveyQuestion> list = new ArrayList<>(questions.findBySurveyIdOrderByPosition(surveyId));
		if (list.stream().anyMatch(q -> Long.valueOf(questionId).equals(q.getConditionQuestionId()))) {
			throw new SurveyDesignException("survey.editor.conditionInUse");
		}
		SurveyQuestion removed = list.remove(indexOf(list, questionId));
		questions.delete(removed);
		renumber(list);
	}

	/**
	 * Appends the questions (and the texts, where still empty) of an earlier survey, e.g.
	 * last year's.
	 */
	@Transactional
	public int copyQuestions(long surveyId, long fromSurveyId) {
		Survey target = editable(surveyId);
		Survey source = get(fromSurveyId);
		if (target.getIntroduction() == null || target.getIntroduction().isBlank()) {
			target.describe(source.getIntroduction(), source.getPrivacyNotice());
		}
		int position = questions.findBySurveyIdOrderByPosition(surveyId).size();
		Map<Long, Long> copies = new HashMap<>();
		List<SurveyQuestion> originals = questions.findBySurveyIdOrderByPosition(fromSurveyId);
		for (SurveyQuestion original : originals) {
			SurveyQuestion copy = questions
				.save(original.copyTo(surveyId, position++, copies.get(original.getConditionQuestionId())));
			copies.put(original.getId(), copy.getId());
		}
		return originals.size();
	}

	/**
	 * The open date and time; {@code null} opens the survey as soon as the design task is
	 * completed.
	 */
	@Transactional
	public void scheduleOpening(long surveyId, LocalDateTime opensAt) {
		if (opensAt != null && opensAt.isBefore(LocalDateTime.now(clock))) {
			throw SurveyDesignException.onField("opensAt", "survey.editor.opensAtPast");
		}
		get(surveyId).scheduleOpening(opensAt);
	}

	@Transactional
	public void publishResults(long surveyId, boolean published) {
		get(surveyId).publishResults(published);
	}

	boolean acceptsAnswers(Survey survey) {
		return survey.acceptsAnswers(LocalDateTime.now(clock));
	}

	boolean waitsForOpenDate(Survey survey) {
		return survey.isWaitingForOpenDate(LocalDateTime.now(clock));
	}

	private Survey editable(long surveyId) {
		Survey survey = get(surveyId);
		if (!survey.isEditable()) {
			throw new SurveyDesignException("survey.editor.locked");
		}
		return survey;
	}

	private static int indexOf(List<SurveyQuestion> list, long questionId) {
		for (int i = 0; i < list.size(); i++) {
			if (list.get(i).getId() == questionId) {
				return i;
			}
		}
		throw new NotFoundException("survey", questionId);
	}

	private static void renumber(List<SurveyQuestion> list) {
		for (int i = 0; i < list.size(); i++) {
			list.get(i).moveTo(i);
		}
	}

}
