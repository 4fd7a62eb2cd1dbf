package de.teilhabe.documentation;

/**
 * A version of a participation process's documentation was published (after a manager's
 * approval). Other modules react to it, e.g. the events module schedules the deletion of
 * registrants' personal data.
 */
public record DocumentationPublished(long participationId, long documentationId, int version) {
}
