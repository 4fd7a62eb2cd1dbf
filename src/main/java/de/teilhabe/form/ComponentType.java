package de.teilhabe.form;

import java.util.Arrays;

/**
 * The Camunda Forms component types the server-side renderer supports; any other fails
 * parsing.
 */
enum ComponentType {

	TEXTFIELD("textfield"), TEXTAREA("textarea"), NUMBER("number"), DATETIME("datetime"), CHECKBOX("checkbox"),
	RADIO("radio"), SELECT("select"), CHECKLIST("checklist"), TAGLIST("taglist"), TEXT("text"), GROUP("group"),
	DYNAMICLIST("dynamiclist");

	private final String json;

	ComponentType(String json) {
		this.json = json;
	}

	String json() {
		return json;
	}

	/** Fields hold a value under their key; groups, lists and texts do not. */
	boolean isField() {
		return this != TEXT && this != GROUP && this != DYNAMICLIST;
	}

	/** Fields whose value is a list of option values. */
	boolean isMultiple() {
		return this == CHECKLIST || this == TAGLIST;
	}

	/** Fields whose value must be one of their static options. */
	boolean hasOptions() {
		return this == RADIO || this == SELECT || this == CHECKLIST || this == TAGLIST;
	}

	static ComponentType of(String json, String componentId) {
		return Arrays.stream(values())
			.filter(type -> type.json.equals(json))
			.findFirst()
			.orElseThrow(() -> new UnsupportedFormFieldException(
					"Component " + componentId + " has type \"" + json + "\", which Teilhabe cannot render"));
	}

}
