package de.teilhabe.form;

import static java.util.Locale.ENGLISH;
import static de.teilhabe.form.FormFixtures.GERMAN;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import de.teilhabe.system.Formats;

/**
 * Text components: templating from variables, then markdown, without any way for a
 * variable to inject markup.
 */
class TextComponentTest {

	private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

	private final TextTemplates templates = new TextTemplates(new FeelExpressions());

	private final FormBinder binder = FormFixtures.binder();

	@Test
	void shouldFillPlaceholdersFromVariables() {
		FormView view = binder.render(FormFixtures.form("design-survey"),
				Map.of("title", "Integrationskonzept Leverkusen 2017", "surveyRounds", 2L), GERMAN);

		assertThat(view.getComponents().get(0).getHtml()).contains("<h2>Befragung gestalten</h2>")
			.contains("Beteiligungsprozess: <strong>Integrationskonzept Leverkusen 2017</strong> – geplant sind 2 "
					+ "Befragungsrunde(n).");
	}

	@Test
	void shouldRenderAMissingVariableAsNothing() {
		assertThat(render("Runde {{surveyRound}} von {{surveyRounds}}", Map.of("surveyRounds", 3L)))
			.isEqualTo("Runde  von 3");
	}

	@Test
	void shouldEvaluateFeelInPlaceholders() {
		assertThat(Markdown.toHtml(render("Überschreitung: {{measuresTotalCost - measuresBudget}} EUR",
				Map.of("measuresTotalCost", 149_000L, "measuresBudget", 100_000L)), 0))
			.isEqualTo("<p>Überschreitung: 49.000 EUR</p>\n");
	}

	@Test
	void shouldRepeatALoopForEveryMeasure() {
		FormView view = binder.render(FormFixtures.form("review-wg-results"),
				Map.of("measureCount", 2L, "measures",
						List.of(Map.of("title", "Sprachcafé", "responsibleBody", "KI", "estimatedCost", 12_000L,
								"timeframe", "2018"),
								Map.of("title", "Elternabende", "responsibleBody", "Schulamt", "estimatedCost", 6_500L,
										"timeframe", "2019"))),
				GERMAN);

		assertThat(view.getComponents().get(0).getHtml()).contains("""
				<ul>
				<li><strong>Sprachcafé</strong> (KI, 12.000 €, 2018)</li>
				<li><strong>Elternabende</strong> (Schulamt, 6.500 €, 2019)</li>
				</ul>
				<p>Nehmen Sie die Ergebnisse an""");
	}

	@Test
	void shouldLoopOverPlainValuesAsThis() {
		FormView view = binder.render(FormFixtures.form("set-up-working-groups"),
				Map.of("topics", List.of("Gesundheit", "Wohnen und Unterbringung")), GERMAN);

		assertThat(view.getComponents().get(0).getHtml())
			.contains("<ul>\n<li>Gesundheit</li>\n<li>Wohnen und Unterbringung</li>\n</ul>");
	}

	@Test
	void shouldIncludeAnIfBlockOnlyWhenItsConditionHolds() {
		String template = "Budget{{#if measuresTotalCost > measuresBudget}} überschritten{{/if}}.";

		assertThat(render(template, Map.of("measuresTotalCost", 2L, "measuresBudget", 1L)))
			.isEqualTo("Budget überschritten.");
		assertThat(render(template, Map.of("measuresTotalCost", 1L, "measuresBudget", 1L))).isEqualTo("Budget.");
	}

	@Test
	void shouldEscapeHtmlFromVariables() {
		FormView view = binder.render(FormFixtures.form("edit-documentation"),
				Map.of("rejectionReason", "<script>alert('x')</script><img src=x onerror=alert(1)>"), GERMAN);

		String html = view.getComponents().get(0).getHtml();
		assertThat(html).doesNotContain("<script", "<img")
			.contains("&lt;script&gt;alert('x')&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;");
	}

	@Test
	void shouldNotLetVariablesAddMarkdown() {
		String html = Markdown
			.toHtml(render("Grund: {{reason}}", Map.of("reason", "[klick](javascript:alert(1)) **fett**\n# Titel")), 0);

		assertThat(html).doesNotContain("<a", "<strong>", "<h1>", "<h2>")
			.contains("[klick](javascript:alert(1)) **fett**");
	}

	@Test
	void shouldEscapeRawHtmlInTheFormsOwnText() {
		assertThat(Markdown.toHtml("Hallo <b onclick=\"x()\">Welt</b>\n\n<div>Block</div>", 0))
			.doesNotContain("<b ", "<div>")
			.contains("&lt;b onclick=&quot;x()&quot;&gt;Welt&lt;/b&gt;");
	}

