package de.teilhabe.event;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import de.teilhabe.event.RegistrationService.Figures;
import de.teilhabe.mail.MailOutbox;
import de.teilhabe.mail.OutgoingMail;
import de.teilhabe.mail.OutgoingMail.Attachment;
import de.teilhabe.participation.ParticipationAccess;
import de.teilhabe.participation.ParticipationService;
import de.teilhabe.system.NotFoundException;
import de.teilhabe.system.Roles;

/**
 * At the registration deadline the coordinator gets the registration list (the CSV of the
 * download) and the figures by mail. The coordinators are those in the participation's
 * coordination ({@link ParticipationAccess#coordinatorsOf}); if their accounts are gone
 * or have no e-mail address, every member of the group coordinator who has one, so the
 * list always reaches someone responsible.
 */
@Component
class RegistrationListMailing {

	private final EventRepository events;

	private final RegistrationRepository registrations;

	private final RegistrationService registrationService;

	private final ParticipationService participations;

	private final IdentityService identities;

	private final RegistrationCsv csv;

	private final MailOutbox outbox;

	private final MessageSource messages;

	private final EventProperties properties;

	private final ParticipationAccess access;

	RegistrationListMailing(EventRepository events, RegistrationRepository registrations,
			RegistrationService registrationService, ParticipationService participations, IdentityService identities,
			RegistrationCsv csv, MailOutbox outbox, MessageSource messages, EventProperties properties,
			ParticipationAccess access) {
		this.access = access;
		this.events = events;
		this.registrations = registrations;
		this.registrationService = registrationService;
		this.participations = participations;
		this.identities = identities;
		this.csv = csv;
		this.outbox = outbox;
		this.messages = messages;
		this.properties = properties;
	}

	/**
	 * Queues the list for every coordinator of the event's process; returns to how many
	 * addresses.
	 */
	@Transactional
	int sendRegistrationList(long eventId) {
		ParticipationEvent event = events.findById(eventId).orElseThrow(() -> new NotFoundException("event", eventId));
		Set<String> recipients = coordinatorAddresses(event);
		if (recipients.isEmpty()) {
			return 0;
		}
		// Teilhabe keeps a user's language only in their browser's cookie, not with the
		// account, so the process cannot
		// know it here; the coordinators are staff of German administrations, so the list
		// goes out in German.
		Locale locale = Locale.GERMAN;
		Figures figures = registrationService.figures(eventId);
		String byGroup = figures.confirmedByGroup()
			.entrySet()
			.stream()
			.map(entry -> messages.getMessage("event.group." + entry.getKey(), null, locale) + ": " + entry.getValue())
			.collect(Collectors.joining("\n"));
		Object[] arguments = { event.getTitle(), figures.confirmed(), figures.waitlisted(), figures.cancelled(),
				byGroup.isEmpty() ? "–" : byGroup, properties.baseUrl() + "/events/" + event.getId(),
				event.getCapacity() == null ? "–" : event.getCapacity() };
		String subject = messages.getMessage("event.mail.registrationList.subject", arguments, locale);
		String body = messages.getMessage("event.mail.registrationList.body", arguments, locale);
		Attachment list = new Attachment(RegistrationCsv.fileName(event), RegistrationCsv.CONTENT_TYPE,
				csv.csv(registrations.findByEventIdOrderById(eventId), locale));
		recipients.forEach(address -> outbox.queue(new OutgoingMail(address, subject, body, list)));
		return recipients.size();
	}

	private Set<String> coordinatorAddresses(ParticipationEvent event) {
		Set<String> addresses = new LinkedHashSet<>();
		participations.find(event.getParticipationId())
			.map(access::coordinatorsOf)
			.orElse(List.of())
			.stream()
			.map(userId -> identities.createUserQuery().userId(userId).singleResult())
			.filter(Objects::nonNull)
			.map(User::getEmail)
			.filter(email -> email != null && !email.isBlank())
			.forEach(addresses::add);
		if (!addresses.isEmpty()) {
			return addresses;
		}
		List<User> coordinators = new ArrayList<>(
				identities.createUserQuery().memberOfGroup(Roles.COORDINATOR.groupId()).orderByUserId().asc().list());
		coordinators.stream()
			.map(User::getEmail)
			.filter(email -> email != null && !email.isBlank())
			.forEach(addresses::add);
		return addresses;
	}

}
