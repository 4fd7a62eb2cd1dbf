package de.teilhabe.event;

import static de.teilhabe.event.EventFixtures.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import de.teilhabe.documentation.DocumentationPublished;
import de.teilhabe.event.RegistrationService.Figures;
import de.teilhabe.event.RegistrationService.Registered;
import de.teilhabe.mail.MailOutbox;
import de.teilhabe.mail.OutboxMail;
import de.teilhabe.system.NotFoundException;

/**
 * The registration rules on a real database: capacity, waitlist in arrival order, one
 * registration per address, the deadline, cancellation and promotion, check-in,
 * anonymisation; run once per database by the subclasses.
 */
abstract class RegistrationTests {

	@Autowired
	EventFixtures fixtures;

	@Autowired
	RegistrationService registrations;

	@Autowired
	EventService events;

	@Autowired
	MailOutbox outbox;

	@Autowired
	InvitationService invitations;

	@Autowired
	PressService press;

	@Autowired
	ApplicationEventPublisher publisher;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	RuntimeService runtime;

	@Autowired
	ManagementService management;

	@Test
	void shouldConfirmUntilFullThenWaitlistInArrivalOrder() {
		long id = fixtures.openConference(2).getId();

		Registered first = registrations.register(id, person("Regina Schenberg", "schenberg@rvr.example"),
				Locale.GERMAN);
		Registered second = registrations.register(id, person("Ali Yilmaz", "yilmaz@example.org"), Locale.GERMAN);
		String rossi = unique("rossi");
		Registered third = registrations.register(id, person("Maria Rossi", rossi), Locale.GERMAN);
		Registered fourth = registrations.register(id, person("Jan Nowak", "nowak@example.org"), Locale.GERMAN);

		assertThat(List.of(first, second, third, fourth)).extracting(Registered::status)
			.containsExactly(RegistrationState.CONFIRMED, RegistrationState.CONFIRMED, RegistrationState.WAITLISTED,
					RegistrationState.WAITLISTED);
		ParticipationEvent event = events.event(id);
		assertThat(event.getRegistrationCount()).isEqualTo(2);
		assertThat(event.getWaitlistCount()).isEqualTo(2);
		assertThat(event.isFull()).isTrue();
		assertThat(outbox.mailsTo(rossi)).singleElement()
			.satisfies(mail -> assertThat(mail.getSubject()).isEqualTo("Warteliste: Sozialkonferenz Ruhr 2019"));
	}

	@Test
	void shouldPromoteTheFirstInLineAndTellThemWhenSomeoneCancels() {
		long id = fixtures.openConference(1).getId();
		Registered confirmed = registrations.register(id, person("Regina Schenberg", "schenberg@rvr.example"),
				Locale.GERMAN);
		String rossi = unique("rossi");
		registrations.register(id, person("Maria Rossi", rossi), Locale.GERMAN);
		registrations.register(id, person("Jan Nowak", "nowak@example.org"), Locale.GERMAN);

		registrations.cancel(confirmed.cancelToken());

		assertThat(registrations.registrationsOf(id)).extracting(Registration::getEmail, Registration::getStatus)
			.containsExactly(tuple("schenberg@rvr.example", RegistrationState.CANCELLED),
					tuple(rossi, RegistrationState.CONFIRMED),
					tuple("nowak@example.org", RegistrationState.WAITLISTED));
		assertThat(outbox.mailsTo(rossi)).extracting(OutboxMail::getSubject)
			.containsExactly("Warteliste: Sozialkonferenz Ruhr 2019",
					"Ein Platz ist frei geworden: Sozialkonferenz Ruhr 2019");
		ParticipationEvent event = events.event(id);
		assertThat(event.getRegistrationCount()).isEqualTo(1);
		assertThat(event.getWaitlistCount()).isEqualTo(1);
	}

