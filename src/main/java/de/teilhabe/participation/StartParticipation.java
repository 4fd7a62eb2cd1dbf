package de.teilhabe.participation;

import java.time.LocalDate;
import java.util.Map;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import de.teilhabe.system.FormValues;

/**
 * What a coordinator enters to start a participation process. Messages come from
 * messages*.properties.
 */
public record StartParticipation(@NotBlank @Size(max = 200) String title, @NotBlank @Size(max = 200) String organiser,
		@NotBlank @Size(max = 200) String topicArea,
		@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate plannedStart,
		@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate plannedEnd,
		@NotNull @Min(1) @Max(3) Integer surveyRounds, @NotNull @Min(0) @Max(1_000_000_000) Long measuresBudget,
		@NotBlank @Size(max = 200) String politicalBody) {

	/**
	 * The values of the start form (start-participation.form), as the form binding typed
	 * them.
	 */
	static StartParticipation fromForm(Map<String, Object> values) {
		return new StartParticipation((String) values.get("title"), (String) values.get("organiser"),
				(String) values.get("topicArea"), date(values.get("plannedStart")), date(values.get("plannedEnd")),
				whole(values.get("surveyRounds")) == null ? null : whole(values.get("surveyRounds")).intValue(),
				whole(values.get("measuresBudget")), (String) values.get("politicalBody"));
	}

	private static LocalDate date(Object value) {
		return value == null ? null : FormValues.day(value.toString());
	}

	private static Long whole(Object value) {
		return FormValues.whole(value);
	}

	boolean endsBeforeStart() {
		return plannedStart != null && plannedEnd != null && plannedEnd.isBefore(plannedStart);
	}

}
