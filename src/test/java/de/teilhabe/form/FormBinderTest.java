package de.teilhabe.form;

import static de.teilhabe.form.FormFixtures.GERMAN;
import static de.teilhabe.form.FormFixtures.params;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.camunda.spin.Spin;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.util.MultiValueMap;

import de.teilhabe.form.FormView.Node;

class FormBinderTest {

	private final FormBinder binder = FormFixtures.binder();

	private final FormDefinition allTypes = FormFixtures.fixture("all-types");

	/** A valid submission of the all-types fixture, to change one parameter at a time. */
	private MultiValueMap<String, String> validAllTypes() {
		return params("title", "Sprachkurs", "code", "", "email", "", "phone", "", "notes", "", "count", "3", "share",
				"", "amount", "", "day", "", "deadline", "", "_present", "confirmed", "confirmed", "true", "_present",
				"public", "_present", "size", "colour", "", "_present", "days", "days", "MO", "_present", "tags",
				"keywords", "", "address.street", "", "address.city", "Leverkusen", "room", "");
	}

	private FormResult bindAllTypes(String name, String value) {
		MultiValueMap<String, String> params = validAllTypes();
		params.set(name, value);
		return binder.bind(allTypes, Map.of(), params, GERMAN);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> asMap(Object row) {
		return (Map<String, Object>) row;
	}

	private static String error(FormResult result, String name) {
		return result.view().field(name).orElseThrow().getError();
	}

	@Nested
	class Prefilling {

		@Test
		void shouldPrefillFieldsFromTheVariables() {
			FormView view = binder.render(FormFixtures.form("design-survey"), Map.of("title", "Integration",
					"surveyTitle", "1. Befragung", "surveyCloseDate", "2017-06-23T23:59:00"), GERMAN);

			assertThat(view.field("surveyTitle").orElseThrow().getValue()).isEqualTo("1. Befragung");
			assertThat(view.field("surveyCloseDate").orElseThrow().getValue()).isEqualTo("2017-06-23");
			assertThat(view.hasErrors()).isFalse();
		}

		@Test
		void shouldUseTheFormsDefaultsWhereAVariableIsMissing() {
			FormView view = binder.render(FormFixtures.form("start-participation"), Map.of(), GERMAN);

			assertThat(view.field("surveyRounds").orElseThrow().getValue()).isEqualTo("1");
			assertThat(view.field("title").orElseThrow().getValue()).isEmpty();
		}

		@Test
		void shouldPrefillEveryKindOfValue() {
			Map<String, Object> variables = new HashMap<>();
			variables.put("count", 7);
			variables.put("share", 12.5d);
			variables.put("confirmed", true);
			variables.put("public", false);
			variables.put("size", "L");
			variables.put("days", List.of("TU"));
			variables.put("keywords", List.of("Sprache", "Bildung"));
			variables.put("address", Map.of("city", "Leverkusen"));
			variables.put("room", "R 1");

			FormView view = binder.render(allTypes, variables, GERMAN);

			assertThat(view.field("count").orElseThrow().getValue()).isEqualTo("7");
			assertThat(view.field("share").orElseThrow().getValue()).isEqualTo("12.5");
			assertThat(view.field("confirmed").orElseThrow().isChecked()).isTrue();
			assertThat(view.field("public").orElseThrow().isChecked()).isFalse();
			assertThat(view.field("size").orElseThrow().getOptions()).extracting(FormView.Option::selected)
				.containsExactly(false, true);
			assertThat(view.field("days").orElseThrow().getOptions()).extracting(FormView.Option::selected)
				.containsExactly(false, true);
			assertThat(view.field("keywords").orElseThrow().getValue()).isEqualTo("Sprache\nBildung");
			assertThat(view.field("address.city").orElseThrow().getValue()).isEqualTo("Leverkusen");
			assertThat(view.field("room").orElseThrow().getValue()).isEqualTo("R 1");
			assertThat(view.field("colour").orElseThrow().getOptions()).extracting(FormView.Option::selected)
				.containsExactly(true, false);
		}

		@Test
		void shouldPrefillADynamicListFromASpinJsonVariable() {
			Map<String, Object> variables = Map.of("goals",
					Spin.JSON("[{\"title\": \"Mehr Kinder erreichen\", \"description\": \"Kitas\"},"
							+ " {\"title\": \"Eltern einbinden\"}]"),
					"measures", List.of());

			FormView view = binder.render(FormFixtures.form("record-wg-results"), variables, GERMAN);

			assertThat(view.field("goals[0].title").orElseThrow().getValue()).isEqualTo("Mehr Kinder erreichen");
			assertThat(view.field("goals[0].description").orElseThrow().getValue()).isEqualTo("Kitas");
			assertThat(view.field("goals[1].title").orElseThrow().getId()).isEqualTo("f-goals-1-title");
			// an empty list shows its default repetitions
			assertThat(view.field("measures[0].title")).isPresent();
			assertThat(view.field("measures[1].title")).isEmpty();
		}

	}

	@Nested
	class TypedValues {

		@Test
		void shouldTypeEveryField() {
			MultiValueMap<String, String> params = validAllTypes();
			params.set("notes", "Zeile 1\r\nZeile 2");
			params.set("share", "12,5");
			params.set("amount", "7.0");
			params.set("day", "2017-06-30");
			params.set("deadline", "30.06.2017");
			params.set("size", "S");
			params.set("colour", "blue");
			params.add("days", "TU");
			params.set("tags", "work");
			params.set("keywords", " Sprache \r\n\r\nBildung\r\nSprache");
			params.set("address.street", "Friedrich-Ebert-Platz 1");
			params.set("room", "Ratssaal");
			params.set("fixed", "forged");
			params.set("off", "forged");

			FormResult result = binder.bind(allTypes, Map.of("fixed", "vom Prozess"), params, GERMAN);

			assertThat(result.view().getErrors()).isEmpty();
			assertThat(result.valid()).isTrue();
			assertThat(result.rowChanged()).isFalse();
			Map<String, Object> values = result.values();
			assertThat(values).containsEntry("title", "Sprachkurs")
				.containsEntry("notes", "Zeile 1\nZeile 2")
				.containsEntry("count", 3L)
				.containsEntry("share", 12.5d)
				.containsEntry("amount", 7L)
				.containsEntry("day", "2017-06-30")
				.containsEntry("deadline", "2017-06-30")
				.containsEntry("confirmed", true)
				.containsEntry("public", false)
				.containsEntry("size", "S")
				.containsEntry("colour", "blue")
				.containsEntry("days", List.of("MO", "TU"))
				.containsEntry("tags", List.of("work"))
				.containsEntry("keywords", List.of("Sprache", "Bildung"))
				.containsEntry("address", Map.of("street", "Friedrich-Ebert-Platz 1", "city", "Leverkusen"))
				.containsEntry("room", "Ratssaal")
				.containsEntry("fixed", "vom Prozess")
				.doesNotContainKey("off");
			assertThat(values.get("days")).isInstanceOf(ArrayList.class);
		}

		@Test
		void shouldTurnBlankFieldsIntoNull() {
			FormResult result = binder.bind(allTypes, Map.of(), validAllTypes(), GERMAN);

			assertThat(result.valid()).isTrue();
			assertThat(result.values()).containsEntry("notes", null)
				.containsEntry("code", null)
				.containsEntry("share", null)
				.containsEntry("day", null)
				.containsEntry("size", null)
				.containsEntry("colour", null)
				.containsEntry("tags", List.of())
				.containsEntry("keywords", List.of());
		}

		@Test
		void shouldKeepAFractionAsDouble() {
			assertThat(bindAllTypes("amount", "0.25").values()).containsEntry("amount", 0.25d);
			assertThat(bindAllTypes("amount", "-3").values()).containsEntry("amount", -3L);
		}

	}

	@Nested
	class Validation {

		@Test
		void shouldRequireEveryKindOfField() {
			MultiValueMap<String, String> params = validAllTypes();
			params.set("title", "  ");
			params.remove("confirmed");
			params.remove("days");
			params.set("address.city", "");

			FormResult result = binder.bind(allTypes, Map.of(), params, GERMAN);

			assertThat(result.valid()).isFalse();
			assertThat(result.values()).isEmpty();
			assertThat(error(result, "title")).isEqualTo("Bitte füllen Sie dieses Feld aus.");
			assertThat(error(result, "confirmed")).isEqualTo("Bitte bestätigen Sie dies mit einem Haken.");
			assertThat(error(result, "days")).isEqualTo("Bitte wählen Sie mindestens einen Eintrag aus.");
			assertThat(error(result, "address.city")).isEqualTo("Bitte füllen Sie dieses Feld aus.");
			assertThat(result.view().getErrors()).extracting(FormView.ErrorLink::fieldId)
				.containsExactly("f-title", "f-confirmed", "f-days-option-1", "f-address-city");
			assertThat(result.view().getErrors().get(0).text()).isEqualTo("Titel: Bitte füllen Sie dieses Feld aus.");
		}

		@Test
		void shouldRequireAChoiceOfRadiosAndSelects() {
			FormResult budget = binder.bind(FormFixtures.form("approve-budget"), Map.of(),
					params("_present", "budgetDecision", "budgetComment", "Zu teuer, bitte kürzen."), GERMAN);
			FormResult council = binder.bind(FormFixtures.form("record-council-decision"), Map.of(),
					params("councilDecision", "", "decisionNotes", ""), GERMAN);

			assertThat(error(budget, "budgetDecision")).isEqualTo("Bitte wählen Sie eine Möglichkeit aus.");
			assertThat(error(council, "councilDecision")).isEqualTo("Bitte wählen Sie eine Möglichkeit aus.");
		}

		@Test
		void shouldCheckMinAndMaxLength() {
			assertThat(error(bindAllTypes("title", "Kurs"), "title"))
				.isEqualTo("Bitte geben Sie mindestens 5 Zeichen ein.");
			assertThat(error(bindAllTypes("title", "x".repeat(21)), "title"))
				.isEqualTo("Bitte geben Sie höchstens 20 Zeichen ein.");
			assertThat(bindAllTypes("title", "x".repeat(20)).valid()).isTrue();
		}

		@Test
		void shouldCapFreeTextWithoutMaxLength() {
			FormResult result = bindAllTypes("notes", "x".repeat(10_001));

			assertThat(error(result, "notes")).isEqualTo("Bitte geben Sie höchstens 10.000 Zeichen ein.");
			assertThat(result.view().field("notes").orElseThrow().getMaxLength()).isEqualTo(10_000);
			assertThat(bindAllTypes("notes", "x".repeat(10_000)).valid()).isTrue();
		}

		@Test
		void shouldCountALineBreakAsOneCharacterAsTheBrowserDoes() {
			FormDefinition form = FormFixtures.form("approve-budget");
			String comment = "a".repeat(1000) + "\r\n" + "b".repeat(999);

			FormResult result = binder.bind(form, Map.of(),
					params("_present", "budgetDecision", "budgetDecision", "cut", "budgetComment", comment), GERMAN);

			assertThat(result.valid()).isTrue();
		}

		@Test
		void shouldMatchPatternsAnywhereInTheValueLikeRegExpTest() {
			assertThat(error(bindAllTypes("code", "ab-12"), "code"))
				.isEqualTo("Die Eingabe hat nicht das erwartete Format; siehe den Hinweis zum Feld.");
			assertThat(bindAllTypes("code", "AB-12").values()).containsEntry("code", "AB-12");

			FormDefinition unanchored = new FormParser().parse("""
					{ "id": "Form_Pattern", "components": [ { "id": "Field_Ref", "type": "textfield",
					  "key": "ref", "label": "Aktenzeichen", "validate": { "pattern": "[0-9]{4}" } } ] }""");
			assertThat(binder.bind(unanchored, Map.of(), params("ref", "Az. 2017/1893"), GERMAN).valid()).isTrue();
			assertThat(binder.bind(unanchored, Map.of(), params("ref", "Az. 17"), GERMAN).valid()).isFalse();
		}

		@Test
		void shouldCheckEmailAndPhone() {
			assertThat(error(bindAllTypes("email", "koordination@"), "email"))
				.isEqualTo("Bitte geben Sie eine E-Mail-Adresse wie name@beispiel.de ein.");
			assertThat(bindAllTypes("email", "ki@stadt.leverkusen.de").valid()).isTrue();
			assertThat(error(bindAllTypes("phone", "0214 406"), "phone"))
				.startsWith("Bitte geben Sie eine Telefonnummer");
			assertThat(bindAllTypes("phone", "+49 214 406-0").valid()).isTrue();
		}

		@Test
		void shouldCheckMinAndMax() {
			assertThat(error(bindAllTypes("count", "0"), "count")).isEqualTo("Der Wert muss mindestens 1 betragen.");
			assertThat(error(bindAllTypes("count", "11"), "count")).isEqualTo("Der Wert darf höchstens 10 betragen.");
			assertThat(bindAllTypes("count", "10").values()).containsEntry("count", 10L);
		}

		@Test
		void shouldRejectWhatIsNotANumber() {
			FormResult result = bindAllTypes("count", "zwölf");

			assertThat(error(result, "count")).isEqualTo("Bitte geben Sie eine Zahl ein.");
			assertThat(result.view().field("count").orElseThrow().getValue()).isEqualTo("zwölf");
			assertThat(error(bindAllTypes("count", "2.5"), "count"))
				.isEqualTo("Bitte geben Sie eine ganze Zahl ohne Nachkommastellen ein.");
			assertThat(error(bindAllTypes("share", "1.125"), "share"))
				.isEqualTo("Bitte geben Sie höchstens 2 Nachkommastellen ein.");
			assertThat(error(bindAllTypes("amount", "1e5"), "amount")).isEqualTo("Bitte geben Sie eine Zahl ein.");
		}

		@Test
		void shouldRejectWhatIsNotADate() {
			assertThat(error(bindAllTypes("day", "2017-02-30"), "day"))
				.isEqualTo("Bitte geben Sie ein gültiges Datum ein, z. B. 30.06.2017.");
			assertThat(error(bindAllTypes("day", "morgen"), "day")).startsWith("Bitte geben Sie ein gültiges Datum");
			assertThat(error(bindAllTypes("deadline", "2017-05-31"), "deadline"))
				.isEqualTo("Das Datum darf nicht in der Vergangenheit liegen.");
			assertThat(bindAllTypes("deadline", "2017-06-01").valid()).isTrue();
		}

		@Test
		void shouldRejectAValueThatIsNotAnOption() {
			String notOffered = "Bitte wählen Sie eine der angebotenen Möglichkeiten.";
			assertThat(error(bindAllTypes("size", "XL"), "size")).isEqualTo(notOffered);
			assertThat(error(bindAllTypes("colour", "green"), "colour")).isEqualTo(notOffered);
			assertThat(error(bindAllTypes("days", "SU"), "days")).isEqualTo(notOffered);
			assertThat(error(bindAllTypes("tags", "<script>"), "tags")).isEqualTo(notOffered);
		}

		@Test
		void shouldTranslateErrorsIntoEnglish() {
			MultiValueMap<String, String> params = validAllTypes();
			params.set("title", "");
			params.set("count", "99");

			FormResult result = binder.bind(allTypes, Map.of(), params, Locale.ENGLISH);

			assertThat(error(result, "title")).isEqualTo("Please fill in this field.");
			assertThat(error(result, "count")).isEqualTo("The value must be at most 10.");
			assertThat(result.view().getTexts().getSummaryTitle()).isEqualTo("Please check the marked entries.");
		}

		@Test
		void shouldNotValidateReadonlyFields() {
			FormResult result = binder.bind(allTypes, Map.of(), validAllTypes(), GERMAN);

			assertThat(result.view().field("fixed").orElseThrow().isRequired()).isFalse();
			assertThat(result.valid()).isTrue();
		}

	}

	@Nested
	class DynamicLists {

		private final FormDefinition groups = FormFixtures.form("set-up-working-groups");

		private MultiValueMap<String, String> twoGroups() {
			return params("_present", "workingGroups", "workingGroups[0].name", "AG 1: Sprache",
					"workingGroups[0].topic", "Sprache/Sprachförderung", "workingGroups[0].lead", "ag-sprache",
					"workingGroups[1].name", "AG 2: Bildung", "workingGroups[1].topic", "Erziehung und Bildung",
					"workingGroups[1].lead", "ag-bildung");
		}

		@Test
		void shouldBindRowsAsAListOfMaps() {
			FormResult result = binder.bind(groups, Map.of(), twoGroups(), GERMAN);

			assertThat(result.valid()).isTrue();
			assertThat(result.values().get("workingGroups")).isInstanceOf(ArrayList.class)
				.isEqualTo(List.of(
						Map.of("name", "AG 1: Sprache", "topic", "Sprache/Sprachförderung", "lead", "ag-sprache"),
						Map.of("name", "AG 2: Bildung", "topic", "Erziehung und Bildung", "lead", "ag-bildung")));
		}

		@Test
		void shouldAddARowWithoutCompleting() {
			MultiValueMap<String, String> params = twoGroups();
			params.add("_action", "add:workingGroups");

			FormResult result = binder.bind(groups, Map.of(), params, GERMAN);

			assertThat(result.rowChanged()).isTrue();
			assertThat(result.valid()).isFalse();
			assertThat(result.values()).isEmpty();
			assertThat(result.view().hasErrors()).isFalse();
			assertThat(result.view().field("workingGroups[1].name").orElseThrow().getValue())
				.isEqualTo("AG 2: Bildung");
			assertThat(result.view().field("workingGroups[2].name").orElseThrow().getValue()).isEmpty();
			Node list = result.view().getComponents().get(1);
			assertThat(list.getRows()).hasSize(3);
			assertThat(list.getRows().get(2).getRemoveAction()).isEqualTo("remove:workingGroups:2");
			assertThat(list.getRows().get(2).getLegend()).isEqualTo("Arbeitsgruppen: Eintrag 3");
			assertThat(list.getAddAction()).isEqualTo("add:workingGroups");
		}

		@Test
		void shouldRemoveARowAndRenumberTheRest() {
			MultiValueMap<String, String> params = twoGroups();
			params.add("_action", "remove:workingGroups:0");

			FormResult result = binder.bind(groups, Map.of(), params, GERMAN);

			assertThat(result.rowChanged()).isTrue();
			assertThat(result.view().field("workingGroups[0].name").orElseThrow().getValue())
				.isEqualTo("AG 2: Bildung");
			assertThat(result.view().field("workingGroups[0].name").orElseThrow().getId())
				.isEqualTo("f-workingGroups-0-name");
			assertThat(result.view().field("workingGroups[1].name")).isEmpty();
		}

		@Test
		void shouldRemoveTheLastRowSoTheListIsEmpty() {
			MultiValueMap<String, String> params = params("_present", "workingGroups", "workingGroups[0].name", "",
					"workingGroups[0].topic", "", "workingGroups[0].lead", "", "_action", "remove:workingGroups:0");
			FormResult removed = binder.bind(groups, Map.of(), params, GERMAN);
			assertThat(removed.view().getComponents().get(1).getRows()).isEmpty();

			FormResult submitted = binder.bind(groups, Map.of(), params("_present", "workingGroups"), GERMAN);
			assertThat(submitted.valid()).isTrue();
			assertThat(submitted.values()).containsEntry("workingGroups", List.of());
		}

		@Test
		void shouldDropCompletelyEmptyRowsWithoutValidatingThem() {
			MultiValueMap<String, String> params = twoGroups();
			params.add("workingGroups[2].name", "");
			params.add("workingGroups[2].topic", " ");
			params.add("workingGroups[2].lead", "");

			FormResult result = binder.bind(groups, Map.of(), params, GERMAN);

			assertThat(result.valid()).isTrue();
			assertThat((List<?>) result.values().get("workingGroups")).hasSize(2);
		}

		@Test
		void shouldValidateRowsThatAreFilledIn() {
			MultiValueMap<String, String> params = twoGroups();
			params.set("workingGroups[1].lead", "Frau Yılmaz");

			FormResult result = binder.bind(groups, Map.of(), params, GERMAN);

			assertThat(result.valid()).isFalse();
			assertThat(error(result, "workingGroups[1].lead")).startsWith("Die Eingabe hat nicht das erwartete Format");
			assertThat(result.view().getErrors()).singleElement().satisfies(link -> {
				assertThat(link.fieldId()).isEqualTo("f-workingGroups-1-lead");
				assertThat(link.text())
					.startsWith("Arbeitsgruppen: Eintrag 2, AG-Leitung (Benutzerkennung): Die Eingabe hat nicht");
			});
			assertThat(result.view().field("workingGroups[1].lead").orElseThrow().getValue()).isEqualTo("Frau Yılmaz");
		}

		@Test
		void shouldIgnoreRowIndicesBeyondTheCap() {
			MultiValueMap<String, String> params = twoGroups();
			params.add("workingGroups[99999].name", "zu viel");
			params.add("workingGroups[100].name", "zu viel");

			FormResult result = binder.bind(groups, Map.of(), params, GERMAN);

			assertThat(result.view().getComponents().get(1).getRows()).hasSize(2);
		}

		@Test
		void shouldKeepTheVariableListWhenTheListWasNotSubmitted() {
			FormView view = binder.render(groups, Map.of("workingGroups",
					List.of(Map.of("name", "AG 1", "topic", "Gesundheit", "lead", "ag-gesundheit"))), GERMAN);

			assertThat(view.field("workingGroups[0].topic").orElseThrow().getValue()).isEqualTo("Gesundheit");
			assertThat(view.isDefaultButtonNeeded()).isTrue();
		}

		@Test
		void shouldDropTheEmptyDefaultRowOfMeasures() {
			MultiValueMap<String, String> params = params("_present", "goals", "goals[0].title", "Sprache fördern",
					"goals[0].description", "", "_present", "measures", "measures[0].title", "",
					"measures[0].description", "", "measures[0].responsibleBody", "", "measures[0].partners", "",
					"measures[0].estimatedCost", "", "measures[0].priority", "", "measures[0].timeframe", "",
					"measures[0].goal", "");

			FormResult result = binder.bind(FormFixtures.form("record-wg-results"), Map.of(), params, GERMAN);

			assertThat(result.valid()).isTrue();
			assertThat(result.values()).containsEntry("measures", List.of());
			assertThat((List<?>) result.values().get("goals")).singleElement()
				.satisfies(row -> assertThat(asMap(row)).containsEntry("title", "Sprache fördern")
					.containsEntry("description", null));
		}

		@Test
		void shouldTypeNumbersAndSelectsInRows() {
			MultiValueMap<String, String> params = params("_present", "goals", "_present", "measures",
					"measures[0].title", "Sprachcafé", "measures[0].description", "Wöchentliches Treffen",
					"measures[0].responsibleBody", "KI", "measures[0].estimatedCost", "12000", "measures[0].priority",
					"HIGH", "measures[0].timeframe", "2018", "measures[0].goal", "");

			FormResult result = binder.bind(FormFixtures.form("record-wg-results"), Map.of(), params, GERMAN);

			assertThat(result.valid()).isTrue();
			assertThat((List<?>) result.values().get("measures")).singleElement()
				.satisfies(row -> assertThat(asMap(row)).containsEntry("estimatedCost", 12000L)
					.containsEntry("priority", "HIGH")
					.containsEntry("partners", null));
		}

		@Test
		void shouldHideAFieldByAValueOfItsOwnRow() {
			FormDefinition form = new FormParser().parse("""
					{ "id": "Form_Rows", "components": [ { "id": "List_Items", "type": "dynamiclist",
					  "label": "Posten", "path": "items", "allowAddRemove": true, "defaultRepetitions": 1,
					  "components": [
					    { "id": "Field_Name", "type": "textfield", "key": "name", "label": "Posten" },
					    { "id": "Field_Free", "type": "checkbox", "key": "free", "label": "kostenlos" },
					    { "id": "Field_Cost", "type": "number", "key": "cost", "label": "Kosten",
					      "validate": { "required": true }, "conditional": { "hide": "=free" } } ] } ] }""");

			FormResult result = binder.bind(form, Map.of(),
					params("_present", "items", "_present", "items[0].free", "items[0].name", "Saal", "items[0].free",
							"true", "_present", "items[1].free", "items[1].name", "Technik", "items[1].cost", ""),
					GERMAN);

			assertThat(result.view().field("items[0].cost")).isEmpty();
			assertThat(error(result, "items[1].cost")).isEqualTo("Bitte füllen Sie dieses Feld aus.");
		}

		@Test
		void shouldAddARowToAListInsideARow() {
			FormDefinition form = new FormParser()
				.parse("""
						{ "id": "Form_Nested", "components": [ { "id": "List_Goals", "type": "dynamiclist",
						  "label": "Ziele", "path": "goals", "allowAddRemove": true,
						  "components": [
						    { "id": "Field_Title", "type": "textfield", "key": "title", "label": "Ziel" },
						    { "id": "List_Steps", "type": "dynamiclist", "label": "Schritte", "path": "steps",
						      "allowAddRemove": true, "defaultRepetitions": 0,
						      "components": [ { "id": "Field_Step", "type": "textfield", "key": "step", "label": "Schritt" } ] }
						  ] } ] }""");
			MultiValueMap<String, String> params = params("_present", "goals", "goals[0].title", "Sprache", "_present",
					"goals[0].steps", "goals[0].steps[0].step", "Kurs planen", "goals[1].title", "Arbeit", "_present",
					"goals[1].steps");

			params.add("_action", "add:goals[1].steps");
			FormResult added = binder.bind(form, Map.of(), params, GERMAN);
			params.remove("_action");
			FormResult submitted = binder.bind(form, Map.of(), params, GERMAN);

			assertThat(added.rowChanged()).isTrue();
			assertThat(added.view().field("goals[1].steps[0].step").orElseThrow().getId())
				.isEqualTo("f-goals-1-steps-0-step");
			assertThat(added.view().field("goals[0].steps[0].step").orElseThrow().getValue()).isEqualTo("Kurs planen");
			assertThat(submitted.values().get("goals"))
				.isEqualTo(List.of(Map.of("title", "Sprache", "steps", List.of(Map.of("step", "Kurs planen"))),
						Map.of("title", "Arbeit", "steps", List.of())));
		}

	}

	@Nested
	class Conditions {

		private final FormDefinition conduct = FormFixtures.form("conduct-conference");

		@Test
		void shouldHideAttendanceWhileTheConferenceIsNotMarkedAsHeld() {
			assertThat(binder.render(conduct, Map.of(), GERMAN).field("attendance")).isEmpty();
			assertThat(binder.render(conduct, Map.of("conferenceHeld", true), GERMAN).field("attendance")).isPresent();
		}

		@Test
		void shouldNotValidateNorSubmitAHiddenRequiredField() {
			FormResult result = binder.bind(conduct, Map.of(), params("_present", "conferenceHeld"), GERMAN);

			assertThat(result.valid()).isTrue();
			assertThat(result.values()).containsExactly(Map.entry("conferenceHeld", false));
		}

		@Test
		void shouldAskForAttendanceOnceTheConferenceIsMarkedAsHeld() {
			FormResult missing = binder.bind(conduct, Map.of(),
					params("_present", "conferenceHeld", "conferenceHeld", "true"), GERMAN);
			FormResult complete = binder.bind(conduct, Map.of(),
					params("_present", "conferenceHeld", "conferenceHeld", "true", "attendance", "124"), GERMAN);

			assertThat(missing.valid()).isFalse();
			assertThat(error(missing, "attendance")).isEqualTo("Bitte füllen Sie dieses Feld aus.");
			assertThat(complete.values()).containsEntry("conferenceHeld", true).containsEntry("attendance", 124L);
		}

		@Test
		void shouldAskForTheApprovedBudgetOnlyWhenTheCouncilAdopted() {
			FormDefinition council = FormFixtures.form("record-council-decision");

			FormResult rejected = binder.bind(council, Map.of(),
					params("councilDecision", "REJECTED", "decisionNotes", "", "approvedBudget", "5"), GERMAN);
			FormResult adopted = binder.bind(council, Map.of(),
					params("councilDecision", "ADOPTED", "decisionNotes", ""), GERMAN);

			assertThat(rejected.valid()).isTrue();
			assertThat(rejected.values()).doesNotContainKey("approvedBudget");
			assertThat(error(adopted, "approvedBudget")).isEqualTo("Bitte füllen Sie dieses Feld aus.");
		}

		@Test
		void shouldAskForAReasonOnlyWhenTheDocumentationIsNotApproved() {
			FormDefinition approve = FormFixtures.form("approve-documentation");

			FormResult approved = binder.bind(approve, Map.of("documentationApproved", false),
					params("_present", "documentationApproved", "documentationApproved", "true"), GERMAN);
			FormResult returned = binder.bind(approve, Map.of(),
					params("_present", "documentationApproved", "rejectionReason", "kurz"), GERMAN);

			assertThat(approved.valid()).isTrue();
			assertThat(approved.values()).containsExactly(Map.entry("documentationApproved", true));
			assertThat(error(returned, "rejectionReason")).isEqualTo("Bitte geben Sie mindestens 10 Zeichen ein.");
		}

		@Test
		void shouldShowTheReturnedReasonOnlyWhenThereIsOne() {
			FormDefinition edit = FormFixtures.form("edit-documentation");

			assertThat(binder.render(edit, Map.of(), GERMAN).getComponents()).first()
				.satisfies(text -> assertThat(text.getHtml()).contains("Dokumentation redigieren"));
			assertThat(binder.render(edit, Map.of("rejectionReason", ""), GERMAN).getComponents()).hasSize(3);
			assertThat(binder.render(edit, Map.of("rejectionReason", "Grußworte ergänzen"), GERMAN).getComponents())
				.first()
				.satisfies(text -> assertThat(text.getHtml()).contains("Grußworte ergänzen"));
		}

	}

}
