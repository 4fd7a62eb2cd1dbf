package de.teilhabe.system;

import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who must choose a new password before anything else, and the change itself, which ends
 * the user's other sessions on every node.
 */
@Component
class PasswordChanges {

	/**
	 * Given at sign-in to a user who must change the password first; every page but the
	 * change leads there ({@link PasswordChangeInterceptor}).
	 */
	static final String REQUIRED_AUTHORITY = "PASSWORD_CHANGE_REQUIRED";

	private final JdbcClient jdbc;

	private final IdentityService identityService;

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	PasswordChanges(JdbcClient jdbc, IdentityService identityService,
			FindByIndexNameSessionRepository<? extends Session> sessions) {
		this.jdbc = jdbc;
		this.identityService = identityService;
		this.sessions = sessions;
	}

	boolean required(String userId) {
		return jdbc.sql("select count(*) from password_change_required where user_id = ?")
			.params(userId)
			.query(Integer.class)
			.single() > 0;
	}

	@Transactional
	void require(String userId) {
		if (!required(userId)) {
			jdbc.sql("insert into password_change_required (user_id) values (?)").params(userId).update();
		}
	}

	/**
	 * Sets the new password and ends every other session of the user (the one given
	 * stays); the caller has checked the current password and the policy.
	 */
	@Transactional
	void change(String userId, String newPassword, String currentSessionId) {
		User user = identityService.createUserQuery().userId(userId).singleResult();
		user.setPassword(newPassword);
		identityService.saveUser(user);
		jdbc.sql("delete from password_change_required where user_id = ?").params(userId).update();
		Map<String, ? extends Session> open = sessions.findByPrincipalName(userId);
		open.keySet().stream().filter(id -> !id.equals(currentSessionId)).toList().forEach(sessions::deleteById);
	}

	boolean passwordMatches(String userId, String password) {
		return password != null && !password.isEmpty() && identityService.checkPassword(userId, password);
	}

}
