package de.teilhabe.measure;

import java.util.Map;

/** A measure as a working group's lead entered it in the results form. */
public record NewMeasure(String title, String description, String responsibleBody, String partners, long estimatedCost,
		Priority priority, String timeframe, String goal) {

	/** Reads one entry of the form's {@code measures} list. */
	public static NewMeasure fromForm(Map<?, ?> entry) {
		Object cost = entry.get("estimatedCost");
		long estimatedCost;
		if (cost instanceof Number number) {
			estimatedCost = Math.round(number.doubleValue());
		}
		else if (cost == null || cost.toString().isBlank()) {
			estimatedCost = 0;
		}
		else {
			estimatedCost = Math.round(Double.parseDouble(cost.toString().strip()));
		}
		return new NewMeasure(text(entry, "title"), text(entry, "description"), text(entry, "responsibleBody"),
				text(entry, "partners"), estimatedCost, Priority.parse(entry.get("priority")), text(entry, "timeframe"),
				text(entry, "goal"));
	}

	private static String text(Map<?, ?> entry, String key) {
		Object value = entry.get(key);
		return value == null || value.toString().isBlank() ? null : value.toString().strip();
	}

}
