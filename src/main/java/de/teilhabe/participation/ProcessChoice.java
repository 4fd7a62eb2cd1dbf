package de.teilhabe.participation;

/**
 * A running participation as a choice in a filter: its slug (the business key of its
 * processes) and title.
 */
public record ProcessChoice(String slug, String title) {
}