	@Test
	void shouldMoveHeadingsBelowThePageHeading() {
		assertThat(Markdown.toHtml("# Eins\n\n## Zwei\n\n###### Sechs", 1)).contains("<h2>Eins</h2>", "<h3>Zwei</h3>",
				"<h6>Sechs</h6>");
		assertThat(Markdown.toHtml("#### Vier\n\n##### Fünf", -2)).contains("<h2>Vier</h2>", "<h3>Fünf</h3>");
	}

	@Test
	void shouldDropAHeadingLeftEmptyByTemplating() {
		assertThat(Markdown.toHtml(render("## {{title}}\n\nText", Map.of()), 0)).isEqualTo("<p>Text</p>\n");
	}

	@Test
	void shouldTakeAStandaloneBlockTagWithItsLine() {
		assertThat(render("Themen:\n\n{{#loop topics}}\n- {{this}}\n{{/loop}}\n\nEnde",
				Map.of("topics", List.of("A", "B"))))
			.isEqualTo("Themen:\n\n- A\n- B\n\nEnde");
	}

	@Test
	void shouldWriteTheCloseDateOfASurveyInTheReadersLanguage() {
		Map<String, Object> variables = Map.of("surveyTitle", "1. Online-Befragung", "surveyRound", 1L, "surveyRounds",
				2L, "surveyCloseDate", "2026-12-20T23:59:59");

		String german = binder.render(FormFixtures.form("monitor-survey"), variables, GERMAN)
			.getComponents()
			.get(0)
			.getHtml();
		String english = binder.render(FormFixtures.form("monitor-survey"), variables, ENGLISH)
			.getComponents()
			.get(0)
			.getHtml();

		assertThat(german).contains("schließt automatisch am <strong>20.12.2026, 23:59 Uhr</strong>.");
		assertThat(english).contains("schließt automatisch am <strong>20 Dec 2026, 11:59 pm</strong>.");
		assertThat(german + english).doesNotContainPattern(ISO_DATE).doesNotContain("surveyCloseDate");
	}

	@Test
	void shouldWriteAmountsInEurosOfTheReadersLanguage() {
		Map<String, Object> variables = Map.of("measuresTotalCost", 124_000L, "measuresBudget", 100_000L,
				"participationId", 12_345L);

		String german = binder.render(FormFixtures.form("approve-budget"), variables, GERMAN)
			.getComponents()
			.get(0)
			.getHtml();
		String english = binder.render(FormFixtures.form("approve-budget"), variables, ENGLISH)
			.getComponents()
			.get(0)
			.getHtml();

		assertThat(german).contains("<strong>124.000 €</strong>", "<strong>100.000 €</strong>")
			.doesNotContain("124000", "EUR");
		assertThat(german).as("an id in a link stays as it is").contains("href=\"/measures/consolidation/12345\"");
		assertThat(english).contains("<strong>€124,000</strong>", "<strong>€100,000</strong>")
			.doesNotContain("124000", "EUR");
	}

	@Test
	void shouldWriteDatesAndTimesOfTheConferenceInTheReadersLanguage() {
		Map<String, Object> variables = Map.of("conferenceTitle", "Integrationskonferenz", "conferenceDate",
				"2017-06-30", "conferenceStart", "15:00", "conferenceEnd", "19:00", "conferenceVenue", "Ratssaal",
				"registrationCount", 1_204L, "capacity", 1_500L);

		String german = binder.render(FormFixtures.form("conduct-conference"), variables, GERMAN)
			.getComponents()
			.get(0)
			.getHtml();
		String english = binder.render(FormFixtures.form("conduct-conference"), variables, ENGLISH)
			.getComponents()
			.get(0)
			.getHtml();

		assertThat(german).contains("am 30.06.2017, 15:00 Uhr bis 19:00 Uhr, Ratssaal", "1.204 Anmeldungen bei 1.500");
		assertThat(english).contains("am 30 Jun 2017, 3:00 pm bis 7:00 pm, Ratssaal", "1,204 Anmeldungen bei 1,500");
		assertThat(german + english).doesNotContainPattern(ISO_DATE);
	}

	private String render(String template, Map<String, ?> context) {
		@SuppressWarnings("unchecked")
		Map<String, Object> values = (Map<String, Object>) context;
		return templates.render(template, values, Formats.of(GERMAN, ZoneId.of("Europe/Berlin")));
	}

}
