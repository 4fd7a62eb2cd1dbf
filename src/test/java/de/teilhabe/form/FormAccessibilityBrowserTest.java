package de.teilhabe.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.WebDriver;

import de.teilhabe.Browser;
import de.teilhabe.BrowserTest;

/**
 * axe-core finds no violations in any form of the repository, as first shown and with
 * every error shown, in a page with the app's stylesheet. Needs Chromium and chromedriver
 * (see {@link BrowserTest}).
 */
@BrowserTest
class FormAccessibilityBrowserTest {

	/** Variables that make every conditional text and field of the forms visible. */
	private static final Map<String, Object> VARIABLES = Map.ofEntries(Map.entry("title", "Integrationskonzept"),
			Map.entry("surveyRounds", 2L), Map.entry("surveyRound", 1L), Map.entry("surveyResponses", 412L),
			Map.entry("topics", List.of("Gesundheit", "Erziehung und Bildung")),
			Map.entry("measures", List.of(Map.of("title", "Sprachcafé", "estimatedCost", 12_000L))),
			Map.entry("measureCount", 1L), Map.entry("reviewComment", "Bitte Kosten ergänzen."),
			Map.entry("rejectionReason", "Grußworte fehlen."), Map.entry("budgetComment", "Zu teuer."),
			Map.entry("conferenceHeld", true), Map.entry("councilDecision", "ADOPTED"),
			Map.entry("documentationApproved", false), Map.entry("resultsAccepted", false));

	private static WebDriver browser;

	@TempDir
	static Path pages;

	private static Browser chromium;

	@BeforeAll
	static void startBrowser() {
		chromium = new Browser(0);
		browser = chromium.driver();
	}

	@AfterAll
	static void stopBrowser() {
		if (chromium != null) {
			chromium.close();
		}
	}

	static Stream<Arguments> forms() {
		List<Arguments> forms = new ArrayList<>();
		FormFixtures.repositoryForms()
			.forEach(path -> forms.add(Arguments.of(path.getFileName().toString(), FormFixtures.parse(path))));
		forms.add(Arguments.of("all-types (fixture)", FormFixtures.fixture("all-types")));
		return forms.stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("forms")
	void shouldHaveNoAccessibilityViolations(String name, FormDefinition form) throws IOException {
		FormBinder binder = FormFixtures.binder();
		FormView shown = binder.render(form, VARIABLES, Locale.GERMAN);
		FormView withErrors = binder.bind(form, VARIABLES, FormFixtures.params("_present", "nothing"), Locale.GERMAN)
			.view();

		assertThat(violations(name, shown)).as("as first shown").isEmpty();
		assertThat(violations(name, withErrors)).as("with errors").isEmpty();
	}

	/** Guards against an axe set-up that silently checks nothing. */
	@Test
	void shouldNoticeAnInputWithoutLabel() throws IOException {
		assertThat(violations("unlabelled",
				"<!DOCTYPE html><html lang=\"de\"><head><title>x</title></head>"
						+ "<body><main><h1>x</h1><input type=\"text\" name=\"x\"></main></body></html>"))
			.anySatisfy(violation -> assertThat(violation).startsWith("label:"));
	}

	private static List<String> violations(String name, FormView view) throws IOException {
		return violations(name, FormPages.renderStyled(view, Locale.GERMAN));
	}

	private static List<String> violations(String name, String html) throws IOException {
		Path page = pages.resolve(name.replaceAll("[^a-z0-9.-]", "_") + ".html");
		Files.writeString(page, html);
		browser.get(page.toUri().toString());
		Results results = new AxeBuilder().analyze(browser);
		return results.getViolations().stream().map(FormAccessibilityBrowserTest::describe).toList();
	}

	private static String describe(Rule rule) {
		return rule.getId() + ": " + rule.getHelp() + " at "
				+ rule.getNodes()
					.stream()
					.map(node -> String.valueOf(node.getTarget()))
					.collect(Collectors.joining(", "));
	}

}
