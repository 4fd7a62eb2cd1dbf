package de.teilhabe.event;

import java.time.LocalTime;
import java.time.ZonedDateTime;

import org.springframework.stereotype.Component;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * An event as an iCalendar file (one VEVENT, times in the event's zone with its
 * VTIMEZONE), built with ical4j.
 */
@Component
class EventCalendar {

	static final String CONTENT_TYPE = "text/calendar; charset=UTF-8; method=PUBLISH";

	private final EventProperties properties;

	private final TimeZoneRegistry zones = TimeZoneRegistryFactory.getInstance().createRegistry();

	EventCalendar(EventProperties properties) {
		this.properties = properties;
	}

	String ics(ParticipationEvent event) {
		String zone = properties.zone().getId();
		ZonedDateTime start = event.getEventDate()
			.atTime(time(event.getStartTime(), LocalTime.of(9, 0)))
			.atZone(properties.zone());
		ZonedDateTime end = event.getEventDate()
			.atTime(time(event.getEndTime(), start.toLocalTime().plusHours(1)))
			.atZone(properties.zone());
		VEvent vevent = new VEvent(start, end, event.getTitle());
		vevent.add(new Uid("event-" + event.getId() + "@teilhabe"));
		String where = event.getAddress() == null ? event.getVenue() : event.getVenue() + ", " + event.getAddress();
		if (where != null) {
			vevent.add(new Location(where));
		}
		if (event.getMotto() != null) {
			vevent.add(new Description(event.getMotto()));
		}
		Calendar calendar = new Calendar();
		calendar.add(new ProdId("-//Teilhabe//Veranstaltungen//DE"));
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(ImmutableCalScale.GREGORIAN);
		calendar.add((Method) ImmutableMethod.PUBLISH);
		calendar.add(zones.getTimeZone(zone).getVTimeZone());
		calendar.add(vevent);
		return calendar.toString();
	}

	private static LocalTime time(String hhmm, LocalTime fallback) {
		return hhmm == null || hhmm.isBlank() ? fallback : LocalTime.parse(hhmm);
	}

}
