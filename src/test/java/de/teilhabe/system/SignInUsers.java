package de.teilhabe.system;

import java.util.UUID;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The sign-in tests' own users and client addresses (from the documentation ranges), so
 * that their failures slow down nobody else's sign-in in the shared context.
 */
final class SignInUsers {

	private SignInUsers() {
	}

	static String uniqueId(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	static String create(IdentityService identities, String prefix, String password, String... groups) {
		String id = uniqueId(prefix);
		User user = identities.newUser(id);
		user.setFirstName("Test");
		user.setLastName(prefix);
		user.setPassword(password);
		identities.saveUser(user);
		for (String group : groups) {
			identities.createMembership(id, group);
		}
		return id;
	}

	/**
	 * A client address of its own for a test (the documentation prefix, never routed).
	 */
	static String address() {
		String random = UUID.randomUUID().toString();
		return "2001:db8::" + random.substring(0, 4) + ":" + random.substring(4, 8);
	}

	static MockHttpServletRequestBuilder signIn(String user, String password, String address) {
		return post("/login").param("username", user).param("password", password).with(csrf()).with(from(address));
	}

	static RequestPostProcessor from(String address) {
		return (MockHttpServletRequest request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

}
