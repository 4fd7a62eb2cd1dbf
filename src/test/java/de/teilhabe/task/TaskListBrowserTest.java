package de.teilhabe.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import de.teilhabe.Browser;
import de.teilhabe.BrowserTest;
import de.teilhabe.IntegrationTest;
import de.teilhabe.LeverkusenFixture;
import de.teilhabe.demo.Cast;
import de.teilhabe.demo.DemoUsers;
import de.teilhabe.participation.Participation;
import de.teilhabe.participation.Phase;

/**
 * A working-group lead in a real browser: signs in, finds the group's task, claims it,
 * submits the form with a mistake, sees the error next to the field, corrects it and
 * completes the task; login, list and task pages pass axe-core.
 */
@IntegrationTest
@BrowserTest
class TaskListBrowserTest {

	/** What the test saw, for a person to look at after the run. */
	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private static Participation seeded;

	private static Cast cast;

	@LocalServerPort
	int port;

	@Autowired
	LeverkusenFixture leverkusen;

	@Autowired
	TaskService taskService;

	@BeforeEach
	void seed() {
		if (seeded == null) {
			// the lead completes a task: a participation of its own
			seeded = leverkusen.fresh(Phase.CONFERENCE);
			cast = leverkusen.castOf(seeded);
		}
	}

	@Test
	void shouldLetALeadClaimCorrectAndCompleteTheirTask() throws IOException {
		try (Browser browser = new Browser(port)) {
			browser.open("/login");
			browser.assertAccessible();

			browser.signIn(cast.lead(0), DemoUsers.PASSWORD);
			assertThat(browser.path()).startsWith("/tasks");
			List<WebElement> links = browser.findAll(By.cssSelector("table.tasks tbody a"));
			assertThat(links).extracting(WebElement::getText).containsExactly("AG-Sitzung vorbereiten");
			browser.assertAccessible();

			browser.screenshot(SCREENSHOTS.resolve("task-list.png"));

			browser.clickAndWait(links.get(0));
			assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("AG-Sitzung vorbereiten");
			browser.assertAccessible();

			browser.clickAndWait(browser.find(By.xpath("//button[normalize-space()='Aufgabe übernehmen']")));
			assertThat(browser.find(By.cssSelector("p.flash")).getText())
				.isEqualTo("Sie haben die Aufgabe übernommen.");

			WebElement questions = browser.find(By.name("sessionQuestions"));
			questions.clear();
			questions.sendKeys("Zu kurz");
			browser.clickAndWait(browser.find(By.xpath("//button[normalize-space()='Aufgabe abschließen']")));

			WebElement invalid = browser.find(By.name("sessionQuestions"));
			assertThat(invalid.getAttribute("aria-invalid")).isEqualTo("true");
			assertThat(invalid.getAttribute("value")).isEqualTo("Zu kurz");
			String errorId = invalid.getAttribute("aria-describedby");
			assertThat(errorId).isNotBlank();
			String describedBy = List.of(errorId.split(" "))
				.stream()
				.map(id -> browser.driver().findElements(By.id(id)))
				.flatMap(List::stream)
				.map(WebElement::getText)
				.reduce("", (a, b) -> a + " " + b);
			assertThat(describedBy).contains("10");
			browser.assertAccessible();
			browser.screenshot(SCREENSHOTS.resolve("task-form-error.png"));

			invalid.clear();
			invalid.sendKeys("Welche Angebote der Sprachförderung fehlen in Leverkusen?");
			browser.clickAndWait(browser.find(By.xpath("//button[normalize-space()='Aufgabe abschließen']")));

			assertThat(browser.find(By.cssSelector("p.flash")).getText()).contains("AG-Sitzung vorbereiten")
				.contains("erledigt");
			assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Ziele und Maßnahmen erfassen");
			browser.assertAccessible();
			browser.screenshot(SCREENSHOTS.resolve("task-next.png"));
		}
		// the lead's session task is done, the results task is theirs now
		assertThat(taskService.createTaskQuery()
			.taskDefinitionKey("UserTask_PrepareSession")
			.taskCandidateUser(cast.lead(0))
			.count()).isZero();
		assertThat(taskService.createTaskQuery()
			.taskDefinitionKey("UserTask_RecordResults")
			.taskCandidateUser(cast.lead(0))
			.count()).isEqualTo(1);
	}

	@Test
	void shouldTellAWrongPasswordAndStayOnTheLogin() {
		try (Browser browser = new Browser(port)) {
			// another user than the other test's: a wrong password delays that user's
			// next login
			browser.signIn(cast.lead(1), "falsch");

			assertThat(browser.path()).startsWith("/login");
			// the same answer as for an unknown user or a sign-in held back after
			// failures
			assertThat(browser.find(By.cssSelector("[role=alert]")).getText()).startsWith(
					"Die Anmeldung ist fehlgeschlagen: Benutzername oder Passwort stimmen nicht, oder die Anmeldung ist nach Fehlversuchen kurz angehalten.");
			browser.assertAccessible();
		}
	}

}