	@Test
	void shouldRefuseASecondRegistrationWithTheSameAddressInAnyCase() {
		long id = fixtures.openConference(10).getId();
		registrations.register(id, person("Regina Schenberg", "schenberg@rvr.example"), Locale.GERMAN);

		assertThatThrownBy(
				() -> registrations.register(id, person("R. Schenberg", " Schenberg@RVR.example "), Locale.GERMAN))
			.isInstanceOf(RegistrationRefusedException.class)
			.hasMessage("event.registration.duplicate");
		assertThat(events.event(id).getRegistrationCount()).isEqualTo(1);
		assertThat(registrations.registrationsOf(id)).hasSize(1);
	}

	@Test
	void shouldLetACancelledAddressRegisterAgain() {
		long id = fixtures.openConference(10).getId();
		Registered first = registrations.register(id, person("Regina Schenberg", "schenberg@rvr.example"),
				Locale.GERMAN);
		registrations.cancel(first.cancelToken());

		Registered again = registrations.register(id, person("Regina Schenberg", "schenberg@rvr.example"),
				Locale.GERMAN);

		assertThat(again.status()).isEqualTo(RegistrationState.CONFIRMED);
		assertThat(events.event(id).getRegistrationCount()).isEqualTo(1);
	}

	@Test
	void shouldRefuseOnlineRegistrationAfterTheDeadlineButLetTheCoordinatorAdd() {
		long participation = fixtures.participation();
		long id = fixtures.conference(participation, 100, LocalDate.now().plusDays(3), LocalDate.now().minusDays(1))
			.getId();

		String late = unique("spaet");
		assertThatThrownBy(() -> registrations.register(id, person("Zu Spät", late), Locale.GERMAN))
			.isInstanceOf(RegistrationRefusedException.class)
			.hasMessage("event.registration.closed");
		assertThat(registrations.registrationsOf(id)).isEmpty();
		assertThat(outbox.mailsTo(late)).isEmpty();

		registrations.addByCoordinator(id, person("Zu Spät", late), "koordination", Locale.GERMAN);
		assertThat(outbox.mailsTo(late)).hasSize(1);
		assertThat(events.event(id).getRegistrationCount()).isEqualTo(1);
	}

	@Test
	void shouldRefuseRegistrationWhenTheProcessClosedIt() {
		long id = fixtures.openConference(100).getId();
		events.closeRegistration(id);

		assertThatThrownBy(() -> registrations.register(id, person("Zu Spät", "spaet2@example.org"), Locale.GERMAN))
			.isInstanceOf(RegistrationRefusedException.class);
		assertThat(registrations.registrationsOf(id)).isEmpty();
	}

	@Test
	void shouldRefuseAForgedOrUsedCancelLinkAndChangeNothing() {
		long id = fixtures.openConference(1).getId();
		Registered registered = registrations.register(id, person("Regina Schenberg", "schenberg@rvr.example"),
				Locale.GERMAN);

		assertThatThrownBy(() -> registrations.cancel("AAAAAAAAAAAAAAAAAAAAAA"))
			.isInstanceOf(RegistrationRefusedException.class)
			.hasMessage("event.cancel.invalid");
		assertThat(events.event(id).getRegistrationCount()).isEqualTo(1);

		registrations.cancel(registered.cancelToken());
		assertThatThrownBy(() -> registrations.cancel(registered.cancelToken()))
			.isInstanceOf(RegistrationRefusedException.class)
			.hasMessage("event.cancel.already");
		assertThat(events.event(id).getRegistrationCount()).isZero();
	}

	@Test
	void shouldRefuseAnUnknownEvent() {
		assertThatThrownBy(() -> registrations.register(Long.MAX_VALUE, person("A", "a@example.org"), Locale.GERMAN))
			.isInstanceOf(NotFoundException.class)
			.hasMessageStartingWith("No event ");
	}

