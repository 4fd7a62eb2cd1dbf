package de.teilhabe.documentation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import de.teilhabe.LeverkusenFixture;
import de.teilhabe.council.CouncilDecisionException;
import de.teilhabe.council.CouncilService;
import de.teilhabe.council.Decision;
import de.teilhabe.council.RecordDecision;
import de.teilhabe.demo.Cast;
import de.teilhabe.demo.LeverkusenDemo;
import de.teilhabe.measure.Measure;
import de.teilhabe.measure.MeasureException;
import de.teilhabe.measure.MeasureService;
import de.teilhabe.measure.MeasureStatus;
import de.teilhabe.measure.ProgressReport;
import de.teilhabe.participation.Participation;
import de.teilhabe.participation.Phase;
import de.teilhabe.survey.Survey;
import de.teilhabe.survey.SurveyResults.QuestionResult;
import de.teilhabe.survey.SurveyResults.Row;
import de.teilhabe.survey.SurveyResults;
import de.teilhabe.survey.SurveyService;
import de.teilhabe.task.TaskWorkService;

/**
 * The outcome of the seeded Leverkusen 2017 process: the published documentation (web
 * page and PDF) with the eight topics, the measures and the figures; the guards on
 * publishing, the council decision and progress reports; the public page. The whole cycle
 * runs once per class; run once per database by the subclasses.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class LeverkusenOutcomeTests {

	/** 8 groups x (12,000 + 6,500) EUR */
	static final String TOTAL = "148.000 €";

	@Autowired
	LeverkusenFixture leverkusen;

	@Autowired
	DocumentationService documentation;

	@Autowired
	MeasureService measures;

	@Autowired
	CouncilService council;

	@Autowired
	MockMvc mvc;

	@Autowired
	TaskWorkService work;

	@Autowired
	TaskService taskService;

	@Autowired
	SurveyService surveys;

	@Autowired
	SurveyResults surveyResults;

	Participation process;

	Cast cast;

	Documentation published;

	@BeforeAll
	void runTheLeverkusenCycle() {
		// the tests correct the documentation and report progress: a participation of
		// their own
		process = leverkusen.fresh(Phase.MEASURE_TRACKING);
		cast = leverkusen.castOf(process);
		published = documentation.published(process.getId()).get(0);
	}

	@Test
	void documentationNamesTheEightTopicsTheMeasuresAndTheFigures() {
		String html = published.getPublishedHtml();

		assertThat(html).contains("<html", "lang=\"de\"", "Integrationskonzept Leverkusen 2017")
			.contains(LeverkusenDemo.TOPICS.stream().map(DocumentationTexts::escaped).toList())
			.contains("Sprachkursbörse Leverkusen", "Kultursensible Pflegeberatung", "Interreligiöser Runder Tisch")
			.contains("Oberbürgermeister Uwe Richrath", "Wir danken allen Beteiligten.")
			.contains("1. Online-Befragung: Integration in Leverkusen", "Fachworkshop Integrationskonzept")
			// the demo's citizens answer 30 times in round 1 and 20 times in round 2
			.contains("<td class=\"num\">30</td>", "<td class=\"num\">20</td>")
			.contains("Integrationskonferenz der Stadt Leverkusen", "Freitag, 30.06.2017, 15:00–19:00 Uhr", "124")
			.contains("100.000 €", TOTAL, "48.000 €", "12.000 €", "6.500 €")
			.contains("Fassung 1, veröffentlicht am")
			.doesNotContain("<script");
		assertThat(html).as("static bar charts").contains("class=\"bar\"", "width: 100%");
	}

	@Test
	void documentationShowsEachSurveyQuestionsCountsAndSharesPerRespondent() {
		String html = normalised(published.getPublishedHtml());
		QuestionResult topics = firstRoundQuestion("Welche Handlungsfelder sind für die Integration in Leverkusen");

		assertThat(html)
			.contains("Ergebnisse der Befragungen im Einzelnen", "<h4>" + topics.question().getText(),
					"30 Befragte haben diese Frage beantwortet.", "Anteil der Befragten",
					"Mehrfachnennungen waren möglich: Die Anteile beziehen sich auf die Befragten")
			.contains("Wie bewerten Sie diese Angebote?", "Durchschnittlicher Rang",
					"Befragte haben hier frei geantwortet; die Dokumentation gibt diese Antworten nicht wieder.")
			.doesNotContain("Begegnungsorte im Stadtteil schaffen.");
		assertThat(topics.rows()).hasSize(8);
		assertThat(topics.rows().stream().mapToDouble(Row::perRespondent).sum()).as("per respondent")
			.isGreaterThan(100);
		for (Row row : topics.rows()) {
			assertThat(html).as(row.label())
				.containsPattern(Pattern
					.quote("<td>" + DocumentationTexts.escaped(row.label())
							+ "</td> <td><div class=\"bar\"><span style=\"width: ")
						+ "\\d+%" + Pattern.quote("\"></span></div></td> <td class=\"num\">" + row.count()
								+ "</td> <td class=\"num\">" + share(row) + "</td>"));
		}
	}

	@Test
	void documentationShowsTheConferenceProgrammeAndRegistrationsByParticipantGroup() {
		String html = normalised(published.getPublishedHtml());

		assertThat(html).contains("<caption>Programm</caption>",
				"<td>15:30 Uhr</td> <td>Zwischenergebnisse der Online-Befragungen</td> <td>Kommunales Integrationszentrum</td>",
				"<td>19:00 Uhr</td> <td>Erste Ergebnisse im Plenum</td> <td>–</td>", "Beigeordneter Markus Märtens")
			.contains("<caption>Anmeldungen nach Teilnehmergruppe</caption>", "Fachakteurin / Fachakteur")
			// the demo's coordinator registers 36 people, all confirmed
			.containsPattern("Anmeldungen</th> <td class=\"num\">36</td>");
	}

	@Test
	void pdfIsTaggedTitledGermanAndPrintsUmlautsAndEuroAmounts() throws Exception {
		byte[] pdf = mvc.perform(get("/public/processes/{slug}/documentation/1.pdf", process.getSlug()))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();

		// kept for a person to look at, like the browser tests' screenshots
		Files.createDirectories(Path.of("target", "outcome"));
		Files.write(Path.of("target", "outcome", "leverkusen-dokumentation.pdf"), pdf);

		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document);
			assertThat(normalised(text)).contains("Maßnahmen", "Ziele und Maßnahmen der Arbeitsgruppen", "100.000 €",
					TOTAL, "Sprachkursbörse Leverkusen", "Älter werden in der Migrationsgesellschaft",
					"Senioren/Altern in der Migrationsgesellschaft", "Wohnen und Unterbringung",
					"Interkultureller und Interreligiöser Dialog", "Oberbürgermeister Uwe Richrath", "124");
			QuestionResult stay = firstRoundQuestion("Wie lange leben Sie schon in Leverkusen?");
			Row first = stay.rows().get(0);
			assertThat(normalised(text)).as("a survey question with its numbers")
				.contains("Ergebnisse der Befragungen im Einzelnen", "Wie lange leben Sie schon in Leverkusen?",
						"30 Befragte haben diese Frage beantwortet.",
						first.label() + " " + first.count() + " " + share(first))
				.as("the conference programme")
				.contains("Programm", "Zwischenergebnisse der Online-Befragungen", "Beigeordneter Markus Märtens",
						"Anmeldungen nach Teilnehmergruppe");
			assertThat(document.getDocumentInformation().getTitle())
				.isEqualTo("Integrationskonzept Leverkusen 2017: Dokumentation, Fassung 1");
			assertThat(document.getDocumentCatalog().getLanguage()).startsWith("de");
			assertThat(document.getDocumentCatalog().getMarkInfo()).isNotNull();
			assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).as("tagged PDF").isTrue();
			assertThat(document.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
			assertThat(document.getNumberOfPages()).isGreaterThan(2);
			assertThat(normalised(text)).as("dates and amounts written for German readers")
				.contains("Freitag, 30.06.2017, 15:00–19:00 Uhr", "15:30 Uhr", "148.000 €")
				.doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}")
				.doesNotContain("148000", "100000", "EUR");
		}
	}

	@Test
	void publicPageListsTheVersionWithWebPageAndPdf() throws Exception {
		mvc.perform(get("/public/processes/{slug}", process.getSlug()))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers
				.containsString("/public/processes/" + process.getSlug() + "/documentation/1.pdf")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Fassung 1 vom")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Rat der Stadt Leverkusen")));
		mvc.perform(get("/public/processes/{slug}/documentation/1", process.getSlug()))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith("text/html")))
			.andExpect(header().string("Cache-Control", org.hamcrest.Matchers.containsString("max-age=86400")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Sprachkursbörse Leverkusen")));
		mvc.perform(get("/public/processes/{slug}/documentation/99", process.getSlug()))
			.andExpect(status().isNotFound());
		mvc.perform(get("/public/processes/{slug}", "gibt-es-nicht")).andExpect(status().isNotFound());
	}

	@Test
	void correctionIsPublishedOnlyAfterApprovalAsVersionTwoAndVersionOneStays() throws Exception {
		documentation.startCorrection(process.getId(), cast.coordinator());
		assertThatThrownBy(() -> documentation.startCorrection(process.getId(), cast.coordinator()))
			.isInstanceOfSatisfying(DocumentationException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("outcome.documentation.correction.draftOpen"));
		Task edit = leverkusen.awaitTasks(process, "UserTask_EditDocumentation", 1).get(0);
		assertThat(taskService.getVariable(edit.getId(), "foreword")).as("pre-filled with the published foreword")
			.isEqualTo(published.getForeword());
		work.complete(edit.getId(), cast.coordinator(),
				Map.of("foreword",
						published.getForeword() + " Korrigiert: Grußwort der Integrationsratsvorsitzenden ergänzt.",
						"closingRemarks", published.getClosingRemarks()));
		Task approve = leverkusen.awaitTasks(process, "UserTask_ApproveDocumentation", 1).get(0);
		Documentation draft = documentation.get((Long) taskService.getVariable(approve.getId(), "documentationId"));

		assertThat(draft.getVersion()).isEqualTo(2);
		assertThatThrownBy(() -> documentation.publish(draft.getId())).as("not approved yet")
			.isInstanceOfSatisfying(DocumentationException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("outcome.documentation.notApproved"));
		assertThat(documentation.published(process.getId())).extracting(Documentation::getVersion).containsExactly(1);

		work.complete(approve.getId(), cast.manager(), Map.of("documentationApproved", true));

		assertThat(documentation.published(process.getId())).extracting(Documentation::getVersion)
			.containsExactly(2, 1);
		Documentation second = documentation.publishedVersion(process.getId(), 2).orElseThrow();
		assertThat(second.getApprovedBy()).isEqualTo(cast.manager());
		assertThat(second.getPublishedHtml()).contains("Grußwort der Integrationsratsvorsitzenden", "Fassung 2");
		assertThat(documentation.publishedVersion(process.getId(), 1).orElseThrow().getPublishedHtml())
			.isEqualTo(published.getPublishedHtml())
			.doesNotContain("Integrationsratsvorsitzenden");
		assertThat(published.getApprovedBy()).isEqualTo(cast.manager());
		mvc.perform(get("/public/processes/{slug}/documentation/2", process.getSlug()))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Integrationsratsvorsitzenden")));
	}

	@Test
	void secondCouncilDecisionIsRefusedWithAClearMessage() {
		assertThatThrownBy(() -> council.record(process.getId(),
				new RecordDecision("Rat der Stadt Leverkusen", LocalDate.of(2018, 2, 5), "2018/0001", Decision.REJECTED,
						0L, "zweiter Versuch")))
			.isInstanceOfSatisfying(CouncilDecisionException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("outcome.council.alreadyDecided"));

		assertThat(council.decisions(process.getId())).singleElement()
			.satisfies(d -> assertThat(d.getDecision()).isEqualTo(Decision.ADOPTED));
	}

	@Test
	void progressReportsShowOnThePublicPageAndAbsurdOnesChangeNothing() throws Exception {
		List<Measure> adopted = measures.tracked(process.getId());
		assertThat(adopted).hasSize(16);
		Measure first = adopted.get(0);

		measures.report(process.getId(), first.getId(), new ProgressReport(LocalDate.of(2018, 6, 1),
				MeasureStatus.IN_PROGRESS, 40, 4_800, "Die Kursbörse ist online; Träger melden freie Plätze."),
				cast.coordinator());
		assertThatThrownBy(() -> measures.report(process.getId(), first.getId(),
				new ProgressReport(LocalDate.of(2018, 7, 1), MeasureStatus.DONE, 150, -3, "Unsinn"),
				cast.coordinator()))
			.isInstanceOf(MeasureException.class);

		Measure now = measures.tracked(process.getId()).get(0);
		assertThat(now.getStatus()).isEqualTo(MeasureStatus.IN_PROGRESS);
		assertThat(now.getProgressPercent()).isEqualTo(40);
		assertThat(now.getSpentBudget()).isEqualTo(4_800);
		assertThat(measures.updatesOf(List.of(first.getId())).get(first.getId())).hasSize(1);
		assertThat(measures.openCount(process.getId())).isEqualTo(16);

		mvc.perform(get("/public/processes/{slug}", process.getSlug()))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(org.hamcrest.Matchers.containsString("Die Kursbörse ist online; Träger melden freie Plätze.")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("in Umsetzung")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("4.800 € / 12.000 €")));
		String english = org.jsoup.Jsoup
			.parse(mvc.perform(get("/public/processes/{slug}", process.getSlug()).param("lang", "en"))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString())
			.text();
		assertThat(english).contains("€4,800 / €12,000", "1 Jun 2018")
			.doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}")
			.doesNotContain("EUR", "4800", "12000");
	}

	private QuestionResult firstRoundQuestion(String text) {
		Survey round = surveys.rounds(process.getId()).get(0);
		return surveyResults.of(round.getId(), null)
			.questions()
			.stream()
			.filter(q -> q.question().getText().startsWith(text))
			.findFirst()
			.orElseThrow();
	}

	/** As the documentation prints a share: one decimal, German comma. */
	private static String share(Row row) {
		return String.format(Locale.GERMAN, "%.1f %%", row.perRespondent());
	}

	/**
	 * PDF text extraction may split or join lines differently; compare with single
	 * spaces.
	 */
	private static String normalised(String text) {
		return text.replace('\u00a0', ' ').replaceAll("\\s+", " ");
	}

	static final class DocumentationTexts {

		private DocumentationTexts() {
		}

		/** As Thymeleaf writes text into HTML. */
		static String escaped(String text) {
			return text.replace("&", "&amp;");
		}

	}

}
