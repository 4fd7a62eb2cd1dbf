package de.teilhabe.event;

import java.time.Clock;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;

import org.springframework.stereotype.Component;

import de.teilhabe.system.UserFormats;

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

	private final ZoneId zone;

	private final UserFormats formats;

	private final TimeZoneRegistry zones = TimeZoneRegistryFactory.getInstance().createRegistry();

	EventCalendar(Clock clock, UserFormats formats) {
		this.zone = clock.getZone();
		this.formats = formats;
	}

	/**
	 * The calendar entry; its human text (the description) in the language of the person
	 * it is for.
	 */
	String ics(ParticipationEvent event, Locale locale) {
		LocalTime startTime = event.getStartTime() == null ? LocalTime.of(9, 0) : event.getStartTime();
		ZonedDateTime start = event.getEventDate().atTime(startTime).atZone(zone);
		ZonedDateTime end = event.getEventDate()
			.atTime(event.getEndTime() == null ? startTime.plusHours(1) : event.getEndTime())
			.atZone(zone);
		VEvent vevent = new VEvent(start, end, event.getTitle());
		vevent.add(new Uid("event-" + event.getId() + "@teilhabe"));
		String where = event.getAddress() == null ? event.getVenue() : event.getVenue() + ", " + event.getAddress();
		if (where != null) {
			vevent.add(new Location(where));
		}
		vevent.add(new Description(description(event, locale)));
		Calendar calendar = new Calendar();
		calendar.add(new ProdId("-//Teilhabe//Veranstaltungen//DE"));
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(ImmutableCalScale.GREGORIAN);
		calendar.add((Method) ImmutableMethod.PUBLISH);
		calendar.add(zones.getTimeZone(zone.getId()).getVTimeZone());
		calendar.add(vevent);
		return calendar.toString();
	}

	/** The motto (if any) and the day and time, as the mails write them. */
	private String description(ParticipationEvent event, Locale locale) {
		String when = event.when(formats.in(locale));
		return event.getMotto() == null ? when : event.getMotto() + "\n\n" + when;
	}

}
