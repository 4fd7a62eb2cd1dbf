package de.teilhabe.documentation;

import java.util.Optional;

import org.springframework.core.Ordered;

/**
 * One chapter of the generated documentation. Modules contribute chapters as beans implementing this interface
 * (e.g. the survey module its question charts, the event module the conference programme); the composer puts them
 * in the order of {@link #getOrder()} between the foreword and the closing remarks. The built-in chapters use
 * 100 (process), 200 (surveys), 300 (workshop), 400 (conference), 500 (working groups), 600 (budget); a module
 * picks a number in between, e.g. 250 for the survey questions.
 */
public interface DocumentationSection extends Ordered {

	/**
	 * The chapter, or empty when it has nothing to show for this process. The body is well-formed XHTML (it goes
	 * into the PDF, too): no JavaScript, charts as static markup, e.g. rendered by {@link DocumentationTemplates}.
	 */
	Optional<Chapter> render(DocumentationContext context);

	/**
	 * @param id the chapter's anchor, unique in the document
	 * @param heading the chapter's title, plain text
	 * @param body XHTML without the chapter heading
	 */
	record Chapter(String id, String heading, String body) {
	}

}
