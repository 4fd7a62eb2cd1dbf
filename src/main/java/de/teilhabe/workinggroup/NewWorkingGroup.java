package de.teilhabe.workinggroup;

import java.util.Map;

/** One entry of the coordinator's "Arbeitsgruppen einrichten" form. */
public record NewWorkingGroup(String name, String topic, String lead) {

	static NewWorkingGroup fromForm(Map<?, ?> entry) {
		return new NewWorkingGroup(text(entry.get("name")), text(entry.get("topic")), text(entry.get("lead")));
	}

	private static String text(Object value) {
		return value == null ? null : value.toString().strip();
	}

}