	@Test
	void shouldCountCheckInsAsAttendanceAndFiguresByGroup() {
		long id = fixtures.openConference(10).getId();
		Registered a = registrations.register(id, person("A", "a@example.org"), Locale.GERMAN);
		registrations.register(id,
				new NewRegistration("B", "b@example.org", null, ParticipantGroup.RATSMITGLIED, null, null),
				Locale.GERMAN);
		Registered c = registrations.register(id,
				new NewRegistration("C", "c@example.org", null, ParticipantGroup.EHRENAMTLICH, null, null),
				Locale.GERMAN);

		registrations.checkIn(id, a.registrationId(), true);
		registrations.checkIn(id, c.registrationId(), true);

		Figures figures = registrations.figures(id);
		assertThat(figures.confirmed()).isEqualTo(3);
		assertThat(figures.checkedIn()).isEqualTo(2);
		assertThat(events.event(id).getAttendance()).isEqualTo(2);
		assertThat(figures.confirmedByGroup()).containsEntry(ParticipantGroup.FACHAKTEUR, 1L)
			.containsEntry(ParticipantGroup.RATSMITGLIED, 1L)
			.containsEntry(ParticipantGroup.EHRENAMTLICH, 1L);
	}

	@Test
	void shouldFillNewPlacesFromTheWaitlistWhenTheCapacityGrows() {
		ParticipationEvent event = fixtures.openConference(1);
		long id = event.getId();
		registrations.register(id, person("A", "a@example.org"), Locale.GERMAN);
		registrations.register(id, person("B", "b@example.org"), Locale.GERMAN);

		events.describe(id,
				new EventDetails(event.getTitle(), "Vielfalt stärken", event.getEventDate(), LocalTime.of(12, 0),
						LocalTime.of(16, 30), "Luise-Albertz-Halle", "Düppelstraße 1, 46045 Oberhausen", true, null,
						null, null, null, 2, null,
						List.of(ProgrammeItem.Line.parse("12:00 | Begrüßung | Karola Geiß-Netthöfel"))));

		assertThat(events.event(id).getRegistrationCount()).isEqualTo(2);
		assertThat(events.programme(id)).extracting(ProgrammeItem::getTitle).containsExactly("Begrüßung");
	}

	@Test
	void shouldKeepPressRsvpsApartFromThePlacesAndConfirmThem() {
		ParticipationEvent event = fixtures.withPressAppointment(fixtures.openConference(1));
		long id = event.getId();
		registrations.register(id, person("Regina Schenberg", unique("schenberg")), Locale.GERMAN);
		String journalist = unique("pia");

		PressRsvp rsvp = press.rsvp(id, "Pia Presse", "WAZ Oberhausen", journalist, Locale.GERMAN);

		assertThat(press.rsvpsOf(id)).extracting(PressRsvp::getName, PressRsvp::getMedium)
			.containsExactly(tuple("Pia Presse", "WAZ Oberhausen"));
		assertThat(rsvp.getRegisteredAt()).isNotNull();
		assertThat(registrations.registrationsOf(id)).hasSize(1);
		ParticipationEvent after = events.event(id);
		assertThat(after.getRegistrationCount()).isEqualTo(1);
		assertThat(after.getWaitlistCount()).isZero();
		assertThat(registrations.figures(id).confirmed()).isEqualTo(1);
		assertThat(outbox.mailsTo(journalist)).singleElement().satisfies(mail -> {
			assertThat(mail.getSubject()).isEqualTo("Pressetermin: Sozialkonferenz Ruhr 2019");
			assertThat(mail.getBody()).contains("Pressegespräch um 11:30 Uhr im Foyer", "WAZ Oberhausen");
			assertThat(mail.getAttachmentName()).endsWith(".ics");
		});
	}

