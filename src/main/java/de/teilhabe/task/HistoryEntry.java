package de.teilhabe.task;

import java.util.Date;

/**
 * Something that happened to a task: created, claimed, assigned, dates set, commented,
 * completed. {@code kind} names a message key {@code task.history.<kind>}; {@code detail}
 * is a user's comment or a new value.
 */
public record HistoryEntry(Date at, String userId, String kind, String detail) {
}
