package de.teilhabe.system;

import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The one time zone of Teilhabe: event times, deadlines, due dates and iCal files are
 * local to it. Only the {@link java.time.Clock} bean reads it; everything else asks the
 * clock ({@code clock.getZone()}).
 *
 * @param zone the zone ({@code TEILHABE_ZONE})
 */
@ConfigurationProperties("teilhabe")
record ZoneProperties(@DefaultValue("Europe/Berlin") ZoneId zone) {
}
