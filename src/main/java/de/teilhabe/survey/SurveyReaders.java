package de.teilhabe.survey;

import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import de.teilhabe.participation.ParticipationAccess;

/**
 * Who reads and designs surveys: those who steer their participation (see
 * {@link ParticipationAccess}); everyone else is refused with 403.
 */
@Component
class SurveyReaders {

	private final SurveyService surveys;

	private final ParticipationAccess access;

	SurveyReaders(SurveyService surveys, ParticipationAccess access) {
		this.surveys = surveys;
		this.access = access;
	}

	/** The surveys this user may see, newest process first. */
	List<Survey> visible(Authentication user, Long participationId) {
		if (participationId != null) {
			access.checkSteers(user, participationId);
			return surveys.rounds(participationId);
		}
		return surveys.of(access.steeredBy(user));
	}

	/** The survey, if this user steers its participation. */
	Survey readable(Authentication user, long surveyId) {
		Survey survey = surveys.get(surveyId);
		access.checkSteers(user, survey.getParticipationId());
		return survey;
	}

}
