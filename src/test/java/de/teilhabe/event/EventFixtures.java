package de.teilhabe.event;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import de.teilhabe.event.EventService.ConferencePlan;

/**
 * Conferences for the event tests, each of its own participation, so tests never share
 * counters.
 */
@Component
public class EventFixtures {

	private final JdbcTemplate jdbc;

	private final EventService events;

	EventFixtures(JdbcTemplate jdbc, EventService events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	long participation() {
		return participation("koordination");
	}

	/** A participation that this coordinator started. */
	long participation(String coordinator) {
		String slug = "event-test-" + UUID.randomUUID();
		jdbc.update(
				"insert into participation (slug, title, organiser, topic_area, planned_start, planned_end,"
						+ " survey_rounds, measures_budget, political_body, status, created_by, created_at)"
						+ " values (?, 'Sozialkonferenz Ruhr 2019', 'Regionalverband Ruhr', 'Integration', ?, ?, 1, 0,"
						+ " 'Verbandsversammlung', 'RUNNING', ?, ?)",
				slug, LocalDate.of(2019, 1, 1), LocalDate.of(2019, 12, 31), coordinator, Timestamp.from(Instant.now()));
		return jdbc.queryForObject("select id from participation where slug = ?", Long.class, slug);
	}

	/** A conference whose registration is open: in 30 days, deadline in 20 days. */
	ParticipationEvent openConference(Integer capacity) {
		return conference(participation(), capacity, LocalDate.now().plusDays(30), LocalDate.now().plusDays(20));
	}

	ParticipationEvent conference(long participationId, Integer capacity, LocalDate date, LocalDate deadline) {
		return events.openRegistration(new ConferencePlan(participationId, null, "Sozialkonferenz Ruhr 2019", date,
				LocalTime.of(12, 0), LocalTime.of(16, 30), "Luise-Albertz-Halle, Oberhausen", capacity,
				deadline.atTime(23, 59, 59), null));
	}

	/**
	 * The event gets the Sozialkonferenz's press appointment, which opens the press RSVP.
	 */
	ParticipationEvent withPressAppointment(ParticipationEvent event) {
		events.describe(event.getId(),
				new EventDetails(event.getTitle(), null, event.getEventDate(), event.getStartTime(), event.getEndTime(),
						event.getVenue(), null, false, null, null, "Pressegespräch um 11:30 Uhr im Foyer", null,
						event.getCapacity(), null, List.of()));
		return events.event(event.getId());
	}

	static NewRegistration person(String name, String email) {
		return new NewRegistration(name, email, "Stadt Oberhausen", ParticipantGroup.FACHAKTEUR, null, null);
	}

}
