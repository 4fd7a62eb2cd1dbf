package de.teilhabe.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import de.teilhabe.Browser;
import de.teilhabe.BrowserTest;
import de.teilhabe.IntegrationTest;
import de.teilhabe.LeverkusenFixture;
import de.teilhabe.demo.DemoUsers;
import de.teilhabe.participation.Participation;
import de.teilhabe.participation.Phase;

/**
 * A manager in a real browser: opens the overview, opens the Leverkusen process and finds
 * the running conference marked as active in the diagram (drawn by bpmn-js) and in the
 * step list; both pages pass axe-core.
 */
@IntegrationTest
@BrowserTest
class ProgressBrowserTest {

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private static Participation seeded;

	@LocalServerPort
	int port;

	@Autowired
	LeverkusenFixture leverkusen;

	@BeforeEach
	void seed() {
		if (seeded == null) {
			seeded = leverkusen.at(Phase.CONFERENCE);
		}
	}

	@Test
	void shouldShowAManagerTheActiveStepInTheDiagram() throws IOException {
		try (Browser browser = new Browser(port)) {
			browser.signIn(leverkusen.castOf(seeded).manager(), DemoUsers.PASSWORD);
			// the other tests' processes share the list, several of them Leverkusen's
			browser.open("/progress?organiser=" + URLEncoder.encode(seeded.getOrganiser(), StandardCharsets.UTF_8));
			WebElement link = browser.find(By.cssSelector("a[href='/progress/" + seeded.getSlug() + "']"));
			assertThat(link.getText()).isEqualTo(seeded.getTitle());
			browser.assertAccessible();
			browser.screenshot(SCREENSHOTS.resolve("progress-overview.png"));

			browser.clickAndWait(link);
			assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo(seeded.getTitle());
			new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
				.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".diagram-canvas.diagram-ready")));

			WebElement conference = browser
				.find(By.cssSelector(".diagram-canvas [data-element-id='CallActivity_Conference']"));
			assertThat(conference.getAttribute("class")).contains("step-active");
			WebElement surveys = browser
				.find(By.cssSelector(".diagram-canvas [data-element-id='CallActivity_SurveyPhase']"));
			assertThat(surveys.getAttribute("class")).contains("step-finished");
			assertThat(browser.find(By.cssSelector("ol.steps li[data-activity='CallActivity_Conference']")).getText())
				.contains("Konferenz", "aktiv");
			((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView()",
					browser.find(By.id("diagram-heading-0")));
			browser.screenshot(SCREENSHOTS.resolve("progress-detail.png"));
			browser.assertAccessible();
		}
	}

}
