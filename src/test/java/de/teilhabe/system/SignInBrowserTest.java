package de.teilhabe.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import de.teilhabe.StoppedClock;
import de.teilhabe.Browser;
import de.teilhabe.BrowserTest;
import de.teilhabe.IntegrationTest;

/**
 * In a real browser: the sign-in page after a failure says when to try again, and the
 * first administrator chooses a password of their own; both pages pass axe-core.
 */
@IntegrationTest
@BrowserTest
@StoppedClock
class SignInBrowserTest {

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	@LocalServerPort
	int port;

	@Autowired
	IdentityService identities;

	@Autowired
	RoleGroups roleGroups;

	@Autowired
	PasswordChanges passwordChanges;

	@Test
	void shouldSayWhenToTryAgainAfterAFailure() throws IOException {
		try (Browser browser = new Browser(port)) {
			browser.signIn(SignInUsers.uniqueId("unbekannt"), "irgendwas");
			assertThat(browser.path()).startsWith("/login?error");
			assertThat(browser.find(By.id("login-error")).getText())
				.isEqualTo("Die Anmeldung ist fehlgeschlagen: Benutzername oder Passwort stimmen nicht, oder die "
						+ "Anmeldung ist nach Fehlversuchen kurz angehalten. Bitte versuchen Sie es in einer Sekunde erneut.");
			browser.assertAccessible();
			browser.screenshot(SCREENSHOTS.resolve("sign-in-failed.png"));
		}
	}

	@Test
	void shouldLetTheFirstAdministratorChooseAPassword() throws IOException {
		String admin = SignInUsers.uniqueId("admin");
		new InitialAdministrator(roleGroups, identities, new AdminProperties(admin, "bitte-aendern"), passwordChanges)
			.ensure();
		try (Browser browser = new Browser(port)) {
			browser.signIn(admin, "bitte-aendern");
			assertThat(browser.path()).isEqualTo("/profile/password");
			browser.assertAccessible();

			browser.find(By.id("currentPassword")).sendKeys("bitte-aendern");
			browser.find(By.id("newPassword")).sendKeys("bitte-aendern");
			browser.find(By.id("repeatPassword")).sendKeys("bitte-aendern");
			browser.clickAndWait(browser.find(By.cssSelector("form.form button[type=submit]")));
			assertThat(browser.find(By.id("newPassword-error")).getText())
				.startsWith("Dieses Passwort gehört zu den am häufigsten verwendeten");
			assertThat(browser.find(By.id("newPassword")).getAttribute("aria-invalid")).isEqualTo("true");
			browser.assertAccessible();
			browser.screenshot(SCREENSHOTS.resolve("password-refused.png"));

			browser.find(By.id("currentPassword")).sendKeys("bitte-aendern");
			browser.find(By.id("newPassword")).sendKeys("Rathaus am Friedrich-Ebert-Platz");
			browser.find(By.id("repeatPassword")).sendKeys("Rathaus am Friedrich-Ebert-Platz");
			browser.clickAndWait(browser.find(By.cssSelector("form.form button[type=submit]")));
			assertThat(browser.path()).startsWith("/tasks");
			assertThat(browser.find(By.cssSelector("p.flash")).getText()).startsWith("Ihr neues Passwort gilt.");
			browser.assertAccessible();
		}
	}

}
