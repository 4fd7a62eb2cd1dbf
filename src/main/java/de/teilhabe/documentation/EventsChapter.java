package de.teilhabe.documentation;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import de.teilhabe.event.EventKind;
import de.teilhabe.event.EventService;
import de.teilhabe.event.ParticipationEvent;

/**
 * The expert workshop with its outcome and the conference with its registration and attendance figures. The
 * conference programme is for the event module to add as a chapter of its own (order 450).
 */
@Component
class EventsChapter implements DocumentationSection {

	private final Chapters chapters;

	private final EventService events;

	EventsChapter(Chapters chapters, EventService events) {
		this.chapters = chapters;
		this.events = events;
	}

	@Override
	public int getOrder() {
		return 300;
	}

	@Override
	public Optional<Chapter> render(DocumentationContext context) {
		List<ParticipationEvent> held = events.eventsOf(context.participationId());
		if (held.isEmpty()) {
			return Optional.empty();
		}
		List<ParticipationEvent> workshops = held.stream().filter(e -> e.getKind() == EventKind.WORKSHOP).toList();
		List<ParticipationEvent> conferences = held.stream()
			.filter(e -> e.getKind() == EventKind.CONFERENCE)
			.toList();
		return chapters.chapter("events", context, Map.of("workshops", workshops, "conferences", conferences));
	}

}
