package de.teilhabe.measure;

import java.time.LocalDate;

/** What a responsible body reports on an adopted measure. */
public record ProgressReport(LocalDate date, MeasureStatus status, int progressPercent, long spentBudget, String text) {
}
