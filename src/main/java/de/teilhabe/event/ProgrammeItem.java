package de.teilhabe.event;

import java.time.LocalTime;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import de.teilhabe.system.FormValues;

/** One item of an event's programme: time, title, speakers. */
@Entity
@Table(name = "event_programme_item")
public class ProgrammeItem {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long eventId;

	private int position;

	private LocalTime startTime;

	private String title;

	private String speakers;

	protected ProgrammeItem() {
	}

	ProgrammeItem(long eventId, int position, Line line) {
		this.eventId = eventId;
		this.position = position;
		this.startTime = FormValues.time(line.startTime());
		this.title = line.title();
		this.speakers = line.speakers();
	}

	public LocalTime getStartTime() {
		return startTime;
	}

	public String getTitle() {
		return title;
	}

	public String getSpeakers() {
		return speakers;
	}

	public int getPosition() {
		return position;
	}

	/**
	 * One programme line as a coordinator types it:
	 * {@code 12:00 | Begrüßung | Karola Geiß-Netthöfel}; time and speakers may be left
	 * out.
	 */
	record Line(String startTime, String title, String speakers) {

		static Line parse(String text) {
			String[] parts = text.split("\\|", -1);
			if (parts.length == 1) {
				return new Line(null, parts[0].strip(), null);
			}
			String time = blankToNull(parts[0]);
			String title = parts[1].strip();
			String speakers = parts.length > 2 ? blankToNull(parts[2]) : null;
			return new Line(time, title, speakers);
		}

		String format() {
			return (startTime == null ? "" : startTime) + " | " + title + (speakers == null ? "" : " | " + speakers);
		}

		private static String blankToNull(String value) {
			return value.isBlank() ? null : value.strip();
		}

	}

}
