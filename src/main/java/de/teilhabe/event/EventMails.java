package de.teilhabe.event;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import de.teilhabe.mail.MailOutbox;
import de.teilhabe.mail.OutgoingMail;
import de.teilhabe.mail.OutgoingMail.Attachment;

/** The mails to registrants, written into the outbox in the transaction of the change that causes them. */
@Component
class EventMails {

	private final MailOutbox outbox;

	private final MessageSource messages;

	private final EventCalendar calendar;

	private final EventProperties properties;

	EventMails(MailOutbox outbox, MessageSource messages, EventCalendar calendar, EventProperties properties) {
		this.outbox = outbox;
		this.messages = messages;
		this.calendar = calendar;
		this.properties = properties;
	}

	void registered(ParticipationEvent event, Registration registration, String cancelToken, Locale locale) {
		String kind = registration.getStatus() == RegistrationState.CONFIRMED ? "confirmed" : "waitlisted";
		send(event, registration, cancelToken, kind, locale,
				registration.getStatus() == RegistrationState.CONFIRMED);
	}

	void promoted(ParticipationEvent event, Registration registration, Locale locale) {
		send(event, registration, null, "promoted", locale, true);
	}

	void cancelled(ParticipationEvent event, Registration registration, Locale locale) {
		send(event, registration, null, "cancelled", locale, false);
	}

	private void send(ParticipationEvent event, Registration registration, String cancelToken, String kind,
			Locale locale, boolean withCalendar) {
		String when = event.getEventDate().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale))
				+ (event.getStartTime() == null ? ""
						: ", " + event.getStartTime() + (event.getEndTime() == null ? "" : "–" + event.getEndTime()));
		String where = event.getAddress() == null ? event.getVenue() : event.getVenue() + ", " + event.getAddress();
		String cancelLink = cancelToken == null ? messages.getMessage("event.mail.cancelLinkInFirstMail", null, locale)
				: properties.baseUrl() + "/public/events/registrations/" + cancelToken + "/cancel";
		String eventLink = properties.baseUrl() + "/public/events/" + event.getId();
		Object[] arguments = { registration.getName(), event.getTitle(), when, where, cancelLink, eventLink };
		String subject = messages.getMessage("event.mail." + kind + ".subject", arguments, locale);
		String body = messages.getMessage("event.mail." + kind + ".body", arguments, locale);
		Attachment ics = withCalendar
				? new Attachment("veranstaltung-" + event.getId() + ".ics", EventCalendar.CONTENT_TYPE,
						calendar.ics(event))
				: null;
		outbox.queue(new OutgoingMail(registration.getEmail(), subject, body, ics));
	}

}
