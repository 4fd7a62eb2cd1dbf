package de.teilhabe.system;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Logs users in against the engine's identity service, where users and groups live so
 * that candidate groups of user tasks refer to the same groups. The engine locks a user
 * after repeated wrong passwords.
 */
@Component
class IdentityAuthenticationProvider implements AuthenticationProvider {

	private final IdentityService identityService;

	IdentityAuthenticationProvider(IdentityService identityService) {
		this.identityService = identityService;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String userId = authentication.getName();
		Object credentials = authentication.getCredentials();
		// after a wrong password the engine makes the user wait a few seconds (longer
		// after each one); say so,
		// rather than "wrong password" for the right one
		if (userId != null && identityService.createUserQuery().userId(userId).singleResult() instanceof UserEntity user
				&& user.getLockExpirationTime() != null
				&& user.getLockExpirationTime().after(ClockUtil.getCurrentTime())) {
			throw new LockedException("Login of " + userId + " is delayed after failed attempts");
		}
		if (userId == null || userId.isBlank() || credentials == null
				|| !identityService.checkPassword(userId, credentials.toString())) {
			throw new BadCredentialsException("Bad credentials");
		}
		List<SimpleGrantedAuthority> authorities = identityService.createGroupQuery()
			.groupMember(userId)
			.list()
			.stream()
			.map(Group::getId)
			.map(Roles::authorityOf)
			.map(SimpleGrantedAuthority::new)
			.toList();
		return UsernamePasswordAuthenticationToken.authenticated(userId, null, authorities);
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
