package de.teilhabe.documentation;

import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

/** Purpose and timeline of the process. */
@Component
class ProcessChapter implements DocumentationSection {

	private final Chapters chapters;

	ProcessChapter(Chapters chapters) {
		this.chapters = chapters;
	}

	@Override
	public int getOrder() {
		return 100;
	}

	@Override
	public Optional<Chapter> render(DocumentationContext context) {
		return chapters.chapter("documentation/chapters", "process", context,
				Map.of("participation", context.participation()));
	}

}
