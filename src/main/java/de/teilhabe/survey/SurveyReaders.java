package de.teilhabe.survey;

import java.util.List;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import de.teilhabe.participation.ParticipationService;
import de.teilhabe.system.Roles;

/**
 * Who reads survey results, as in the progress views: managers and administrators every
 * survey, a coordinator the surveys of the processes they started; everyone else is
 * refused.
 */
@Component
class SurveyReaders {

	private final SurveyService surveys;

	private final ParticipationService participations;

	SurveyReaders(SurveyService surveys, ParticipationService participations) {
		this.surveys = surveys;
		this.participations = participations;
	}

	/** The surveys this user may see, newest process first. */
	List<Survey> visible(Authentication user, Long participationId) {
		if (participationId != null) {
			if (!readsParticipation(user, participationId)) {
				throw new AccessDeniedException(user.getName() + " may not see the surveys of " + participationId);
			}
			return surveys.rounds(participationId);
		}
		return seesAll(user) ? surveys.all() : surveys.ofProcessesStartedBy(user.getName());
	}

	/** The survey, if this user may read its results. */
	Survey readable(Authentication user, long surveyId) {
		Survey survey = surveys.get(surveyId);
		if (!readsParticipation(user, survey.getParticipationId())) {
			throw new AccessDeniedException(user.getName() + " may not see survey " + surveyId);
		}
		return survey;
	}

	private boolean readsParticipation(Authentication user, long participationId) {
		return seesAll(user) || (has(user, Roles.COORDINATOR) && participations.find(participationId)
			.map(p -> user.getName().equals(p.getCreatedBy()))
			.orElse(false));
	}

	private static boolean seesAll(Authentication user) {
		return has(user, Roles.MANAGER) || has(user, Roles.ADMIN);
	}

	private static boolean has(Authentication user, Roles role) {
		return user.getAuthorities().stream().anyMatch(a -> role.authority().equals(a.getAuthority()));
	}

}
