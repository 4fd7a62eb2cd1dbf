package de.teilhabe.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import de.teilhabe.Browser;
import de.teilhabe.BrowserTest;
import de.teilhabe.IntegrationTest;
import de.teilhabe.LeverkusenFixture;
import de.teilhabe.demo.Cast;
import de.teilhabe.demo.DemoUsers;
import de.teilhabe.demo.LeverkusenDemo;
import de.teilhabe.participation.Participation;
import de.teilhabe.participation.Phase;

/**
 * The coordinator's choice of the adopted measures in a real browser, without JavaScript
 * help; it passes axe-core.
 */
@IntegrationTest
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CouncilChoiceBrowserTest {

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	@LocalServerPort
	int port;

	@Autowired
	LeverkusenFixture leverkusen;

	@Autowired
	MeasureService measures;

	Participation process;

	Cast cast;

	@BeforeAll
	void runUpToTheCouncilDecision() {
		// the council decides: a participation of its own
		process = leverkusen.fresh(Phase.COUNCIL);
		cast = leverkusen.castOf(process);
	}

	@Test
	void coordinatorUnticksAMeasureFromTheDecisionTask() throws Exception {
		String task = leverkusen.awaitTasks(process, "UserTask_RecordCouncilDecision", 1).get(0).getId();
		Measure leftOut = measures.beforeCouncil(process.getId()).get(1);
		try (Browser browser = new Browser(port, new Dimension(1280, 2400))) {
			browser.signIn(cast.coordinator(), DemoUsers.PASSWORD);
			browser.open("/tasks/" + task);
			browser.clickAndWait(browser.find(By.partialLinkText("beschlossenen Maßnahmen auswählen")));
			browser.assertAccessible();

			browser.find(By.id("adopted-" + leftOut.getId())).click();
			browser.clickAndWait(browser.find(By.cssSelector("main button[type=submit]")));

			assertThat(browser.find(By.cssSelector(".flash")).getText())
				.startsWith("Die Auswahl der beschlossenen Maßnahmen ist gespeichert.");
			assertThat(browser.find(By.id("adopted-" + leftOut.getId())).isSelected()).isFalse();
			browser.screenshot(SCREENSHOTS.resolve("outcome-council-choice.png"));
			browser.assertAccessible();
		}
		assertThat(measures.beforeCouncil(process.getId())).filteredOn(Measure::isCouncilExcluded)
			.extracting(Measure::getId)
			.containsExactly(leftOut.getId());
	}

}
