package de.teilhabe.council;

import java.time.LocalDate;

public record RecordDecision(String councilBody, LocalDate sessionDate, String submissionNumber, Decision decision,
		Long approvedBudget, String notes) {
}
