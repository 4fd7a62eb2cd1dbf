package de.teilhabe.survey;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;

import org.springframework.validation.Errors;

/**
 * The optional open date of a survey as typed: a {@code datetime-local} value, or a plain
 * date meaning midnight; empty clears it.
 */
class OpeningForm {

	private String opensAt = "";

	public String getOpensAt() {
		return opensAt;
	}

	public void setOpensAt(String opensAt) {
		this.opensAt = opensAt == null ? "" : opensAt;
	}

	/** The moment typed, or null for none; an error on the field if it is no date. */
	LocalDateTime at(Errors errors) {
		String value = opensAt.strip();
		if (value.isEmpty()) {
			return null;
		}
		try {
			return value.length() == 10 ? LocalDate.parse(value).atStartOfDay() : LocalDateTime.parse(value);
		}
		catch (DateTimeParseException ex) {
			errors.rejectValue("opensAt", "survey.editor.opensAtInvalid");
			return null;
		}
	}

}
