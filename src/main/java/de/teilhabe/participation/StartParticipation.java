package de.teilhabe.participation;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/** What a coordinator enters to start a participation process. Messages come from messages*.properties. */
public record StartParticipation(
		@NotBlank @Size(max = 200) String title,
		@NotBlank @Size(max = 200) String organiser,
		@NotBlank @Size(max = 200) String topicArea,
		@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate plannedStart,
		@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate plannedEnd,
		@NotNull @Min(1) @Max(3) Integer surveyRounds,
		@NotNull @Min(0) @Max(1_000_000_000) Long measuresBudget,
		@NotBlank @Size(max = 200) String politicalBody) {

	static StartParticipation empty() {
		return new StartParticipation(null, null, null, null, null, 2, null, null);
	}

	boolean endsBeforeStart() {
		return plannedStart != null && plannedEnd != null && plannedEnd.isBefore(plannedStart);
	}

}
