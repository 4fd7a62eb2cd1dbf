package de.teilhabe.progress;

import java.util.Collection;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

import de.teilhabe.system.Roles;

/**
 * Who looks at the progress views: managers and administrators see every process, a
 * coordinator the processes they started, a working-group lead only their own groups'
 * part.
 */
record Viewer(String userId, boolean seesAll, boolean coordinator, boolean admin) {

	static Viewer of(Authentication authentication) {
		Collection<? extends GrantedAuthority> authorities = authentication.getAuthorities();
		boolean manager = has(authorities, Roles.MANAGER);
		boolean admin = has(authorities, Roles.ADMIN);
		return new Viewer(authentication.getName(), manager || admin, has(authorities, Roles.COORDINATOR), admin);
	}

	private static boolean has(Collection<? extends GrantedAuthority> authorities, Roles role) {
		return authorities.stream().anyMatch(authority -> role.authority().equals(authority.getAuthority()));
	}

	/** Sees the whole of a process that {@code createdBy} started. */
	boolean seesWhole(String createdBy) {
		return seesAll || (coordinator && userId.equals(createdBy));
	}

}
