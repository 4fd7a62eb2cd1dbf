package de.teilhabe.participation;

import java.util.Collection;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

import de.teilhabe.system.Roles;

/**
 * A signed-in user as far as steering participations goes: who they are and which of the
 * roles that steer they hold. Built from the security context in controllers, from the
 * engine's groups where a service has only the user id.
 */
public record Steerer(String userId, boolean coordinator, boolean manager, boolean admin) {

	public static Steerer of(Authentication authentication) {
		Collection<? extends GrantedAuthority> authorities = authentication.getAuthorities();
		return new Steerer(authentication.getName(), has(authorities, Roles.COORDINATOR),
				has(authorities, Roles.MANAGER), has(authorities, Roles.ADMIN));
	}

	/** From the user's engine groups (their ids, e.g. {@code coordinator}). */
	public static Steerer of(String userId, Collection<String> groupIds) {
		return new Steerer(userId, groupIds.contains(Roles.COORDINATOR.groupId()),
				groupIds.contains(Roles.MANAGER.groupId()), groupIds.contains(Roles.ADMIN.groupId()));
	}

	/** Managers and administrators see every participation. */
	public boolean seesAll() {
		return this.manager || this.admin;
	}

	private static boolean has(Collection<? extends GrantedAuthority> authorities, Roles role) {
		return authorities.stream().anyMatch(authority -> role.authority().equals(authority.getAuthority()));
	}

}
