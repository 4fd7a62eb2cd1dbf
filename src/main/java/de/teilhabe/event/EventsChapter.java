package de.teilhabe.event;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import de.teilhabe.documentation.Chapters;
import de.teilhabe.documentation.DocumentationContext;
import de.teilhabe.documentation.DocumentationSection;
import de.teilhabe.event.RegistrationService.Figures;

/**
 * The expert workshop with its outcome and the conference with its programme and its
 * registration and attendance figures, the confirmed registrations also by participant
 * group.
 */
@Component
class EventsChapter implements DocumentationSection {

	private final Chapters chapters;

	private final EventService events;

	private final RegistrationService registrations;

	EventsChapter(Chapters chapters, EventService events, RegistrationService registrations) {
		this.chapters = chapters;
		this.events = events;
		this.registrations = registrations;
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
		List<Conference> conferences = held.stream()
			.filter(e -> e.getKind() == EventKind.CONFERENCE)
			.map(this::conference)
			.toList();
		return chapters.chapter("events/documentationChapters", "events", context,
				Map.of("workshops", workshops, "conferences", conferences));
	}

	private Conference conference(ParticipationEvent event) {
		Figures figures = registrations.figures(event.getId());
		long max = figures.confirmedByGroup().values().stream().mapToLong(Long::longValue).max().orElse(0);
		List<GroupCount> byGroup = figures.confirmedByGroup()
			.entrySet()
			.stream()
			.map(e -> new GroupCount(e.getKey(), e.getValue(), Chapters.percentOf(e.getValue(), max)))
			.toList();
		return new Conference(event, events.programme(event.getId()), figures, byGroup);
	}

	/**
	 * The event's fields are read by the template as before; the programme and figures
	 * come alongside.
	 */
	record Conference(ParticipationEvent event, List<ProgrammeItem> programme, Figures figures,
			List<GroupCount> byGroup) {
	}

	record GroupCount(ParticipantGroup group, long count, int percent) {
	}

}
