package de.teilhabe.event;

import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * The Leverkusen conference of 30 June 2017 as the demo shows it: the event page with
 * programme and contacts, the invitation lists and a few dozen registrations, entered
 * through the event module's own services.
 */
@Component
public class ConferenceDemo {

	/** Fachakteure, council members and volunteers, as the documentation counts them. */
	private static final List<String[]> PEOPLE = List.of(new String[] { "Ayşe Demir", "AWO Leverkusen", "FACHAKTEUR" },
			new String[] { "Thomas Becker", "Caritasverband Leverkusen", "FACHAKTEUR" },
			new String[] { "Fatma Yıldız", "Integrationsrat", "EHRENAMTLICH" },
			new String[] { "Michael Schulz", "Rat der Stadt Leverkusen", "RATSMITGLIED" },
			new String[] { "Elena Petrova", "Diakonie Leverkusen", "FACHAKTEUR" },
			new String[] { "Ahmad Karimi", "Flüchtlingsinitiative Opladen", "EHRENAMTLICH" },
			new String[] { "Sabine Wagner", "Jobcenter Leverkusen", "FACHAKTEUR" },
			new String[] { "Giuseppe Romano", "Rat der Stadt Leverkusen", "RATSMITGLIED" },
			new String[] { "Maria Nowak", "Volkshochschule Leverkusen", "FACHAKTEUR" },
			new String[] { "Hasan Öztürk", "DITIB-Gemeinde Leverkusen", "EHRENAMTLICH" },
			new String[] { "Claudia Hoffmann", "Schulamt Leverkusen", "FACHAKTEUR" },
			new String[] { "Jens Richter", "Leverkusener Anzeiger", "PRESSE" });

	private final EventService events;

	private final RegistrationService registrations;

	private final InvitationService invitations;

	ConferenceDemo(EventService events, RegistrationService registrations, InvitationService invitations) {
		this.events = events;
		this.registrations = registrations;
		this.invitations = invitations;
	}

	/**
	 * Completes the event page, the invitation lists and 36 registrations of the
	 * participation's conference.
	 */
	public void prepare(long participationId, List<String> workingGroups, String coordinator) {
		ParticipationEvent conference = events.eventsOf(participationId)
			.stream()
			.filter(event -> event.getKind() == EventKind.CONFERENCE)
			.findFirst()
			.orElseThrow();
		events.describe(conference.getId(), new EventDetails(conference.getTitle(),
				"Gemeinsam das Integrationskonzept Leverkusen gestalten", conference.getEventDate(),
				conference.getStartTime(), conference.getEndTime(), "Ratssaal, Rathaus Leverkusen",
				"Friedrich-Ebert-Platz 1, 51373 Leverkusen", true,
				"Fachakteure der Integrationsarbeit, Ratsmitglieder und ehrenamtlich Aktive erarbeiten in acht "
						+ "Arbeitsgruppen Ziele und Maßnahmen für das neue Integrationskonzept.\n\n"
						+ "Die ersten Ergebnisse werden um 19:00 Uhr vorgestellt.",
				"Kommunales Integrationszentrum Leverkusen\nintegration@stadt-leverkusen.example\n0214 406-0",
				"Pressegespräch mit dem Oberbürgermeister um 14:30 Uhr im Foyer des Rathauses", null,
				conference.getCapacity(), null,
				List.of(ProgrammeItem.Line.parse("15:00 | Begrüßung | Oberbürgermeister Uwe Richrath"),
						ProgrammeItem.Line.parse("15:15 | Grußwort | Beigeordneter Markus Märtens"),
						ProgrammeItem.Line.parse(
								"15:30 | Zwischenergebnisse der Online-Befragungen | Kommunales Integrationszentrum"),
						ProgrammeItem.Line.parse("16:00 | Arbeitsgruppen: Ziele und Maßnahmen | AG-Leitungen"),
						ProgrammeItem.Line.parse("19:00 | Erste Ergebnisse im Plenum | "))));
		invitations.importCsv(conference.getId(), ParticipantGroup.PRESSE,
				"Name;E-Mail;Organisation\nRedaktion Lokales;lokales@presse.example;Leverkusener Anzeiger\n");
		invitations.importCsv(conference.getId(), ParticipantGroup.RATSMITGLIED,
				"Name;E-Mail;Organisation\nFraktion A;fraktion-a@rat.example;Rat der Stadt Leverkusen\n"
						+ "Fraktion B;fraktion-b@rat.example;Rat der Stadt Leverkusen\n");
		for (int i = 0; i < 36; i++) {
			String[] person = PEOPLE.get(i % PEOPLE.size());
			String name = person[0] + (i < PEOPLE.size() ? "" : " (" + (i / PEOPLE.size() + 1) + ")");
			registrations.addByCoordinator(conference.getId(),
					new NewRegistration(name, "teilnehmer" + (i + 1) + "@leverkusen.example", person[1],
							ParticipantGroup.valueOf(person[2]),
							workingGroups.isEmpty() ? null : workingGroups.get(i % workingGroups.size()), null),
					coordinator, Locale.GERMAN);
		}
	}

}
