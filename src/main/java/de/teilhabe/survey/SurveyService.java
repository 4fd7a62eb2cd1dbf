package de.teilhabe.survey;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Opens and closes survey rounds as the survey phase reaches them. */
@Service
public class SurveyService {

	private final SurveyRepository repository;

	private final Clock clock;

	SurveyService(SurveyRepository repository, Clock clock) {
		this.repository = repository;
		this.clock = clock;
	}

	@Transactional
	public Survey open(long participationId, int round, String title, String closeDate) {
		return repository.save(new Survey(participationId, round, title, closeDate, clock.instant()));
	}

	@Transactional
	public Survey close(long surveyId) {
		Survey survey = repository.findById(surveyId)
			.orElseThrow(() -> new IllegalArgumentException("No survey " + surveyId));
		survey.close(clock.instant());
		return survey;
	}

	@Transactional(readOnly = true)
	public List<Survey> rounds(long participationId) {
		return repository.findByParticipationIdOrderByRound(participationId);
	}

}