	@Test
	void shouldRefuseASecondPressRsvpWithTheSameAddressAndOneWithoutPressAppointment() {
		long id = fixtures.withPressAppointment(fixtures.openConference(10)).getId();
		String journalist = unique("pia");
		press.rsvp(id, "Pia Presse", "WAZ", journalist, Locale.GERMAN);

		assertThatThrownBy(
				() -> press.rsvp(id, "Pia Presse", "WDR", journalist.toUpperCase(Locale.ROOT), Locale.GERMAN))
			.isInstanceOf(RegistrationRefusedException.class)
			.hasMessage("event.pressRsvp.duplicate");
		long withoutAppointment = fixtures.openConference(10).getId();
		assertThatThrownBy(() -> press.rsvp(withoutAppointment, "Pia Presse", "WAZ", unique("pia"), Locale.GERMAN))
			.isInstanceOf(RegistrationRefusedException.class)
			.hasMessage("event.pressRsvp.closed");

		assertThat(press.rsvpsOf(id)).hasSize(1);
		assertThat(press.rsvpsOf(withoutAppointment)).isEmpty();
		assertThat(outbox.mailsTo(journalist)).hasSize(1);
	}

	@Test
	void shouldAnonymiseRegistrantsAndKeepTheCounts() {
		ParticipationEvent event = fixtures.withPressAppointment(fixtures.openConference(5));
		registrations.register(event.getId(), person("Regina Schenberg", "schenberg@rvr.example"), Locale.GERMAN);
		press.rsvp(event.getId(), "Pia Presse", "WAZ", unique("pia"), Locale.GERMAN);

		assertThat(registrations.anonymiseRegistrants(event.getParticipationId())).isEqualTo(1);

		assertThat(registrations.registrationsOf(event.getId())).singleElement().satisfies(r -> {
			assertThat(r.getName()).isNull();
			assertThat(r.getEmail()).isNull();
			assertThat(r.getStatus()).isEqualTo(RegistrationState.CONFIRMED);
		});
		assertThat(registrations.figures(event.getId()).confirmed()).isEqualTo(1);
		assertThat(press.rsvpsOf(event.getId())).isEmpty();
	}

	@Test
	void shouldDeleteThePersonalDataSixMonthsAfterTheDocumentationIsPublished() {
		ParticipationEvent event = fixtures.openConference(5);
		long participation = event.getParticipationId();
		registrations.register(event.getId(), person("Regina Schenberg", unique("retention")), Locale.GERMAN);

		transactions
			.executeWithoutResult(status -> publisher.publishEvent(new DocumentationPublished(participation, 1L, 1)));

		ProcessInstance retention = runtime.createProcessInstanceQuery()
			.processInstanceBusinessKey("retention-" + participation)
			.singleResult();
		Job timer = management.createJobQuery().processInstanceId(retention.getId()).singleResult();
		assertThat(timer.getDuedate())
			.isAfter(java.sql.Timestamp.valueOf(LocalDate.now().plusMonths(6).atStartOfDay()));
		assertThat(registrations.registrationsOf(event.getId())).singleElement()
			.satisfies(r -> assertThat(r.getName()).isEqualTo("Regina Schenberg"));

		management.executeJob(timer.getId());

		assertThat(registrations.registrationsOf(event.getId())).singleElement().satisfies(r -> {
			assertThat(r.getName()).isNull();
			assertThat(r.getEmail()).isNull();
		});
		assertThat(events.event(event.getId()).getRegistrationCount()).isEqualTo(1);
	}

