package de.teilhabe.documentation;

import java.util.Locale;

import de.teilhabe.participation.Participation;

/**
 * What a chapter needs to know: the process, the version being composed and the
 * document's language.
 */
public record DocumentationContext(Participation participation, Documentation documentation, Locale locale) {

	public long participationId() {
		return participation.getId();
	}

}
