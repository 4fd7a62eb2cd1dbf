package de.teilhabe.system;

import static de.teilhabe.system.SignInUsers.from;
import static de.teilhabe.system.SignInUsers.signIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import jakarta.servlet.http.Cookie;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.PlatformTransactionManager;

import de.teilhabe.StoppedClock;
import de.teilhabe.IntegrationTest;
import de.teilhabe.TestClock;

/**
 * Wrong passwords slow the next attempts down, the right password works again after the
 * wait (also on a second node), and nobody learns from the answers which user names
 * exist.
 */
@IntegrationTest
@StoppedClock
class SignInThrottleTest {

	private static final String PASSWORD = "richtiges Passwort 2026";

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityService identities;

	@Autowired
	TestClock clock;

	@Autowired
	DataSource dataSource;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	SignInProperties properties;

	@Autowired
	SignInThrottle throttle;

	String user;

	String address;

	@BeforeEach
	void createTheUser() {
		user = SignInUsers.create(identities, "throttle", PASSWORD, Roles.COORDINATOR.groupId());
		address = SignInUsers.address();
	}

	@Test
	void shouldRefuseTheRightPasswordWhileWaitingAndLetItInAfterTheDelay() throws Exception {
		mvc.perform(signIn(user, "falsch", address))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?error&wait=1"));
		mvc.perform(signIn(user, PASSWORD, address))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?error&wait=1"));

		clock.advance(Duration.ofSeconds(1));
		mvc.perform(signIn(user, "wieder falsch", address)).andExpect(redirectedUrl("/login?error&wait=2"));
		clock.advance(Duration.ofSeconds(1));
		mvc.perform(signIn(user, PASSWORD, address))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?error&wait=1"));

		clock.advance(Duration.ofSeconds(1));
		MvcResult signedIn = mvc.perform(signIn(user, PASSWORD, address))
			.andExpect(authenticated().withUsername(user))
			.andExpect(redirectedUrl("/tasks"))
			.andReturn();
		Cookie session = signedIn.getResponse().getCookie("SESSION");
		mvc.perform(get("/tasks").cookie(session).with(from(address))).andExpect(status().isOk());

		// the right password started the account afresh: the next mistake waits a second
		mvc.perform(signIn(user, "falsch", address)).andExpect(redirectedUrl("/login?error&wait=1"));
	}