	@Test
	void shouldImportInvitationListsInviteOnceAndThePressWithThePressAppointment() {
		long id = fixtures.openConference(100).getId();
		String fach = unique("fach");
		String rat = unique("rat");
		String presse = unique("presse");

		assertThat(invitations
			.importCsv(id, ParticipantGroup.FACHAKTEUR,
					"Name;E-Mail;Organisation\nAyşe Demir;" + fach + ";AWO\nOhne Adresse;keine-adresse;\n")
			.problems()).extracting(InviteeList.Problem::line, InviteeList.Problem::messageKey)
			.containsExactly(tuple(3L, "event.invitees.row.emailInvalid"));
		assertThat(invitations.inviteesOf(id)).isEmpty();
		assertThat(invitations
			.importCsv(id, ParticipantGroup.FACHAKTEUR, "Name;E-Mail;Organisation\nAyşe Demir;" + fach + ";AWO\n")
			.added()).isEqualTo(1);
		assertThat(invitations.importCsv(id, ParticipantGroup.RATSMITGLIED,
				"Name,E-Mail\nKlaus Ratsherr," + rat + "\nAyşe Demir," + fach + "\n"))
			.satisfies(imported -> {
				assertThat(imported.added()).isEqualTo(1);
				assertThat(imported.duplicates()).isEqualTo(1);
			});
		invitations.importCsv(id, ParticipantGroup.PRESSE, "Name;E-Mail\nPia Presse;" + presse + "\n");

		assertThat(invitations.sendInvitations(id)).isEqualTo(3);
		assertThat(invitations.sendInvitations(id)).isZero();

		assertThat(outbox.mailsTo(fach)).singleElement()
			.satisfies(mail -> assertThat(mail.getSubject()).isEqualTo("Einladung: Sozialkonferenz Ruhr 2019"));
		assertThat(outbox.mailsTo(presse)).singleElement().satisfies(mail -> {
			assertThat(mail.getSubject()).isEqualTo("Presseeinladung: Sozialkonferenz Ruhr 2019");
			assertThat(mail.getBody()).contains("/public/events/" + id + "/press");
		});
	}

	@Test
	void shouldKeepTheRegistrantsLanguageForTheirMailsAndFallBackToGerman() {
		long id = fixtures.openConference(10).getId();
		String english = unique("english");
		String french = unique("french");

		registrations.register(id, person("Jane Smith", english), Locale.UK);
		registrations.register(id, person("Jeanne Martin", french), Locale.FRENCH);

		assertThat(registrations.registrationsOf(id)).extracting(Registration::getEmail, Registration::getLocale)
			.containsExactly(tuple(english, Locale.ENGLISH), tuple(french, Locale.GERMAN));
		assertThat(outbox.mailsTo(english)).extracting(OutboxMail::getSubject)
			.containsExactly("Registration confirmed: Sozialkonferenz Ruhr 2019");
		assertThat(outbox.mailsTo(french)).extracting(OutboxMail::getSubject)
			.containsExactly("Anmeldebestätigung: Sozialkonferenz Ruhr 2019");
	}

	@Test
	void shouldInviteEveryoneInTheLanguageOfTheirLine() {
		long id = fixtures.withPressAppointment(fixtures.openConference(100)).getId();
		String jane = unique("jane");
		String ayse = unique("ayse");
		String pia = unique("pia");
		invitations.importCsv(id, ParticipantGroup.FACHAKTEUR, "Name;E-Mail;Organisation;Sprache\nJane Smith;" + jane
				+ ";British Council;en\nAyşe Demir;" + ayse + ";AWO;\n");
		invitations.importCsv(id, ParticipantGroup.PRESSE, "Name;E-Mail;Sprache\nPia Press;" + pia + ";English\n");

		assertThat(invitations.sendInvitations(id)).isEqualTo(3);

		assertThat(outbox.mailsTo(jane)).singleElement().satisfies(mail -> {
			assertThat(mail.getSubject()).isEqualTo("Invitation: Sozialkonferenz Ruhr 2019");
			assertThat(mail.getBody()).startsWith("Dear Jane Smith").contains("/public/events/" + id + "?lang=en");
		});
		assertThat(outbox.mailsTo(ayse)).singleElement().satisfies(mail -> {
			assertThat(mail.getSubject()).isEqualTo("Einladung: Sozialkonferenz Ruhr 2019");
			assertThat(mail.getBody()).contains("/public/events/" + id + "?lang=de");
		});
		assertThat(outbox.mailsTo(pia)).singleElement().satisfies(mail -> {
			assertThat(mail.getSubject()).isEqualTo("Press invitation: Sozialkonferenz Ruhr 2019");
			assertThat(mail.getBody()).contains("Pressegespräch um 11:30 Uhr im Foyer",
					"/public/events/" + id + "/press?lang=en");
		});
	}

