package de.teilhabe.documentation;

import java.util.Optional;

import org.springframework.core.Ordered;

/**
 * One chapter of the generated documentation, a bean implementing this interface in the
 * module whose data it shows; the composer puts the chapters in the order of
 * {@link #getOrder()} between the foreword and the closing remarks: 100 process (this
 * module), 200 survey rounds and 250 survey questions (survey), 300 workshop and
 * conference with its programme and figures (event), 500 working groups and 600 budget
 * (measure). A new chapter picks a number in between.
 */
public interface DocumentationSection extends Ordered {

	/**
	 * The chapter, or empty when it has nothing to show for this process. The body is
	 * well-formed XHTML (it goes into the PDF, too): no JavaScript, charts as static
	 * markup, e.g. rendered by {@link DocumentationTemplates}.
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
