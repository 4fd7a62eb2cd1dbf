package de.teilhabe.participation;

import java.util.List;
import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one rule for who steers a participation: its pages, lists, counts, filters, exports
 * and actions. Today that is the coordinator who started it, every manager and every
 * administrator. Every controller and query of a participation's data asks this bean, so
 * that a change of the rule (process teams) is made here and nowhere else.
 */
@Component
public class ParticipationAccess {

	private final ParticipationRepository repository;

	ParticipationAccess(ParticipationRepository repository) {
		this.repository = repository;
	}

	/** Whether this user steers this participation. */
	public boolean maySteer(Steerer user, Participation participation) {
		return user.seesAll() || coordinates(user, participation);
	}

	/**
	 * Whether this user is in the coordination of this participation: offered its
	 * coordinator tasks, may assign and schedule its tasks.
	 */
	public boolean coordinates(Steerer user, Participation participation) {
		return user.coordinator() && user.userId().equals(participation.getCreatedBy());
	}

	/**
	 * The users in the coordination of this participation, e.g. to send it the
	 * registration list; today the coordinator who started it.
	 */
	public List<String> coordinatorsOf(Participation participation) {
		return List.of(participation.getCreatedBy());
	}

	/**
	 * Whether this user coordinates the participation with this slug (the business key of
	 * its processes); false if there is none.
	 */
	@Transactional(readOnly = true)
	public boolean coordinatesSlug(Steerer user, String slug) {
		return user.coordinator() && slug != null && repository.existsBySlugAndCreatedBy(slug, user.userId());
	}

	/** The participations this user coordinates (not those a manager merely sees). */
	@Transactional(readOnly = true)
	public SteeredParticipations coordinatedBy(Steerer user) {
		return user.coordinator() ? SteeredParticipations.of(repository.findByCreatedBy(user.userId()))
				: SteeredParticipations.NONE;
	}

	/**
	 * The slugs of the participations this user coordinates, without loading them: the
	 * task list's "my processes" on every page.
	 */
	@Transactional(readOnly = true)
	public List<String> slugsCoordinatedBy(Steerer user) {
		return user.coordinator() ? repository.findSlugsByCreatedBy(user.userId()) : List.of();
	}

	/**
	 * Whether this user steers the participation with this id; false if there is none.
	 */
	@Transactional(readOnly = true)
	public boolean maySteer(Steerer user, long participationId) {
		return user.seesAll() || (user.coordinator() && repository.findById(participationId)
			.map(participation -> coordinates(user, participation))
			.orElse(false));
	}

	/**
	 * Whether this user steers the participation with this slug (the business key of its
	 * processes); false if there is none.
	 */
	@Transactional(readOnly = true)
	public boolean maySteerSlug(Steerer user, String slug) {
		return user.seesAll() || coordinatesSlug(user, slug);
	}

	public boolean maySteer(Authentication user, long participationId) {
		return maySteer(Steerer.of(user), participationId);
	}

	/**
	 * Refuses with 403 unless this user steers the participation.
	 * @throws AccessDeniedException otherwise
	 */
	public void checkSteers(Authentication user, long participationId) {
		if (!maySteer(user, participationId)) {
			throw new AccessDeniedException(user.getName() + " does not steer participation " + participationId);
		}
	}

	/** Refuses with 403 unless this user steers the participation with this slug. */
	public void checkSteersSlug(Authentication user, String slug) {
		if (!maySteerSlug(Steerer.of(user), slug)) {
			throw new AccessDeniedException(user.getName() + " does not steer participation " + slug);
		}
	}

	/** The participations this user steers, for lists, counts and filters. */
	@Transactional(readOnly = true)
	public SteeredParticipations steeredBy(Steerer user) {
		if (user.seesAll()) {
			return SteeredParticipations.EVERY;
		}
		return coordinatedBy(user);
	}

	public SteeredParticipations steeredBy(Authentication user) {
		return steeredBy(Steerer.of(user));
	}

	/** The participation, if this user steers it. */
	@Transactional(readOnly = true)
	public Optional<Participation> steered(Steerer user, long participationId) {
		return repository.findById(participationId).filter(participation -> maySteer(user, participation));
	}

}
