package de.teilhabe.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import jakarta.servlet.http.Cookie;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import de.teilhabe.IntegrationTest;
import de.teilhabe.participation.ParticipationService;
import de.teilhabe.participation.StartParticipation;

/**
 * The survey pages as the public, a coordinator and others see them; every refusal is a
 * translated message.
 */
@IntegrationTest
class SurveyWebTest {

	static final RequestPostProcessor COORDINATOR = user("koordination")
		.authorities(new org.springframework.security.core.authority.SimpleGrantedAuthority("GROUP_coordinator"));

	static final RequestPostProcessor LEAD = user("ag-sprache")
		.authorities(new org.springframework.security.core.authority.SimpleGrantedAuthority("GROUP_wg-1"));

	@Autowired
	MockMvc mvc;

	@Autowired
	SurveyService surveys;

	@Autowired
	ParticipationService participations;

	@Autowired
	SurveyAnswers answers;

	long participation;

	Survey survey;

	SurveyQuestion question;

	SurveyQuestion idea;

	@BeforeEach
	void openASurvey() {
		participation = participations
			.start(new StartParticipation("Webtest " + System.nanoTime(), "KI", "Integration",
					LocalDate.of(2017, 1, 16), LocalDate.of(2017, 12, 31), 1, 1000L, "Rat"), "koordination")
			.getId();
		long id = surveys.draft(participation, "").getId();
		surveys.describe(id, "Sagen Sie uns Ihre Meinung.", "Wir speichern nichts über Sie.");
		question = surveys.addQuestion(id,
				NewQuestion.of(QuestionKind.SINGLE_CHOICE, "Wie lange leben Sie hier?", true, "kurz", "lang"));
		idea = surveys.addQuestion(id, NewQuestion.of(QuestionKind.LONG_TEXT, "Ihre Idee?", false));
		survey = surveys.open(participation, 1, "Webbefragung", LocalDate.now().plusDays(3).atTime(23, 59, 59));
	}

	String link() {
		return "/public/surveys/" + survey.getPublicToken();
	}

