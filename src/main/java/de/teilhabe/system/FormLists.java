package de.teilhabe.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.spin.json.SpinJsonNode;

/**
 * Reads a dynamic list of a Camunda Form: a list of maps from our own services, a JSON
 * value from a Camunda Forms client, or nothing when left empty.
 */
public final class FormLists {

	private FormLists() {
	}

	public static List<? extends Map<?, ?>> entries(Object value) {
		if (value == null) {
			return List.of();
		}
		if (value instanceof SpinJsonNode json) {
			return entries(json.mapTo(ArrayList.class));
		}
		if (value instanceof List<?> list) {
			return list.stream().map(entry -> {
				if (entry instanceof Map<?, ?> map) {
					return map;
				}
				throw new IllegalArgumentException("Not a form list entry: " + entry);
			}).toList();
		}
		throw new IllegalArgumentException("Not a form list: " + value.getClass().getName());
	}

}
