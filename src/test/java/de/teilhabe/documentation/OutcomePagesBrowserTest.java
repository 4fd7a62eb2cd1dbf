package de.teilhabe.documentation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import de.teilhabe.Browser;
import de.teilhabe.BrowserTest;
import de.teilhabe.IntegrationTest;
import de.teilhabe.LeverkusenFixture;
import de.teilhabe.demo.DemoUsers;
import de.teilhabe.demo.LeverkusenDemo;
import de.teilhabe.measure.Measure;
import de.teilhabe.measure.MeasureService;
import de.teilhabe.measure.MeasureStatus;
import de.teilhabe.measure.ProgressReport;
import de.teilhabe.participation.Participation;
import de.teilhabe.participation.Phase;

/**
 * The outcome pages in a real browser after the Leverkusen cycle: the public process page
 * and the published documentation without an account, the coordinator's overview,
 * consolidation and tracking pages; a progress report with a mistake shows the error next
 * to the field. Every page passes axe-core.
 */
@IntegrationTest
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OutcomePagesBrowserTest {

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	@LocalServerPort
	int port;

	@Autowired
	LeverkusenFixture leverkusen;

	@Autowired
	MeasureService measures;

	Participation process;

	@BeforeAll
	void runTheCycle() {
		// a progress report of its own
		process = leverkusen.fresh(Phase.MEASURE_TRACKING);
		Measure first = measures.tracked(process.getId()).get(0);
		measures.report(process.getId(), first.getId(), new ProgressReport(LocalDate.of(2018, 6, 1),
				MeasureStatus.IN_PROGRESS, 40, 4_800, "Die Kursbörse ist online."),
				leverkusen.castOf(process).coordinator());
	}

	@Test
	void publicPageAndDocumentationAreReadableWithoutAnAccount() throws Exception {
		try (Browser browser = new Browser(port, new Dimension(1280, 2400))) {
			browser.open("/public/processes/" + process.getSlug());
			assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo(LeverkusenDemo.TITLE);
			assertThat(browser.find(By.tagName("main")).getText()).contains("Die Kursbörse ist online.", "in Umsetzung",
					"Als PDF herunterladen");
			browser.screenshot(SCREENSHOTS.resolve("outcome-public-process.png"));
			browser.assertAccessible();

			browser.clickAndWait(browser.find(By.linkText("Als Webseite lesen")));
			assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo(LeverkusenDemo.TITLE);
			assertThat(browser.driver().getTitle()).isEqualTo(LeverkusenDemo.TITLE + ": Dokumentation, Fassung 1");
			browser.screenshot(SCREENSHOTS.resolve("outcome-documentation.png"));
			browser.assertAccessible();
		}
	}

	@Test
	void coordinatorPagesPassAxeAndAMistakeShowsNextToItsField() throws Exception {
		try (Browser browser = new Browser(port, new Dimension(1280, 2400))) {
			browser.signIn(leverkusen.castOf(process).coordinator(), DemoUsers.PASSWORD);
			browser.open("/measures");
			browser.assertAccessible();
			browser.open("/measures/consolidation/" + process.getId());
			assertThat(browser.find(By.tagName("main")).getText()).contains("148.000 €");
			browser.screenshot(SCREENSHOTS.resolve("outcome-consolidation.png"));
			browser.assertAccessible();

			browser.open("/measures/tracking/" + process.getId());
			assertThat(browser.find(By.tagName("main")).getText())
				.contains("Offene Maßnahmen je verantwortlicher Stelle", "Fachbereich Senioren");
			browser.assertAccessible();
			Measure second = measures.tracked(process.getId()).get(1);
			WebElement details = browser.find(By.cssSelector("#measure-" + second.getId() + " details"));
			details.findElement(By.tagName("summary")).click();
			WebElement progress = browser.find(By.id("progress-" + second.getId()));
			progress.clear();
			progress.sendKeys("150");
			browser.find(By.id("text-" + second.getId())).sendKeys("Erste Paten sind gewonnen.");
			browser.clickAndWait(details.findElement(By.cssSelector("button[type=submit]")));

			assertThat(browser.find(By.id("progress-err-" + second.getId())).getText())
				.isEqualTo("Der Fortschritt ist eine ganze Zahl von 0 bis 100.");
			assertThat(browser.find(By.id("text-" + second.getId())).getAttribute("value"))
				.isEqualTo("Erste Paten sind gewonnen.");
			browser.screenshot(SCREENSHOTS.resolve("outcome-tracking-error.png"));
			browser.assertAccessible();
			assertThat(measures.updatesOf(java.util.List.of(second.getId()))).isEmpty();

			progress = browser.find(By.id("progress-" + second.getId()));
			progress.clear();
			progress.sendKeys("25");
			browser.clickAndWait(browser.find(By.cssSelector("#measure-" + second.getId() + " button[type=submit]")));
			assertThat(browser.find(By.cssSelector(".flash")).getText())
				.isEqualTo("Der Stand der Maßnahme ist gespeichert.");
			assertThat(measures.updatesOf(java.util.List.of(second.getId())).get(second.getId())).hasSize(1);
		}
	}

}
