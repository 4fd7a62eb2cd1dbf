package de.teilhabe.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class FormParserTest {

	/**
	 * The build-time guard: a form in forms/ with a component Teilhabe cannot render
	 * fails the build here.
	 */
	@Test
	void shouldSupportEveryComponentOfEveryFormInTheRepository() {
		List<Path> forms = FormFixtures.repositoryForms();
		assertThat(forms).hasSizeGreaterThanOrEqualTo(20);

		Set<ComponentType> used = EnumSet.noneOf(ComponentType.class);
		for (Path form : forms) {
			assertThatCode(() -> collectTypes(FormFixtures.parse(form).components(), used)).as(form.toString())
				.doesNotThrowAnyException();
		}
		assertThat(used).contains(ComponentType.TEXTFIELD, ComponentType.TEXTAREA, ComponentType.NUMBER,
				ComponentType.DATETIME, ComponentType.CHECKBOX, ComponentType.RADIO, ComponentType.SELECT,
				ComponentType.TAGLIST, ComponentType.TEXT, ComponentType.DYNAMICLIST);
	}

	/**
	 * A field without a label would show its key, a variable name, to the person filling
	 * it in.
	 */
	@Test
	void shouldLabelEveryFieldOfEveryFormInTheRepository() {
		for (Path form : FormFixtures.repositoryForms()) {
			List<String> unlabelled = new ArrayList<>();
			collectUnlabelled(FormFixtures.parse(form).components(), unlabelled);
			assertThat(unlabelled).as(form.toString()).isEmpty();
		}
	}

	private static void collectUnlabelled(List<FormComponent> components, List<String> unlabelled) {
		for (FormComponent c : components) {
			if (c.type().isField() && (c.label() == null || c.label().isBlank())) {
				unlabelled.add(c.key());
			}
			collectUnlabelled(c.components(), unlabelled);
		}
	}

	@Test
	void shouldRejectAComponentTypeItCannotRender() {
		assertThatThrownBy(() -> FormFixtures.fixture("filepicker")).isInstanceOf(UnsupportedFormFieldException.class)
			.hasMessageContaining("filepicker")
			.hasMessageContaining("Field_Attachment");
	}

	@Test
	void shouldRejectAnUnsupportedComponentInsideAGroup() {
		assertThatThrownBy(() -> FormFixtures.fixture("nested-unsupported"))
			.isInstanceOf(UnsupportedFormFieldException.class)
			.hasMessageContaining("\"button\"");
	}

	@Test
	void shouldRejectADatetimeWithATime() {
		assertThatThrownBy(() -> parse("""
				{ "id": "Field_At", "type": "datetime", "subtype": "datetime", "key": "at", "dateLabel": "Am" }"""))
			.isInstanceOf(UnsupportedFormFieldException.class)
			.hasMessageContaining("only dates");
	}

	@Test
	void shouldRejectOptionsFromVariables() {
		assertThatThrownBy(() -> parse("""
				{ "id": "Field_Lead", "type": "select", "key": "lead", "label": "Leitung", "valuesKey": "leads" }"""))
			.isInstanceOf(UnsupportedFormFieldException.class)
			.hasMessageContaining("static values");
	}

	@Test
	void shouldRejectAKeyThatCouldCollideWithItsOwnParameters() {
		assertThatThrownBy(() -> parse("""
				{ "id": "Field_Action", "type": "textfield", "key": "_action", "label": "Aktion" }"""))
			.isInstanceOf(UnsupportedFormFieldException.class)
			.hasMessageContaining("_action");
	}

	@Test
	void shouldRejectAFieldWithoutKey() {
		assertThatThrownBy(() -> parse("""
				{ "id": "Field_NoKey", "type": "textfield", "label": "Ohne Schlüssel" }"""))
			.isInstanceOf(UnsupportedFormFieldException.class)
			.hasMessageContaining("no key");
	}

	@Test
	void shouldReadLabelsConstraintsAndConditions() {
		FormDefinition form = FormFixtures.form("plan-conference");

		FormComponent date = component(form, "conferenceDate");
		assertThat(date.label()).isEqualTo("Datum");
		assertThat(date.disallowPassedDates()).isTrue();
		assertThat(component(form, "conferenceStart").validate().pattern().pattern())
			.isEqualTo("^([01][0-9]|2[0-3]):[0-5][0-9]$");
		FormComponent capacity = component(form, "capacity");
		assertThat(capacity.validate().min()).isEqualByComparingTo(BigDecimal.ONE);
		assertThat(capacity.validate().max()).isEqualByComparingTo("10000");
		assertThat(capacity.decimalDigits()).isZero();
		assertThat(component(FormFixtures.form("conduct-conference"), "attendance").hide())
			.isEqualTo("=not(conferenceHeld = true)");
		assertThat(component(FormFixtures.form("start-participation"), "measuresBudget").suffix()).isEqualTo("€");
	}

	@Test
	void shouldMoveTheHighestMarkdownHeadingOfAFormToH2() {
		assertThat(FormFixtures.form("start-participation").headingShift()).isEqualTo(-2);
		assertThat(FormFixtures.form("record-wg-results").headingShift()).isEqualTo(-1);
		assertThat(FormFixtures.form("design-survey").headingShift()).isZero();
		assertThat(FormFixtures.fixture("all-types").headingShift()).isEqualTo(1);
	}

	private static FormDefinition parse(String component) {
		return new FormParser().parse("{ \"id\": \"Form_Test\", \"components\": [" + component + "] }");
	}

	private static FormComponent component(FormDefinition form, String key) {
		return form.components().stream().filter(c -> key.equals(c.key())).findFirst().orElseThrow();
	}

	private static void collectTypes(List<FormComponent> components, Set<ComponentType> into) {
		for (FormComponent component : components) {
			into.add(component.type());
			collectTypes(component.components(), into);
		}
	}

}