	Cookie answerCookie() throws Exception {
		Cookie cookie = mvc.perform(get(link()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getCookie("teilhabe_survey_" + survey.getId());
		assertThat(cookie).isNotNull();
		assertThat(cookie.isHttpOnly()).isTrue();
		return cookie;
	}

	@Test
	void shouldShowTheSurveyToThePublicAndThankAfterAnAnswer() throws Exception {
		Cookie cookie = answerCookie();

		mvc.perform(post(link()).with(csrf())
			.cookie(cookie)
			.param("q" + question.getId(), "kurz")
			.param("q" + idea.getId(), "Ein Sprachcafé")
			.param("website", "")).andExpect(redirectedUrl(link() + "/thanks"));
		mvc.perform(get(link() + "/thanks"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Vielen Dank!")));

		mvc.perform(get(link()).cookie(cookie))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Sie haben bereits geantwortet")));
		mvc.perform(post(link()).with(csrf()).cookie(cookie).param("q" + question.getId(), "lang"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Sie haben bereits geantwortet")));
		assertThat(surveys.get(survey.getId()).getResponseCount()).isEqualTo(1);
	}

	@Test
	void shouldShowTheFormAgainWithTheErrorNextToTheQuestion() throws Exception {
		Cookie cookie = answerCookie();

		String html = mvc.perform(post(link()).with(csrf()).cookie(cookie).param("q" + idea.getId(), "Meine Idee"))
			.andExpect(status().isBadRequest())
			.andExpect(view().name(PublicSurveyController.VIEW_FORM))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(html).contains("Bitte prüfen Sie die markierten Fragen. Es wurde noch nichts gespeichert.")
			.contains("id=\"q" + question.getId() + "-error\">Bitte beantworten Sie diese Frage.</p>")
			.contains(">Meine Idee</textarea>");
		assertThat(surveys.get(survey.getId()).getResponseCount()).isZero();
	}

	@Test
	void shouldTranslateTheRefusals() throws Exception {
		mvc.perform(post(link()).with(csrf()).param("q" + question.getId(), "kurz"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Bitte erlauben Sie Cookies")));
		mvc.perform(post(link()).with(csrf())
			.cookie(answerCookie())
			.param("q" + question.getId(), "kurz")
			.param("website", "http://spam.example"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Ihre Antwort wurde nicht angenommen")));
		mvc.perform(post(link()).with(csrf())
			.param("lang", "en")
			.cookie(answerCookie())
			.param("q" + question.getId(), "mittel"))
			.andExpect(content()
				.string(org.hamcrest.Matchers.containsString("This answer does not belong to the question.")));
		mvc.perform(get("/public/surveys/unbekannt")).andExpect(status().isNotFound());
		assertThat(surveys.get(survey.getId()).getResponseCount()).isZero();
	}

	@Test
	void shouldSayWhenTheSurveyIsNotOpenOrClosed() throws Exception {
		Survey draft = surveys.draft(participation, "");
		mvc.perform(get("/public/surveys/" + draft.getPublicToken()))
			.andExpect(
					content().string(org.hamcrest.Matchers.containsString("Diese Befragung ist noch nicht geöffnet")));

		surveys.close(survey.getId());
		mvc.perform(get(link()))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Diese Befragung ist beendet")));
		mvc.perform(post(link()).with(csrf()).param("q" + question.getId(), "kurz"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Diese Befragung ist beendet")));
	}

	@Test
	void shouldShowResultsAndExportsOnlyToCoordinatorsAndManagers() throws Exception {
		mvc.perform(post(link()).with(csrf())
			.cookie(answerCookie())
			.param("q" + question.getId(), "kurz")
			.param("q" + idea.getId(), "Begegnungscafé im Stadtteil"));

		mvc.perform(get("/surveys/" + survey.getId() + "/results")).andExpect(status().is3xxRedirection());
		mvc.perform(get("/surveys/" + survey.getId() + "/results").with(LEAD)).andExpect(status().isForbidden());
		String html = mvc.perform(get("/surveys/" + survey.getId() + "/results").with(COORDINATOR))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("Begegnungscafé im Stadtteil", "chart.umd.min.js", "<td class=\"number\">1</td>");

		mvc.perform(get("/surveys/" + survey.getId() + "/responses.csv").with(COORDINATOR))
			.andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString(".csv")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Begegnungscafé im Stadtteil")));
		byte[] xlsx = mvc.perform(get("/surveys/" + survey.getId() + "/responses.xlsx").with(COORDINATOR))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
			List<Row> rows = workbook.getFirstSheet().read();
			assertThat(rows).hasSize(2);
			assertThat(rows.get(0).getCellText(2)).isEqualTo("Wie lange leben Sie hier?");
			assertThat(rows.get(1).getCellText(2)).isEqualTo("kurz");
		}
	}

	@Test
	void shouldPublishResultsOnlyAfterTheSurveyEndedAndWithoutFreeTexts() throws Exception {
		mvc.perform(post(link()).with(csrf())
			.cookie(answerCookie())
			.param("q" + question.getId(), "lang")
			.param("q" + idea.getId(), "Persönliche Geschichte"));
		mvc.perform(get(link() + "/results")).andExpect(status().isNotFound());
		mvc.perform(post("/surveys/" + survey.getId() + "/results/publish").with(csrf())
			.with(COORDINATOR)
			.param("published", "true")).andExpect(flash().attribute("error", "survey.results.stillRunning"));

		surveys.close(survey.getId());
		mvc.perform(post("/surveys/" + survey.getId() + "/results/publish").with(csrf())
			.with(COORDINATOR)
			.param("published", "true")).andExpect(flash().attribute("message", "survey.results.publishedNow"));

		String html = mvc.perform(get(link() + "/results"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("Wie lange leben Sie hier?", "Freitextantworten werden nicht veröffentlicht.")
			.doesNotContain("Persönliche Geschichte");
	}

	@Test
	void shouldDesignQuestionsInTheEditorWithMessagesNextToTheFields() throws Exception {
		long draft = surveys.draft(participation, "").getId();
		mvc.perform(get("/surveys/design").param("participation", String.valueOf(participation)).with(COORDINATOR))
			.andExpect(redirectedUrl("/surveys/" + draft + "/edit"));

		mvc.perform(post("/surveys/" + draft + "/questions").with(csrf())
			.with(COORDINATOR)
			.param("kind", "MULTIPLE_CHOICE")
			.param("text", "")
			.param("options", "nur eine")
			.param("maxAnswers", "x"))
			.andExpect(view().name(SurveyEditorController.VIEW_EDITOR))
			.andExpect(model().attributeHasFieldErrorCode("question", "text", "survey.editor.textRequired"))
			.andExpect(model().attributeHasFieldErrorCode("question", "options", "survey.editor.optionsRequired"))
			.andExpect(model().attributeHasFieldErrorCode("question", "maxAnswers", "survey.editor.notANumber"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Bitte geben Sie den Fragetext ein.")));
		assertThat(surveys.questions(draft)).isEmpty();

		mvc.perform(post("/surveys/" + draft + "/questions").with(csrf())
			.with(COORDINATOR)
			.param("kind", "MULTIPLE_CHOICE")
			.param("text", "Welche Themen?")
			.param("options", "Sprache\r\nBildung\r\n")
			.param("required", "true")
			.param("minAnswers", "1")
			.param("maxAnswers", "2"))
			.andExpect(redirectedUrl("/surveys/" + draft + "/edit"))
			.andExpect(flash().attribute("message", "survey.editor.questionAdded"));
		mvc.perform(post("/surveys/" + draft + "/copy").with(csrf())
			.with(COORDINATOR)
			.param("from", String.valueOf(survey.getId())));

		assertThat(surveys.questions(draft)).extracting(SurveyQuestion::getText)
			.containsExactly("Welche Themen?", "Wie lange leben Sie hier?", "Ihre Idee?");
		assertThat(surveys.questions(draft).get(0).getOptions()).containsExactly("Sprache", "Bildung");
		mvc.perform(get("/surveys/" + draft + "/edit").with(COORDINATOR)).andExpect(status().isOk());
		mvc.perform(get("/surveys/design").param("participation", "999999").with(COORDINATOR))
			.andExpect(status().isNotFound());
		mvc.perform(
				post("/surveys/" + draft + "/questions/" + question.getId() + "/delete").with(csrf()).with(COORDINATOR))
			.andExpect(status().isNotFound());
		mvc.perform(get("/surveys").with(COORDINATOR)).andExpect(status().isOk());
	}

	@Test
	void shouldRefuseEditingOnceAnswersArrived() throws Exception {
		mvc.perform(post(link()).with(csrf()).cookie(answerCookie()).param("q" + question.getId(), "kurz"));

		mvc.perform(post("/surveys/" + survey.getId() + "/questions/" + question.getId() + "/delete").with(csrf())
			.with(COORDINATOR)).andExpect(flash().attribute("error", "survey.editor.locked"));
		mvc.perform(get("/surveys/" + survey.getId() + "/edit").with(COORDINATOR))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("lassen sich nicht mehr ändern")));
		assertThat(surveys.questions(survey.getId())).hasSize(2);
	}

	@Test
	void shouldKeepAScheduledSurveyClosedUntilItsOpenDate() throws Exception {
		long draft = surveys.draft(participation, "").getId();
		surveys.addQuestion(draft,
				NewQuestion.of(QuestionKind.SINGLE_CHOICE, "Wohnen Sie gern hier?", true, "ja", "nein"));
		LocalDateTime opens = LocalDateTime.now().plusDays(2).withHour(9).withMinute(30).withSecond(0).withNano(0);
		mvc.perform(post("/surveys/" + draft + "/opening").with(csrf())
			.with(COORDINATOR)
			.param("opensAt", opens.toString()))
			.andExpect(redirectedUrl("/surveys/" + draft + "/edit"))
			.andExpect(flash().attribute("message", "survey.editor.opensAtSaved"));
		Survey scheduled = surveys.open(participation, 2, "Zweite Runde",
				LocalDate.now().plusDays(9).atTime(23, 59, 59));
		String link = "/public/surveys/" + scheduled.getPublicToken();

		String page = mvc.perform(get(link)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Diese Befragung ist noch nicht geöffnet",
				"Sie beginnt am " + opens.format(DateTimeFormatter.ofPattern("dd.MM.yyyy")) + " um 09:30 Uhr.");
		assertThat(mvc.perform(get(link)).andReturn().getResponse().getCookie("teilhabe_survey_" + scheduled.getId()))
			.isNull();
		SurveyQuestion only = surveys.questions(scheduled.getId()).get(0);
		Cookie cookie = new Cookie("teilhabe_survey_" + scheduled.getId(), answers.issueToken(scheduled));
		mvc.perform(post(link).with(csrf()).cookie(cookie).param("q" + only.getId(), "ja"))
			.andExpect(
					content().string(org.hamcrest.Matchers.containsString("Diese Befragung ist noch nicht geöffnet")));
		assertThat(surveys.get(scheduled.getId()).getResponseCount()).isZero();
	}

	@Test
	void shouldRefuseAnOpenDateThatIsNoDateOrInThePast() throws Exception {
		long draft = surveys.draft(participation, "").getId();
		mvc.perform(post("/surveys/" + draft + "/opening").with(csrf()).with(COORDINATOR).param("opensAt", "morgen"))
			.andExpect(view().name(SurveyEditorController.VIEW_EDITOR))
			.andExpect(content().string(org.hamcrest.Matchers
				.containsString("id=\"opensAt-error\">Bitte geben Sie Datum und Uhrzeit ein")));
		mvc.perform(post("/surveys/" + draft + "/opening").with(csrf())
			.with(COORDINATOR)
			.param("opensAt", "2017-03-01T09:00"))
			.andExpect(view().name(SurveyEditorController.VIEW_EDITOR))
			.andExpect(
					content().string(org.hamcrest.Matchers.containsString("Der Beginn liegt in der Vergangenheit.")));
		assertThat(surveys.get(draft).getOpensAt()).isNull();

		mvc.perform(post("/surveys/" + draft + "/opening").with(csrf())
			.with(COORDINATOR)
			.param("opensAt", LocalDate.now().plusDays(1).toString()))
			.andExpect(flash().attribute("message", "survey.editor.opensAtSaved"));
		assertThat(surveys.get(draft).getOpensAt()).isEqualTo(LocalDate.now().plusDays(1).atStartOfDay());
		mvc.perform(post("/surveys/" + draft + "/opening").with(csrf()).with(COORDINATOR).param("opensAt", ""))
			.andExpect(flash().attribute("message", "survey.editor.opensAtCleared"));
		assertThat(surveys.get(draft).getOpensAt()).isNull();
	}

	@Test
	void shouldChangeAQuestionOfADraftWithItsConditionAndLabels() throws Exception {
		long draft = surveys.draft(participation, "").getId();
		SurveyQuestion where = surveys.addQuestion(draft,
				NewQuestion.of(QuestionKind.SINGLE_CHOICE, "Wo wohnen Sie?", false, "Opladen", "Wiesdorf"));
		SurveyQuestion rating = surveys.addQuestion(draft, NewQuestion.of(QuestionKind.RATING, "Wie gern?", false));
		String edit = "/surveys/" + draft + "/questions/" + rating.getId();

		mvc.perform(get(edit + "/edit").with(COORDINATOR))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"Wie gern?\"")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Änderung speichern")));
		mvc.perform(post(edit).with(csrf()).with(COORDINATOR).param("kind", "RATING").param("text", " "))
			.andExpect(view().name(SurveyEditorController.VIEW_EDITOR))
			.andExpect(model().attributeHasFieldErrorCode("question", "text", "survey.editor.textRequired"));
		assertThat(surveys.questions(draft).get(1).getText()).isEqualTo("Wie gern?");

		mvc.perform(post(edit).with(csrf())
			.with(COORDINATOR)
			.param("kind", "RATING")
			.param("text", "Wie gern wohnen Sie in Wiesdorf?")
			.param("required", "true")
			.param("lowLabel", "gar nicht")
			.param("highLabel", "sehr gern")
			.param("conditionQuestionId", String.valueOf(where.getId()))
			.param("conditionValue", "Wiesdorf"))
			.andExpect(redirectedUrl("/surveys/" + draft + "/edit"))
			.andExpect(flash().attribute("message", "survey.editor.questionChanged"));
		SurveyQuestion changed = surveys.questions(draft).get(1);
		assertThat(changed.getText()).isEqualTo("Wie gern wohnen Sie in Wiesdorf?");
		assertThat(changed.isRequired()).isTrue();
		assertThat(changed.getLowLabel()).isEqualTo("gar nicht");
		assertThat(changed.getHighLabel()).isEqualTo("sehr gern");
		assertThat(changed.getConditionQuestionId()).isEqualTo(where.getId());
		assertThat(changed.getConditionValue()).isEqualTo("Wiesdorf");

		mvc.perform(post("/surveys/" + draft + "/questions/" + where.getId()).with(csrf())
			.with(COORDINATOR)
			.param("kind", "SINGLE_CHOICE")
			.param("text", "Wo wohnen Sie?")
			.param("options", "Opladen\nSchlebusch"))
			.andExpect(view().name(SurveyEditorController.VIEW_EDITOR))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Ändern Sie zuerst deren Bedingung.")));
		mvc.perform(post("/surveys/" + draft + "/questions/" + where.getId()).with(csrf())
			.with(COORDINATOR)
			.param("kind", "SINGLE_CHOICE")
			.param("text", "Wo wohnen Sie?")
			.param("options", "Opladen\nWiesdorf\nSchlebusch")
			.param("conditionQuestionId", String.valueOf(rating.getId()))
			.param("conditionValue", "5"))
			.andExpect(model().attributeHasFieldErrorCode("question", "conditionQuestionId",
					"survey.editor.conditionUnknown"));
		assertThat(surveys.questions(draft).get(0).getOptions()).containsExactly("Opladen", "Wiesdorf");

		mvc.perform(post("/surveys/" + draft + "/questions/" + where.getId()).with(csrf())
			.with(COORDINATOR)
			.param("kind", "SINGLE_CHOICE")
			.param("text", "Wo wohnen Sie?")
			.param("options", "Opladen\nWiesdorf\nSchlebusch"))
			.andExpect(flash().attribute("message", "survey.editor.questionChanged"));
		assertThat(surveys.questions(draft).get(0).getOptions()).containsExactly("Opladen", "Wiesdorf", "Schlebusch");
		mvc.perform(get("/surveys/" + draft + "/questions/" + question.getId() + "/edit").with(COORDINATOR))
			.andExpect(status().isNotFound());
	}

	@Test
	void shouldRefuseChangingAQuestionOnceAnswersArrived() throws Exception {
		mvc.perform(post(link()).with(csrf()).cookie(answerCookie()).param("q" + question.getId(), "kurz"));

		mvc.perform(post("/surveys/" + survey.getId() + "/questions/" + question.getId()).with(csrf())
			.with(COORDINATOR)
			.param("kind", "SINGLE_CHOICE")
			.param("text", "Anders gefragt")
			.param("options", "a\nb"))
			.andExpect(view().name(SurveyEditorController.VIEW_EDITOR))
			.andExpect(model().attribute("error", "survey.editor.locked"));
		assertThat(surveys.questions(survey.getId()).get(0).getText()).isEqualTo("Wie lange leben Sie hier?");
		assertThat(surveys.questions(survey.getId()).get(0).getOptions()).containsExactly("kurz", "lang");
	}

	@Test
	void shouldLinkThePublishedResultsFromTheProcessPublicPage() throws Exception {
		mvc.perform(post(link()).with(csrf()).cookie(answerCookie()).param("q" + question.getId(), "lang"));
		String page = "/public/processes/" + participations.find(participation).orElseThrow().getSlug();
		surveys.close(survey.getId());
		mvc.perform(get(page))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(link()))));

		mvc.perform(post("/surveys/" + survey.getId() + "/results/publish").with(csrf())
			.with(COORDINATOR)
			.param("published", "true"));

		mvc.perform(get(page))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Ergebnisse der Online-Befragungen")))
			.andExpect(content().string(org.hamcrest.Matchers
				.containsString("<a href=\"" + link() + "/results\">Webbefragung (1 Antwort)</a>")));
		mvc.perform(get(link() + "/results")).andExpect(status().isOk());
	}

	@Test
	void shouldShowListAndResultsOnlyToTheCoordinatorOfTheProcessManagersAndAdmins() throws Exception {
		RequestPostProcessor otherCoordinator = user("koordination-duisburg")
			.authorities(new org.springframework.security.core.authority.SimpleGrantedAuthority("GROUP_coordinator"));
		RequestPostProcessor manager = user("leitung")
			.authorities(new org.springframework.security.core.authority.SimpleGrantedAuthority("GROUP_manager"));
		RequestPostProcessor admin = user("admin")
			.authorities(new org.springframework.security.core.authority.SimpleGrantedAuthority("GROUP_admin"));
		String results = "/surveys/" + survey.getId();
		surveys.close(survey.getId());

		mvc.perform(get(results + "/results").with(otherCoordinator)).andExpect(status().isForbidden());
		mvc.perform(get(results + "/responses.csv").with(otherCoordinator)).andExpect(status().isForbidden());
		mvc.perform(get(results + "/responses.xlsx").with(otherCoordinator)).andExpect(status().isForbidden());
		mvc.perform(post(results + "/results/publish").with(csrf()).with(otherCoordinator).param("published", "true"))
			.andExpect(status().isForbidden());
		assertThat(surveys.get(survey.getId()).isResultsPublished()).isFalse();
		mvc.perform(get("/surveys").param("participation", String.valueOf(participation)).with(otherCoordinator))
			.andExpect(status().isForbidden());
		mvc.perform(get("/surveys").with(otherCoordinator))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(results + "/results"))));

		mvc.perform(get("/surveys").with(COORDINATOR))
			.andExpect(content().string(org.hamcrest.Matchers.containsString(results + "/results")));
		mvc.perform(get("/surveys").with(manager))
			.andExpect(content().string(org.hamcrest.Matchers.containsString(results + "/results")));
		mvc.perform(get(results + "/results").with(manager)).andExpect(status().isOk());
		mvc.perform(get(results + "/results").with(admin)).andExpect(status().isOk());
		mvc.perform(get(results + "/responses.csv").with(admin)).andExpect(status().isOk());
		mvc.perform(get("/surveys").with(LEAD)).andExpect(status().isForbidden());
	}

	@Test
	void shouldKeepTheEditorClosedToACoordinatorOutsideTheParticipation() throws Exception {
		RequestPostProcessor other = user("koordination-duisburg")
			.authorities(new org.springframework.security.core.authority.SimpleGrantedAuthority("GROUP_coordinator"));
		long theirs = participations
			.start(new StartParticipation("Duisburg " + System.nanoTime(), "KI", "Integration",
					LocalDate.of(2017, 1, 16), LocalDate.of(2017, 12, 31), 1, 1000L, "Rat"), "koordination-duisburg")
			.getId();
		long theirDraft = surveys.draft(theirs, "").getId();
		long draft = surveys.draft(participation, "").getId();
		SurveyQuestion asked = surveys.addQuestion(draft,
				NewQuestion.of(QuestionKind.SHORT_TEXT, "Wo wohnen Sie?", false));
		String editor = "/surveys/" + draft;

		mvc.perform(get("/surveys/design").param("participation", String.valueOf(participation)).with(other))
			.andExpect(status().isForbidden());
		mvc.perform(get(editor + "/edit").with(other)).andExpect(status().isForbidden());
		mvc.perform(get(editor + "/questions/" + asked.getId() + "/edit").with(other))
			.andExpect(status().isForbidden());
		mvc.perform(post(editor + "/questions").with(csrf())
			.with(other)
			.param("kind", "SHORT_TEXT")
			.param("text", "Fremde Frage")).andExpect(status().isForbidden());
		mvc.perform(post(editor + "/questions/" + asked.getId()).with(csrf())
			.with(other)
			.param("kind", "SHORT_TEXT")
			.param("text", "Anders")).andExpect(status().isForbidden());
		mvc.perform(post(editor + "/texts").with(csrf())
			.with(other)
			.param("introduction", "Fremd")
			.param("privacyNotice", "Fremd")).andExpect(status().isForbidden());
		mvc.perform(post(editor + "/opening").with(csrf())
			.with(other)
			.param("opensAt", LocalDate.now().plusDays(1).toString())).andExpect(status().isForbidden());
		mvc.perform(
				post(editor + "/questions/" + asked.getId() + "/move").with(csrf()).with(other).param("direction", "1"))
			.andExpect(status().isForbidden());
		mvc.perform(post(editor + "/questions/" + asked.getId() + "/delete").with(csrf()).with(other))
			.andExpect(status().isForbidden());
		mvc.perform(post(editor + "/copy").with(csrf()).with(other).param("from", String.valueOf(survey.getId())))
			.andExpect(status().isForbidden());
		mvc.perform(post("/surveys/" + theirDraft + "/copy").with(csrf())
			.with(other)
			.param("from", String.valueOf(survey.getId()))).andExpect(status().isForbidden());

		assertThat(surveys.questions(draft)).extracting(SurveyQuestion::getText).containsExactly("Wo wohnen Sie?");
		assertThat(surveys.get(draft).getOpensAt()).isNull();
		assertThat(surveys.questions(theirDraft)).isEmpty();
		mvc.perform(get("/surveys/" + theirDraft + "/edit").with(other))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers
				.not(org.hamcrest.Matchers.containsString("value=\"" + survey.getId() + "\">Webbefragung</option>"))));
		mvc.perform(get(editor + "/edit").with(COORDINATOR))
			.andExpect(status().isOk())
			.andExpect(content().string(
					org.hamcrest.Matchers.containsString("value=\"" + survey.getId() + "\">Webbefragung</option>")));
	}

}
