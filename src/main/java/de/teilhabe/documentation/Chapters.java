package de.teilhabe.documentation;

import java.util.Map;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What the chapters share: a heading from the outcome bundle ({@code outcome.doc.<id>})
 * and a body rendered from a fragment of the owning module's template.
 */
@Component
public class Chapters {

	private final DocumentationTemplates templates;

	private final MessageSource messages;

	Chapters(DocumentationTemplates templates, MessageSource messages) {
		this.templates = templates;
		this.messages = messages;
	}

	/**
	 * @param template the module's template holding the chapter's fragment, e.g.
	 * "surveys/documentationChapters"
	 * @param id the chapter's anchor, also the name of its fragment and of its heading's
	 * message key
	 */
	public Optional<DocumentationSection.Chapter> chapter(String template, String id, DocumentationContext context,
			Map<String, Object> variables) {
		String heading = messages.getMessage("outcome.doc." + id, null, context.locale());
		String body = templates.render(template, id, variables, context.locale());
		return Optional.of(new DocumentationSection.Chapter(id, heading, body));
	}

	/** The width of a bar in a static bar chart, in percent of the largest value. */
	public static int percentOf(long value, long max) {
		return max <= 0 ? 0 : (int) Math.round(100.0 * value / max);
	}

}
