package de.teilhabe.participation;

import java.util.Collection;
import java.util.Set;

/**
 * The participations a user steers, for lists and queries: either every one (managers,
 * administrators) or these, by id and by slug (the business key of their processes).
 */
public record SteeredParticipations(boolean all, Set<Long> ids, Set<String> slugs) {

	static final SteeredParticipations EVERY = new SteeredParticipations(true, Set.of(), Set.of());

	static final SteeredParticipations NONE = new SteeredParticipations(false, Set.of(), Set.of());

	static SteeredParticipations of(Collection<Participation> participations) {
		return new SteeredParticipations(false, Set.copyOf(participations.stream().map(Participation::getId).toList()),
				Set.copyOf(participations.stream().map(Participation::getSlug).toList()));
	}

	public boolean includes(long participationId) {
		return this.all || this.ids.contains(participationId);
	}

	public boolean includesSlug(String slug) {
		return this.all || (slug != null && this.slugs.contains(slug));
	}

	/** Neither every participation nor any single one. */
	public boolean isEmpty() {
		return !this.all && this.ids.isEmpty();
	}

}
