package de.teilhabe.system;

import static de.teilhabe.system.SignInUsers.from;
import static de.teilhabe.system.SignInUsers.signIn;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;

import jakarta.servlet.http.Cookie;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import de.teilhabe.StoppedClock;
import de.teilhabe.IntegrationTest;
import de.teilhabe.TestClock;

/**
 * The first administrator, created from the environment's password, must choose a
 * password of their own before anything else; the rules refuse weak ones next to the
 * field.
 */
@IntegrationTest
@StoppedClock
class PasswordChangeTest {

	private static final String INITIAL = "bitte-aendern";

	private static final String CHOSEN = "Sieben Brücken über den Rhein";

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityService identities;

	@Autowired
	RoleGroups roleGroups;

	@Autowired
	PasswordChanges passwordChanges;

	@Autowired
	TestClock clock;

	String admin;

	String address;

	@BeforeEach
	void createTheFirstAdministrator() {
		admin = SignInUsers.uniqueId("admin");
		address = SignInUsers.address();
		new InitialAdministrator(roleGroups, identities, new AdminProperties(admin, INITIAL), passwordChanges).ensure();
	}

	@Test
	void shouldLeadTheFirstAdministratorToChooseANewPasswordBeforeAnythingElse() throws Exception {
		Cookie otherBrowser = signedIn(INITIAL);
		Cookie session = signedIn(INITIAL);
		mvc.perform(get("/tasks").cookie(session).with(from(address))).andExpect(redirectedUrl("/profile/password"));
		mvc.perform(get("/progress").cookie(session).with(from(address))).andExpect(redirectedUrl("/profile/password"));
		mvc.perform(get("/profile/password").cookie(session).with(from(address)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Bitte wählen Sie jetzt ein eigenes Passwort.")));

		mvc.perform(change(session, INITIAL, "zu kurz", "zu kurz"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("passwordForm", "newPassword", "password.tooShort"))
			.andExpect(content().string(containsString("Das Passwort ist zu kurz: es braucht mindestens 12 Zeichen.")))
			.andExpect(content().string(containsString("aria-describedby=\"newPassword-error password-rules\"")));
		mvc.perform(change(session, INITIAL, "passwort1234", "passwort1234"))
			.andExpect(model().attributeHasFieldErrorCode("passwordForm", "newPassword", "password.common"));
		mvc.perform(change(session, INITIAL, "Ich bin " + admin + "!", "Ich bin " + admin + "!"))
			.andExpect(model().attributeHasFieldErrorCode("passwordForm", "newPassword", "password.userName"));
		mvc.perform(change(session, INITIAL, CHOSEN, CHOSEN + " "))
			.andExpect(model().attributeHasFieldErrorCode("passwordForm", "repeatPassword", "password.repeatDiffers"))
			.andExpect(content().string(not(containsString(CHOSEN))));
		mvc.perform(change(session, "geraten", CHOSEN, CHOSEN))
			.andExpect(model().attributeHasFieldErrorCode("passwordForm", "currentPassword", "password.currentWrong"))
			.andExpect(content().string(containsString("Bitte versuchen Sie es in einer Sekunde erneut.")));
		mvc.perform(get("/tasks").cookie(session).with(from(address))).andExpect(redirectedUrl("/profile/password"));
		assertStillInitial();

		clock.advance(Duration.ofSeconds(1));
		mvc.perform(change(session, INITIAL, CHOSEN, CHOSEN))
			.andExpect(redirectedUrl("/tasks"))
			.andExpect(flash().attribute("message", "password.changed"));
		mvc.perform(get("/tasks").cookie(session).with(from(address)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Meine Aufgaben")));

		mvc.perform(get("/tasks").cookie(otherBrowser).with(from(address))).andExpect(redirectedUrlPattern("**/login"));
		mvc.perform(signIn(admin, INITIAL, address)).andExpect(unauthenticated());
		clock.advance(Duration.ofSeconds(1));
		mvc.perform(signIn(admin, CHOSEN, address)).andExpect(authenticated().withUsername(admin));
	}

	@Test
	void shouldNotAskUsersWhoChoseTheirOwnPassword() throws Exception {
		String user = SignInUsers.create(identities, "eigen", CHOSEN, Roles.MANAGER.groupId());
		Cookie session = mvc.perform(signIn(user, CHOSEN, address))
			.andExpect(authenticated())
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		mvc.perform(get("/tasks").cookie(session).with(from(address))).andExpect(status().isOk());
		mvc.perform(get("/profile/password").cookie(session).with(from(address)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Bitte wählen Sie jetzt ein eigenes Passwort."))));
	}

	private void assertStillInitial() {
		org.assertj.core.api.Assertions.assertThat(identities.checkPassword(admin, INITIAL)).isTrue();
	}

	private Cookie signedIn(String password) throws Exception {
		return mvc.perform(signIn(admin, password, address))
			.andExpect(authenticated().withUsername(admin))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
	}

	private MockHttpServletRequestBuilder change(Cookie session, String current, String chosen, String repeated) {
		return post("/profile/password").cookie(session)
			.with(from(address))
			.with(csrf())
			.param("currentPassword", current)
			.param("newPassword", chosen)
			.param("repeatPassword", repeated);
	}

}
