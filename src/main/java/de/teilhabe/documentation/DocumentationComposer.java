package de.teilhabe.documentation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.core.annotation.AnnotationAwareOrderComparator;
import org.springframework.stereotype.Component;

import de.teilhabe.participation.Participation;

/**
 * Composes the documentation page from the foreword, the chapters every module
 * contributes ({@link DocumentationSection} beans, in their order) and the closing
 * remarks. The same XHTML is the public web page and the source of the PDF.
 */
@Component
class DocumentationComposer {

	static final Locale LANGUAGE = Locale.GERMAN;

	private final List<DocumentationSection> sections;

	private final DocumentationTemplates templates;

	DocumentationComposer(List<DocumentationSection> sections, DocumentationTemplates templates) {
		List<DocumentationSection> ordered = new ArrayList<>(sections);
		AnnotationAwareOrderComparator.sort(ordered);
		this.sections = List.copyOf(ordered);
		this.templates = templates;
	}

	String compose(Participation participation, Documentation documentation) {
		DocumentationContext context = new DocumentationContext(participation, documentation, LANGUAGE);
		List<DocumentationSection.Chapter> chapters = new ArrayList<>();
		for (DocumentationSection section : sections) {
			section.render(context).ifPresent(chapters::add);
		}
		Map<String, Object> variables = new HashMap<>();
		variables.put("participation", participation);
		variables.put("documentation", documentation);
		variables.put("chapters", chapters);
		return templates.page("documentation/document", variables, LANGUAGE);
	}

}
