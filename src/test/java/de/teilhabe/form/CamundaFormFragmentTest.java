package de.teilhabe.form;

import static de.teilhabe.form.FormFixtures.GERMAN;
import static de.teilhabe.form.FormFixtures.params;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The Thymeleaf fragment {@code fragments/camunda-form :: fields(formView)} in a page.
 */
class CamundaFormFragmentTest {

	private static final Pattern ID = Pattern.compile(" id=\"([^\"]+)\"");

	private static final Pattern CONTROL = Pattern.compile("<(input|select|textarea)\\b[^>]*>");

	private final FormBinder binder = FormFixtures.binder();

	@Test
	void shouldRenderLabelsDescriptionsAndPrefilledValues() {
		String html = FormPages.render(binder.render(FormFixtures.form("design-survey"),
				Map.of("title", "Integration", "surveyTitle", "1. Befragung \"Integration\""), GERMAN), GERMAN);

		assertThat(html)
			.contains("<label for=\"f-surveyTitle\">Titel der Befragung <span class=\"required-marker\" "
					+ "aria-hidden=\"true\">*</span><span class=\"visually-hidden\">(Pflichtangabe)</span></label>")
			.contains("<p class=\"field-description\" id=\"f-surveyTitle-description\">Wird den Teilnehmenden")
			.contains("name=\"surveyTitle\" value=\"1. Befragung &quot;Integration&quot;\"")
			.contains("aria-describedby=\"f-surveyTitle-description\"")
			.contains("<label for=\"f-surveyCloseDate\">Befragungsende")
			.contains("<p class=\"required-note\">Mit * markierte Angaben sind Pflichtangaben.</p>")
			.doesNotContain("aria-invalid", "error-summary", "form-default-button");
		assertThat(tag(html, "f-surveyCloseDate")).contains("type=\"date\"", "name=\"surveyCloseDate\"", "value=\"\"",
				"min=\"2017-06-01\"", "required=\"required\"");
	}

	@Test
	void shouldShowErrorsNextToTheirFieldsAndSummarizeThemInGerman() {
		FormResult result = binder.bind(FormFixtures.form("design-survey"), Map.of(),
				params("surveyTitle", "Kurz", "surveyCloseDate", ""), GERMAN);

		String html = FormPages.render(result.view(), GERMAN);

		assertThat(html).contains("<h2 id=\"form-error-summary-title\">Bitte prüfen Sie die markierten Angaben.</h2>")
			.contains("<a href=\"#f-surveyTitle\">Titel der Befragung: Bitte geben Sie mindestens 5 Zeichen ein.</a>")
			.contains("<a href=\"#f-surveyCloseDate\">Befragungsende: Bitte füllen Sie dieses Feld aus.</a>")
			.contains(
					"<p class=\"field-error\" id=\"f-surveyTitle-error\">Bitte geben Sie mindestens 5 Zeichen ein.</p>")
			.contains("value=\"Kurz\"");
		assertThat(tag(html, "f-surveyTitle")).contains("aria-invalid=\"true\"",
				"aria-describedby=\"f-surveyTitle-description f-surveyTitle-error\"");
	}

	@Test
	void shouldShowErrorsAndOwnTextsInEnglish() {
		FormResult result = binder.bind(FormFixtures.form("set-up-working-groups"), Map.of(),
				params("_present", "workingGroups", "workingGroups[0].name", "AG 1", "workingGroups[0].topic", "",
						"workingGroups[0].lead", "ag-sprache"),
				Locale.ENGLISH);

		String html = FormPages.render(result.view(), Locale.ENGLISH);

		assertThat(html).contains("Please check the marked entries.")
			.contains("Arbeitsgruppen: entry 1, Themenfeld: Please fill in this field.")
			.contains(">Remove Arbeitsgruppen: entry 1</button>")
			.contains(">Arbeitsgruppen: add another entry</button>")
			.contains("<span class=\"visually-hidden\">(required)</span>")
			.contains("Entries marked * are required.");
	}

