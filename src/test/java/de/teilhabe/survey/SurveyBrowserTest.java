package de.teilhabe.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import de.teilhabe.Browser;
import de.teilhabe.BrowserTest;
import de.teilhabe.IntegrationTest;
import de.teilhabe.demo.DemoUsers;
import de.teilhabe.participation.ParticipationService;
import de.teilhabe.participation.StartParticipation;

/**
 * A citizen answers a survey on a phone-sized window: forgets the required question, sees
 * the message next to it, answers every question type and is thanked; a second visit says
 * the browser already answered. The coordinator's editor and results page and the public
 * pages pass axe-core.
 */
@IntegrationTest
@BrowserTest
class SurveyBrowserTest {

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private static final Dimension PHONE = new Dimension(375, 740);

	@LocalServerPort
	int port;

	@Autowired
	SurveyService surveys;

	@Autowired
	ParticipationService participations;

	@Autowired
	DemoUsers users;

	@Test
	void shouldLetACitizenAnswerOnAPhoneAndTheCoordinatorSeeTheResults() throws IOException {
		users.create();
		long participation = participations
			.start(new StartParticipation("Browserbefragung", "KI", "Integration", LocalDate.of(2017, 1, 16),
					LocalDate.of(2017, 12, 31), 1, 1000L, "Rat"), DemoUsers.COORDINATOR)
			.getId();
		long id = surveys.draft(participation, "").getId();
		surveys.describe(id, "Sagen Sie uns, was Ihnen wichtig ist.", "Die Befragung ist anonym.");
		SurveyQuestion stay = surveys.addQuestion(id, NewQuestion.of(QuestionKind.SINGLE_CHOICE,
				"Wie lange leben Sie schon in Leverkusen?", true, "weniger als 5 Jahre", "mehr als 5 Jahre"));
		surveys.addQuestion(id, new NewQuestion(QuestionKind.MULTIPLE_CHOICE, "Welche Themen sind wichtig?", false,
				List.of("Sprache", "Bildung", "Wohnen"), List.of(), 1, 2, null, null, true, null, null));
		surveys.addQuestion(id, new NewQuestion(QuestionKind.RATING, "Wie gut ist das Zusammenleben?", false, List.of(),
				List.of(), null, null, "sehr schlecht", "sehr gut", false, null, null));
		surveys.addQuestion(id,
				NewQuestion.of(QuestionKind.RANKING, "Was ist am dringendsten?", false, "Kitas", "Schulen"));
		surveys.addQuestion(id, new NewQuestion(QuestionKind.MATRIX, "Wie bewerten Sie die Angebote?", false, List.of(),
				List.of("Sprachkurse", "Beratung"), null, null, "schlecht", "gut", false, null, null));
		surveys.addQuestion(id, NewQuestion.of(QuestionKind.SHORT_TEXT, "Ihr Stadtteil", false));
		surveys.addQuestion(id, NewQuestion.of(QuestionKind.LONG_TEXT, "Ihre Idee", false));
		Survey survey = surveys.open(participation, 1, "1. Online-Befragung",
				LocalDate.now().plusDays(7).atTime(23, 59, 59));
		String link = "/public/surveys/" + survey.getPublicToken();

		try (Browser browser = new Browser(port, PHONE)) {
			browser.open(link);
			assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("1. Online-Befragung");
			browser.assertAccessible();

			browser.clickAndWait(browser.find(By.xpath("//button[normalize-space()='Antworten absenden']")));
			WebElement error = browser.find(By.id("q" + stay.getId() + "-error"));
			assertThat(error.getText()).isEqualTo("Bitte beantworten Sie diese Frage.");
			browser.assertAccessible();

			browser.find(By.xpath("//label[normalize-space()='mehr als 5 Jahre']")).click();
			browser.find(By.xpath("//label[normalize-space()='Sprache']")).click();
			browser.find(By.xpath("//label[normalize-space()='Wohnen']")).click();
			browser.find(By.xpath("//fieldset[contains(., 'Zusammenleben')]//label[normalize-space()='4']")).click();
			List<WebElement> ranks = browser.findAll(By.cssSelector(".ranking select"));
			new Select(ranks.get(0)).selectByValue("2");
			new Select(ranks.get(1)).selectByValue("1");
			browser.find(By.xpath("//fieldset[legend='Sprachkurse']//label[normalize-space()='5']")).click();
			browser.find(By.cssSelector("input[type=text][maxlength='200']")).sendKeys("Wiesdorf");
			browser.find(By.tagName("textarea")).sendKeys("Ein Sprachcafé in der Stadtbibliothek");
			browser.screenshot(SCREENSHOTS.resolve("survey-phone.png"));
			browser.clickAndWait(browser.find(By.xpath("//button[normalize-space()='Antworten absenden']")));

			assertThat(browser.find(By.cssSelector(".survey-state h2")).getText()).isEqualTo("Vielen Dank!");
			browser.assertAccessible();
			browser.open(link);
			assertThat(browser.find(By.cssSelector(".survey-state h2")).getText())
				.isEqualTo("Sie haben bereits geantwortet");
			browser.assertAccessible();
		}
		assertThat(surveys.get(survey.getId()).getResponseCount()).isEqualTo(1);

		try (Browser browser = new Browser(port)) {
			browser.open("/login");
			browser.signIn(DemoUsers.COORDINATOR, DemoUsers.PASSWORD);
			browser.open("/surveys/" + survey.getId() + "/results");
			assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Ergebnisse: 1. Online-Befragung");
			assertThat(browser.findAll(By.cssSelector("canvas"))).isNotEmpty();
			assertThat(browser.findAll(By.cssSelector(".survey-texts li"))).extracting(WebElement::getText)
				.containsExactly("Wiesdorf", "Ein Sprachcafé in der Stadtbibliothek");
			browser.assertAccessible();
			browser.screenshot(SCREENSHOTS.resolve("survey-results.png"));

			browser.open("/surveys/" + surveys.draft(participation, "").getId() + "/edit");
			browser.assertAccessible();
			browser.open("/surveys");
			browser.assertAccessible();
		}
	}

}
