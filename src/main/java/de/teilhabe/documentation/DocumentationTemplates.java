package de.teilhabe.documentation;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders a Thymeleaf fragment of the documentation to XHTML, so chapters use the message
 * bundles and escaping of the web pages. Write the templates as XHTML (closed empty
 * elements, no named entities): the PDF renderer parses them as XML.
 */
@Component
public class DocumentationTemplates {

	private final ITemplateEngine engine;

	DocumentationTemplates(ITemplateEngine engine) {
		this.engine = engine;
	}

	/**
	 * The fragment {@code fragment} of {@code template} (e.g. "documentation/chapters",
	 * "surveys").
	 */
	public String render(String template, String fragment, Map<String, Object> variables, Locale locale) {
		return engine.process(template, Set.of(fragment), new Context(locale, variables)).strip();
	}

	String page(String template, Map<String, Object> variables, Locale locale) {
		return engine.process(template, new Context(locale, variables));
	}

}