	@Test
	void shouldShowTheFailurePageWithTheWait() throws Exception {
		mvc.perform(signIn(user, "falsch", address)).andExpect(redirectedUrl("/login?error&wait=1"));
		mvc.perform(get("/login?error&wait=1"))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(org.hamcrest.Matchers.containsString("Bitte versuchen Sie es in einer Sekunde erneut.")));
		mvc.perform(get("/login?error&wait=300"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("in 300 Sekunden erneut")));
	}

	@Test
	void shouldAnswerUnknownUsersAsWrongPasswords() throws Exception {
		String unknown = SignInUsers.uniqueId("niemand");
		String otherAddress = SignInUsers.address();
		List<String> known = new ArrayList<>();
		List<String> stranger = new ArrayList<>();
		for (int attempt = 0; attempt < 4; attempt++) {
			known.add(mvc.perform(signIn(user, "falsch", address)).andReturn().getResponse().getRedirectedUrl());
			stranger
				.add(mvc.perform(signIn(unknown, "falsch", otherAddress)).andReturn().getResponse().getRedirectedUrl());
			known.add(mvc.perform(signIn(user, PASSWORD, address)).andReturn().getResponse().getRedirectedUrl());
			stranger
				.add(mvc.perform(signIn(unknown, PASSWORD, otherAddress)).andReturn().getResponse().getRedirectedUrl());
			clock.advance(Duration.ofSeconds(1L << attempt));
		}
		assertThat(stranger).isEqualTo(known)
			.containsExactly("/login?error&wait=1", "/login?error&wait=1", "/login?error&wait=2", "/login?error&wait=2",
					"/login?error&wait=4", "/login?error&wait=4", "/login?error&wait=8", "/login?error&wait=8");
		String knownPage = mvc.perform(get(known.get(0))).andReturn().getResponse().getContentAsString();
		String strangerPage = mvc.perform(get(stranger.get(0))).andReturn().getResponse().getContentAsString();
		assertThat(withoutCsrfTokens(strangerPage)).isEqualTo(withoutCsrfTokens(knownPage));
	}

	@Test
	void shouldDoubleTheDelayUpToTheMaximumAndNeverLockForGood() {
		List<Long> waits = new ArrayList<>();
		for (int failure = 0; failure < 14; failure++) {
			if (failure > 0) {
				clock.advance(Duration.ofSeconds(waits.get(failure - 1)));
			}
			SignInThrottle.Claim claim = throttle.claim(user, address);
			assertThat(claim.allowed()).isTrue();
			waits.add(claim.delay().toSeconds());
		}
		assertThat(waits).containsExactly(1L, 2L, 4L, 8L, 16L, 32L, 64L, 128L, 256L, 300L, 300L, 300L, 300L, 300L);
		assertThat(throttle.claim(user, address).allowed()).as("right after the last failure").isFalse();
		clock.advance(properties.maxDelay());
		assertThat(throttle.claim(user, address).allowed()).isTrue();
	}

	@Test
	void shouldAgreeOnEveryNode() throws Exception {
		SignInThrottle secondNode = new SignInThrottle(dataSource, transactionManager, properties, clock);

		mvc.perform(signIn(user, "falsch", address)).andExpect(redirectedUrl("/login?error&wait=1"));
		assertThat(secondNode.claim(user, address).allowed()).as("the second node sees the wait").isFalse();
		assertThat(secondNode.waitFor(user, SignInUsers.address())).contains(Duration.ofSeconds(1));

		clock.advance(Duration.ofSeconds(1));
		SignInThrottle.Claim second = secondNode.claim(user, address);
		assertThat(second.allowed()).isTrue();
		assertThat(second.delay()).as("the second failure, counted on the second node")
			.isEqualTo(Duration.ofSeconds(2));
		mvc.perform(signIn(user, PASSWORD, address)).andExpect(redirectedUrl("/login?error&wait=2"));

		clock.advance(Duration.ofSeconds(2));
		assertThat(secondNode.claim(user, address).allowed()).isTrue();
		secondNode.succeeded(user, address);
		assertThat(throttle.waitFor(user, address)).as("the first node sees the success").isEmpty();
		mvc.perform(signIn(user, PASSWORD, address)).andExpect(authenticated().withUsername(user));
	}

	@Test
	void shouldSlowAnAddressAfterManyFailuresOnAnyAccount() throws Exception {
		for (int failure = 0; failure < properties.freeFailuresPerAddress(); failure++) {
			mvc.perform(signIn(SignInUsers.uniqueId("sprueh"), "falsch", address))
				.andExpect(redirectedUrl("/login?error&wait=1"));
		}
		mvc.perform(signIn(SignInUsers.uniqueId("sprueh"), "falsch", address))
			.andExpect(redirectedUrl("/login?error&wait=1"));
		mvc.perform(signIn(user, PASSWORD, address))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?error&wait=1"));
		mvc.perform(signIn(user, PASSWORD, SignInUsers.address())).andExpect(authenticated().withUsername(user));
	}

	@Test
	void shouldSendTheSessionCookieSecureOverHttps() throws Exception {
		Cookie overHttps = mvc.perform(signIn(user, PASSWORD, address).secure(true))
			.andExpect(authenticated())
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		assertThat(overHttps.getSecure()).isTrue();
		assertThat(overHttps.isHttpOnly()).isTrue();
		Cookie overHttp = mvc.perform(signIn(user, PASSWORD, address))
			.andExpect(authenticated())
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		assertThat(overHttp.getSecure()).isFalse();
	}

	private static String withoutCsrfTokens(String page) {
		return page.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "");
	}

}