	@Test
	void shouldRemindOnlyConfirmedRegistrants() {
		long id = fixtures.openConference(1).getId();
		String confirmed = unique("confirmed");
		String waiting = unique("waiting");
		registrations.register(id, person("A", confirmed), Locale.GERMAN);
		registrations.register(id, person("B", waiting), Locale.GERMAN);

		assertThat(invitations.sendReminders(id)).isEqualTo(1);

		assertThat(outbox.mailsTo(confirmed)).extracting(OutboxMail::getSubject)
			.contains("Erinnerung: Sozialkonferenz Ruhr 2019");
		assertThat(outbox.mailsTo(waiting)).extracting(OutboxMail::getSubject)
			.doesNotContain("Erinnerung: Sozialkonferenz Ruhr 2019");
	}

	@Test
	void shouldKeepTheRegistrationListOfAThousandInTheOutbox() {
		String coordinator = unique("koordination");
		String list = "Nr.;Vor- und Nachname;E-Mail-Adresse\n" + "4711;Ayşe Demir;demir@awo.example\n".repeat(5_000);

		transactions.executeWithoutResult(status -> outbox.queue(new de.teilhabe.mail.OutgoingMail(coordinator,
				"Anmeldeliste", "Im Anhang",
				new de.teilhabe.mail.OutgoingMail.Attachment("anmeldungen.csv", RegistrationCsv.CONTENT_TYPE, list))));

		assertThat(outbox.mailsTo(coordinator)).singleElement()
			.satisfies(mail -> assertThat(mail.getAttachment()).hasSize(list.length()));
	}

	/**
	 * An address no other test (or earlier run on the same database) used, for looking up
	 * its mails.
	 */
	static String unique(String name) {
		return name + "-" + java.util.UUID.randomUUID() + "@example.org";
	}

	/** 1,000 people press "register" at the same moment for 120 places. */
	@Test
	void shouldNeverOverbookWhenAThousandRegisterAtOnce() throws Exception {
		long id = fixtures.openConference(120).getId();
		int people = 1000;
		ExecutorService pool = Executors.newFixedThreadPool(32);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Registered>> results = new ArrayList<>();
		for (int i = 0; i < people; i++) {
			String email = "person" + i + "@example.org";
			// every tenth tries twice, from two browser tabs
			int attempts = i % 10 == 0 ? 2 : 1;
			for (int attempt = 0; attempt < attempts; attempt++) {
				Callable<Registered> register = () -> {
					start.await();
					try {
						return registrations.register(id, person("Person", email), Locale.GERMAN);
					}
					catch (RegistrationRefusedException | org.springframework.dao.DataIntegrityViolationException ex) {
						return null;
					}
				};
				results.add(pool.submit(register));
			}
		}
		start.countDown();
		pool.shutdown();
		assertThat(pool.awaitTermination(5, TimeUnit.MINUTES)).isTrue();
		long accepted = 0;
		for (Future<Registered> result : results) {
			if (result.get() != null) {
				accepted++;
			}
		}

		List<Registration> all = registrations.registrationsOf(id);
		assertThat(accepted).isEqualTo(people);
		assertThat(all).hasSize(people);
		assertThat(all).extracting(Registration::getEmail).doesNotHaveDuplicates();
		assertThat(all.stream().filter(r -> r.getStatus() == RegistrationState.CONFIRMED)).hasSize(120);
		// arrival order: the first 120 in the order of the database are the confirmed
		// ones
		assertThat(all.subList(0, 120)).allMatch(r -> r.getStatus() == RegistrationState.CONFIRMED);
		assertThat(all.subList(120, people)).allMatch(r -> r.getStatus() == RegistrationState.WAITLISTED);
		assertThat(all).isSortedAccordingTo(Comparator.comparing(Registration::getRegisteredAt));
		ParticipationEvent event = events.event(id);
		assertThat(event.getRegistrationCount()).isEqualTo(120);
		assertThat(event.getWaitlistCount()).isEqualTo(people - 120);
	}

}