	@Test
	void shouldRenderRowButtonsThatSkipBrowserValidationAfterADefaultButton() {
		String html = FormPages.render(binder.render(FormFixtures.form("set-up-working-groups"), Map.of(), GERMAN),
				GERMAN);

		assertThat(html.indexOf("class=\"form-default-button\"")).isPositive()
			.isLessThan(html.indexOf("name=\"_action\""));
		assertThat(html).contains("<input type=\"hidden\" name=\"_present\" value=\"workingGroups\">")
			.containsPattern("<button [^>]*name=\"_action\" value=\"remove:workingGroups:0\"\\s+formnovalidate")
			.containsPattern("<button [^>]*name=\"_action\" value=\"add:workingGroups\" formnovalidate")
			.contains("<legend>Arbeitsgruppen: Eintrag 1</legend>")
			.contains("id=\"f-workingGroups-0-lead\" name=\"workingGroups[0].lead\"");
	}

	@Test
	void shouldGroupRadiosInAFieldsetWithLegendAndPresenceMarker() {
		String html = FormPages.render(binder.render(FormFixtures.form("approve-budget"),
				Map.of("budgetDecision", "cut", "measuresTotalCost", 149_000L, "measuresBudget", 100_000L), GERMAN),
				GERMAN);

		assertThat(html).contains("<legend>Entscheidung <span class=\"required-marker\"")
			.contains("<input type=\"hidden\" name=\"_present\" value=\"budgetDecision\">")
			.contains("<label for=\"f-budgetDecision-option-1\">Überschreitung genehmigen</label>")
			.contains("<h2>Budgetüberschreitung entscheiden</h2>")
			.contains("kosten <strong>149.000 €</strong>");
		assertThat(tag(html, "f-budgetDecision-option-2")).contains("name=\"budgetDecision\"", "value=\"cut\"",
				"checked=\"checked\"", "required=\"required\"");
	}

	@Test
	void shouldRenderACheckboxWithItsPresenceMarker() {
		String html = FormPages.render(
				binder.render(FormFixtures.form("conduct-conference"), Map.of("conferenceHeld", true), GERMAN), GERMAN);

		assertThat(html).contains("<input type=\"hidden\" name=\"_present\" value=\"conferenceHeld\">")
			.contains("<label for=\"f-conferenceHeld\">Die Konferenz hat stattgefunden</label>")
			.contains("id=\"f-attendance\" name=\"attendance\"");
		assertThat(tag(html, "f-conferenceHeld")).contains("type=\"checkbox\"", "value=\"true\"",
				"name=\"conferenceHeld\"", "checked=\"checked\"");
	}

	/** The start tag of the element with that id; attributes come in no fixed order. */
	private static String tag(String html, String id) {
		Matcher tag = Pattern.compile("<[a-z]+\\b[^>]* id=\"" + Pattern.quote(id) + "\"[^>]*>").matcher(html);
		assertThat(tag.find()).as(id).isTrue();
		return tag.group();
	}

	@Test
	void shouldGiveEveryControlOfEveryFormAUniqueIdAndALabel() {
		for (var path : FormFixtures.repositoryForms()) {
			FormDefinition form = FormFixtures.parse(path);
			String html = FormPages.render(
					binder
						.bind(form, Map.of("conferenceHeld", true, "councilDecision", "ADOPTED"),
								params("_present", "none"), GERMAN)
						.view(),
					GERMAN);

			List<String> ids = new ArrayList<>();
			Matcher id = ID.matcher(html);
			while (id.find()) {
				ids.add(id.group(1));
			}
			assertThat(ids).as(path.toString()).doesNotHaveDuplicates();
			Set<String> unlabelled = new HashSet<>();
			Matcher control = CONTROL.matcher(html);
			while (control.find()) {
				String tag = control.group();
				if (!tag.contains("type=\"hidden\"") && !tag.contains("type=\"submit\"")) {
					Matcher controlId = ID.matcher(tag);
					String forId = controlId.find() ? controlId.group(1) : "?";
					if (!html.contains("<label for=\"" + forId + "\">")) {
						unlabelled.add(forId);
					}
				}
			}
			assertThat(unlabelled).as(path.toString()).isEmpty();
		}
	}

	@Test
	void shouldEscapeWhatTheUserTyped() {
		FormResult result = binder.bind(FormFixtures.form("design-survey"), Map.of(),
				params("surveyTitle", "\"><script>alert(1)</script>", "surveyCloseDate", "x"), GERMAN);

		assertThat(FormPages.render(result.view(), GERMAN)).doesNotContain("<script>")
			.contains("value=\"&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\"");
	}

}
