package de.teilhabe.event;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import de.teilhabe.mail.MailOutbox;
import de.teilhabe.mail.OutgoingMail;
import de.teilhabe.mail.OutgoingMail.Attachment;
import de.teilhabe.system.UserFormats;

/**
 * The mails to registrants, written into the outbox in the transaction of the change that
 * causes them.
 */
@Component
class EventMails {

	private final MailOutbox outbox;

	private final MessageSource messages;

	private final EventCalendar calendar;

	private final EventProperties properties;

	private final UserFormats formats;

	EventMails(MailOutbox outbox, MessageSource messages, EventCalendar calendar, EventProperties properties,
			UserFormats formats) {
		this.outbox = outbox;
		this.messages = messages;
		this.calendar = calendar;
		this.properties = properties;
		this.formats = formats;
	}

	void registered(ParticipationEvent event, Registration registration, String cancelToken) {
		String kind = registration.getStatus() == RegistrationState.CONFIRMED ? "confirmed" : "waitlisted";
		send(event, registration, cancelToken, kind, registration.getStatus() == RegistrationState.CONFIRMED);
	}

	void promoted(ParticipationEvent event, Registration registration) {
		send(event, registration, null, "promoted", true);
	}

	void cancelled(ParticipationEvent event, Registration registration) {
		send(event, registration, null, "cancelled", false);
	}

	void reminder(ParticipationEvent event, Registration registration) {
		send(event, registration, null, "reminder", true);
	}

	/**
	 * An invitation; the press list gets the press invitation with the press appointment.
	 */
	void invitation(ParticipationEvent event, Invitee invitee) {
		MailLanguage language = invitee.language();
		Locale locale = language.locale();
		String kind = invitee.getGroup() == ParticipantGroup.PRESSE ? "pressInvitation" : "invitation";
		Object[] arguments = { invitee.getName(), event.getTitle(), when(event, locale), where(event),
				event.getPressAppointment() == null ? "" : event.getPressAppointment(),
				link("/public/events/" + event.getId(), language), event.getMotto() == null ? "" : event.getMotto(),
				link("/public/events/" + event.getId() + "/press", language) };
		outbox.queue(new OutgoingMail(invitee.getEmail(),
				messages.getMessage("event.mail." + kind + ".subject", arguments, locale),
				messages.getMessage("event.mail." + kind + ".body", arguments, locale), calendar(event, locale)));
	}

	/**
	 * The confirmation of a press RSVP, with the event for the calendar, in the language
	 * of the request: nothing is mailed to a press RSVP later, so its language is not
	 * stored.
	 */
	void pressRsvp(ParticipationEvent event, PressRsvp rsvp, Locale requestLocale) {
		MailLanguage language = MailLanguage.of(requestLocale);
		Locale locale = language.locale();
		Object[] arguments = { rsvp.getName(), event.getTitle(), when(event, locale), where(event),
				event.getPressAppointment(), link("/public/events/" + event.getId(), language), rsvp.getMedium() };
		outbox.queue(new OutgoingMail(rsvp.getEmail(),
				messages.getMessage("event.mail.pressRsvp.subject", arguments, locale),
				messages.getMessage("event.mail.pressRsvp.body", arguments, locale), calendar(event, locale)));
	}

	/**
	 * A mail to a registrant, in the language they registered in, whoever's action or
	 * which timer causes it.
	 */
	private void send(ParticipationEvent event, Registration registration, String cancelToken, String kind,
			boolean withCalendar) {
		MailLanguage language = registration.language();
		Locale locale = language.locale();
		String when = when(event, locale);
		String where = where(event);
		String cancelLink = cancelToken == null ? messages.getMessage("event.mail.cancelLinkInFirstMail", null, locale)
				: link("/public/events/registrations/" + cancelToken + "/cancel", language);
		String eventLink = link("/public/events/" + event.getId(), language);
		Object[] arguments = { registration.getName(), event.getTitle(), when, where, cancelLink, eventLink };
		String subject = messages.getMessage("event.mail." + kind + ".subject", arguments, locale);
		String body = messages.getMessage("event.mail." + kind + ".body", arguments, locale);
		outbox.queue(new OutgoingMail(registration.getEmail(), subject, body,
				withCalendar ? calendar(event, locale) : null));
	}

	/**
	 * A link in a mail opens its page in the mail's language (the app's {@code lang}
	 * parameter).
	 */
	private String link(String path, MailLanguage language) {
		return properties.baseUrl() + path + "?lang=" + language.tag();
	}

	private Attachment calendar(ParticipationEvent event, Locale locale) {
		return new Attachment("veranstaltung-" + event.getId() + ".ics", EventCalendar.CONTENT_TYPE,
				calendar.ics(event, locale));
	}

	private String when(ParticipationEvent event, Locale locale) {
		return event.when(formats.in(locale));
	}

	private static String where(ParticipationEvent event) {
		return event.getAddress() == null ? event.getVenue() : event.getVenue() + ", " + event.getAddress();
	}

}
