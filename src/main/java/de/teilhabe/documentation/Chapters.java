package de.teilhabe.documentation;

import java.util.Map;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What the built-in chapters share: a heading from the outcome bundle and a fragment of
 * documentation/chapters.
 */
@Component
class Chapters {

	private final DocumentationTemplates templates;

	private final MessageSource messages;

	Chapters(DocumentationTemplates templates, MessageSource messages) {
		this.templates = templates;
		this.messages = messages;
	}

	Optional<DocumentationSection.Chapter> chapter(String id, DocumentationContext context,
			Map<String, Object> variables) {
		String heading = messages.getMessage("outcome.doc." + id, null, context.locale());
		String body = templates.render("documentation/chapters", id, variables, context.locale());
		return Optional.of(new DocumentationSection.Chapter(id, heading, body));
	}

	/** The width of a bar in a static bar chart, in percent of the largest value. */
	static int percentOf(long value, long max) {
		return max <= 0 ? 0 : (int) Math.round(100.0 * value / max);
	}

}
