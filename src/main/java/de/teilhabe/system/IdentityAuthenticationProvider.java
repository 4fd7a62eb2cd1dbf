package de.teilhabe.system;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Signs users in against the engine's identity service, where users and groups live so
 * that candidate groups of user tasks refer to the same groups. Wrong passwords slow the
 * next attempts down ({@link SignInThrottle}) instead of the engine's own lock, which
 * locks an account for good after ten and tells who exists; every failure gets the same
 * answer, and an unknown user name costs as much time as a known one.
 */
@Component
class IdentityAuthenticationProvider implements AuthenticationProvider {

	private static final BCryptPasswordEncoder DUMMY_ENCODER = new BCryptPasswordEncoder();

	/** Checked for unknown users, so that they take as long as a wrong password. */
	private static final String DUMMY_HASH = DUMMY_ENCODER.encode(UUID.randomUUID().toString());

	private final IdentityService identityService;

	private final SignInThrottle throttle;

	private final PasswordChanges passwordChanges;

	IdentityAuthenticationProvider(IdentityService identityService, SignInThrottle throttle,
			PasswordChanges passwordChanges) {
		this.identityService = identityService;
		this.throttle = throttle;
		this.passwordChanges = passwordChanges;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String userId = authentication.getName() == null ? "" : authentication.getName().strip();
		String password = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();
		String address = authentication.getDetails() instanceof WebAuthenticationDetails details
				? details.getRemoteAddress() : null;
		SignInThrottle.Claim claim = throttle.claim(userId, address);
		if (!claim.allowed()) {
			throw new SignInDelayedException(claim.delay());
		}
		if (!passwordMatches(userId, password)) {
			throw new SignInDelayedException(claim.delay());
		}
		throttle.succeeded(userId, address);
		List<SimpleGrantedAuthority> authorities = new ArrayList<>(identityService.createGroupQuery()
			.groupMember(userId)
			.list()
			.stream()
			.map(Group::getId)
			.map(Roles::authorityOf)
			.map(SimpleGrantedAuthority::new)
			.toList());
		if (passwordChanges.required(userId)) {
			authorities.add(new SimpleGrantedAuthority(PasswordChanges.REQUIRED_AUTHORITY));
		}
		return UsernamePasswordAuthenticationToken.authenticated(userId, null, authorities);
	}

	private boolean passwordMatches(String userId, String password) {
		if (userId.isEmpty() || password.isEmpty() || identityService.createUserQuery().userId(userId).count() == 0) {
			DUMMY_ENCODER.matches(password, DUMMY_HASH);
			return false;
		}
		return identityService.checkPassword(userId, password);
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
