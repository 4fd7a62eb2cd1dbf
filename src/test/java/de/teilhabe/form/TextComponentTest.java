package de.teilhabe.form;

import static de.teilhabe.form.FormFixtures.GERMAN;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Text components: templating from variables, then markdown, without any way for a
 * variable to inject markup.
 */
class TextComponentTest {

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
		assertThat(templates.render("Runde {{surveyRound}} von {{surveyRounds}}", Map.of("surveyRounds", 3L)))
			.isEqualTo("Runde  von 3");
	}

	@Test
	void shouldEvaluateFeelInPlaceholders() {
		assertThat(templates.render("Überschreitung: {{measuresTotalCost - measuresBudget}} EUR",
				Map.of("measuresTotalCost", 149_000L, "measuresBudget", 100_000L)))
			.isEqualTo("Überschreitung: 49000 EUR");
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
				<li><strong>Sprachcafé</strong> (KI, 12000 EUR, 2018)</li>
				<li><strong>Elternabende</strong> (Schulamt, 6500 EUR, 2019)</li>
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

		assertThat(templates.render(template, Map.of("measuresTotalCost", 2L, "measuresBudget", 1L)))
			.isEqualTo("Budget überschritten.");
		assertThat(templates.render(template, Map.of("measuresTotalCost", 1L, "measuresBudget", 1L)))
			.isEqualTo("Budget.");
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
		String html = Markdown.toHtml(templates.render("Grund: {{reason}}",
				Map.of("reason", "[klick](javascript:alert(1)) **fett**\n# Titel")), 0);

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
		assertThat(Markdown.toHtml(templates.render("## {{title}}\n\nText", Map.of()), 0)).isEqualTo("<p>Text</p>\n");
	}

	@Test
	void shouldTakeAStandaloneBlockTagWithItsLine() {
		assertThat(templates.render("Themen:\n\n{{#loop topics}}\n- {{this}}\n{{/loop}}\n\nEnde",
				Map.of("topics", List.of("A", "B"))))
			.isEqualTo("Themen:\n\n- A\n- B\n\nEnde");
	}

}
