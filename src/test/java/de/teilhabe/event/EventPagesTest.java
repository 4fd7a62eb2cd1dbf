package de.teilhabe.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.Cookie;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import de.teilhabe.IntegrationTest;
import de.teilhabe.event.RegistrationService.Registered;

/**
 * The public event page, registration and cancel link, and the coordinator's pages,
 * through HTTP on a real database: every refusal shows a translated message and changes
 * nothing.
 */
@IntegrationTest
class EventPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	EventFixtures fixtures;

	@Autowired
	EventService events;

	@Autowired
	RegistrationService registrations;

	@Autowired
	PressService press;

	@Test
	void shouldShowGoodToKnowProgrammeAndTheRegistrationFormWhileOpen() throws Exception {
		ParticipationEvent event = fixtures.openConference(120);
		events.describe(event.getId(), new EventDetails("Sozialkonferenz Ruhr 2019",
				"Integrationsregion Ruhr – Vielfalt stärken, Zukunft gestalten", event.getEventDate(),
				LocalTime.of(12, 0), LocalTime.of(16, 30), "Luise-Albertz-Halle", "Düppelstraße 1, 46045 Oberhausen",
				true, "Die Metropole Ruhr ist ein Schmelztiegel.", "Regina Schenberg\nschenberg@rvr.example",
				"Pressegespräch um 11:30 Uhr", "https://example.org/doku-2018.pdf", 120, null,
				List.of(ProgrammeItem.Line.parse("12:00 | Begrüßung | Karola Geiß-Netthöfel"))));

		mvc.perform(get("/public/events/{id}", event.getId()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Gut zu wissen"),
					containsString("Integrationsregion Ruhr – Vielfalt stärken, Zukunft gestalten"),
					containsString("Luise-Albertz-Halle"), containsString("Karola Geiß-Netthöfel"),
					containsString("Freie Plätze: 120"), containsString("Verbindlich anmelden"),
					containsString("Pressegespräch um 11:30 Uhr"), containsString("doku-2018.pdf"),
					containsString("Nur in Präsenz"))));
	}

	@Test
	void shouldWriteDatesAndTimesOfThePublicPageInThePagesLanguage() throws Exception {
		LocalDate day = LocalDate.now().plusDays(30);
		ParticipationEvent event = fixtures.conference(fixtures.participation(), 120, day, day.minusDays(7));
		events.describe(event.getId(),
				new EventDetails("Sozialkonferenz Ruhr 2019", null, day, LocalTime.of(12, 0), LocalTime.of(16, 30),
						"Luise-Albertz-Halle", null, true, null, null, null, null, 1_200,
						day.minusDays(7).atTime(23, 59),
						List.of(ProgrammeItem.Line.parse("12:00 | Begrüßung | Karola Geiß-Netthöfel"))));

		String german = visibleText(mvc.perform(get("/public/events/{id}", event.getId()).param("lang", "de")));
		String english = visibleText(mvc.perform(get("/public/events/{id}", event.getId()).param("lang", "en")));

		assertThat(german).contains(
				day.format(DateTimeFormatter.ofPattern("EEEE, dd.MM.yyyy", Locale.GERMAN)) + ", 12:00–16:30 Uhr",
				day.minusDays(7).format(DateTimeFormatter.ofPattern("dd.MM.yyyy")) + ", 23:59 Uhr",
				"12:00 Uhr Begrüßung", "1.200");
		assertThat(english).contains(
				day.format(DateTimeFormatter.ofPattern("EEEE, d MMM yyyy", Locale.ENGLISH)) + ", 12:00 pm–4:30 pm",
				day.minusDays(7).format(DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH)) + ", 11:59 pm",
				"12:00 pm Begrüßung", "1,200");
		assertThat(german + english).as("no ISO date or time, no variable name")
			.doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}")
			.doesNotContain("registrationDeadline", "startTime");
	}

	private static String visibleText(ResultActions page) throws Exception {
		return Jsoup.parse(page.andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).text();
	}

	@Test
	void shouldRegisterAndConfirm() throws Exception {
		long id = fixtures.openConference(120).getId();

		mvc.perform(register(id, "regina@rvr.example", true))
			.andExpect(redirectedUrl("/public/events/" + id + "/registered"));

		assertThat(registrations.registrationsOf(id)).singleElement()
			.satisfies(r -> assertThat(r.getStatus()).isEqualTo(RegistrationState.CONFIRMED));
		mvc.perform(get("/public/events/{id}/registered", id).flashAttr("status", RegistrationState.CONFIRMED)
			.flashAttr("email", "regina@rvr.example"))
			.andExpect(
					content().string(containsString("Ihre Anmeldung für „Sozialkonferenz Ruhr 2019“ ist bestätigt")));
	}

	@Test
	void shouldShowTheErrorNextToAnInvalidAddressAndSaveNothing() throws Exception {
		long id = fixtures.openConference(120).getId();

		mvc.perform(register(id, "regina@rvr", true))
			.andExpect(status().isOk())
			.andExpect(view().name(PublicEventController.VIEW_EVENT))
			.andExpect(model().attributeHasFieldErrorCode("registration", "email", "Email"))
			.andExpect(content().string(containsString("Bitte geben Sie eine gültige E-Mail-Adresse an")));
		assertThat(registrations.registrationsOf(id)).isEmpty();
	}

	@Test
	void shouldRefuseWithoutConsentAndSaveNothing() throws Exception {
		long id = fixtures.openConference(120).getId();

		mvc.perform(register(id, "regina@rvr.example", false))
			.andExpect(model().attributeHasFieldErrorCode("registration", "consent", "AssertTrue"))
			.andExpect(content().string(containsString("Ohne Ihre Einwilligung")));
		assertThat(registrations.registrationsOf(id)).isEmpty();
	}

	@Test
	void shouldSayRegistrationIsClosedAfterTheDeadlineAndSaveNothing() throws Exception {
		long id = fixtures
			.conference(fixtures.participation(), 120, LocalDate.now().plusDays(2), LocalDate.now().minusDays(1))
			.getId();

		mvc.perform(get("/public/events/{id}", id))
			.andExpect(content().string(allOf(containsString("Die Anmeldung ist geschlossen"),
					not(containsString("Verbindlich anmelden")))));
		mvc.perform(register(id, "late@example.org", true))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Anmeldeschluss überschritten")));
		assertThat(registrations.registrationsOf(id)).isEmpty();
	}

	@Test
	void shouldSayWhenTheEventIsFullAndOfferTheWaitlist() throws Exception {
		long id = fixtures.openConference(1).getId();
		registrations.register(id, EventFixtures.person("A", "a@example.org"), Locale.GERMAN);

		mvc.perform(get("/public/events/{id}", id))
			.andExpect(
					content().string(allOf(containsString("ausgebucht"), containsString("Auf die Warteliste setzen"))));
	}

	@Test
	void shouldShowTheDuplicateAddressNextToTheField() throws Exception {
		long id = fixtures.openConference(10).getId();
		registrations.register(id, EventFixtures.person("A", "twice@example.org"), Locale.GERMAN);

		mvc.perform(register(id, "Twice@example.org", true))
			.andExpect(model().attributeHasFieldErrorCode("registration", "email", "event.registration.duplicate"));
		assertThat(registrations.registrationsOf(id)).hasSize(1);
	}

	@Test
	void shouldAnswerAnUnknownEventWithNotFound() throws Exception {
		mvc.perform(get("/public/events/{id}", Long.MAX_VALUE)).andExpect(status().isNotFound());
		mvc.perform(register(Long.MAX_VALUE, "a@example.org", true)).andExpect(status().isNotFound());
	}

	@Test
	void shouldCancelThroughThePersonalLinkAndRefuseAForgedOne() throws Exception {
		long id = fixtures.openConference(10).getId();
		Registered registered = registrations.register(id, EventFixtures.person("Regina Schenberg", "r@example.org"),
				Locale.GERMAN);
		String link = "/public/events/registrations/" + registered.cancelToken() + "/cancel";

		mvc.perform(get(link))
			.andExpect(content()
				.string(allOf(containsString("Regina Schenberg"), containsString("Anmeldung stornieren"))));
		mvc.perform(post("/public/events/registrations/forged-token/cancel").with(csrf()))
			.andExpect(content().string(containsString("Dieser Link zum Stornieren ist ungültig")));
		assertThat(events.event(id).getRegistrationCount()).isEqualTo(1);

		mvc.perform(post(link).with(csrf()))
			.andExpect(content().string(containsString("Ihre Anmeldung ist storniert")));
		assertThat(events.event(id).getRegistrationCount()).isZero();
	}

	@Test
	void shouldLetTheCoordinatorFilterExportCheckInAndCancel() throws Exception {
		long id = fixtures.openConference(10).getId();
		Registered a = registrations.register(id, EventFixtures.person("Anna Arslan", "anna@example.org"),
				Locale.GERMAN);
		registrations.register(id, new NewRegistration("Bernd Becker", "bernd@example.org", "Rat der Stadt",
				ParticipantGroup.RATSMITGLIED, null, null), Locale.GERMAN);

		mvc.perform(get("/events/{id}", id).param("group", "RATSMITGLIED").with(coordinator()))
			.andExpect(content().string(allOf(containsString("Bernd Becker"), not(containsString("Anna Arslan")))));
		mvc.perform(get("/events/{id}/registrations.csv", id).with(coordinator()))
			.andExpect(header().string("Content-Disposition", containsString("anmeldungen-" + id + ".csv")))
			.andExpect(content()
				.string(allOf(containsString("Anna Arslan;anna@example.org"), containsString("Ratsmitglied"))));

		mvc.perform(post("/events/{id}/registrations/{r}/check-in", id, a.registrationId()).with(coordinator())
			.with(csrf())).andExpect(redirectedUrl("/events/" + id + "#registration-" + a.registrationId()));
		assertThat(events.event(id).getAttendance()).isEqualTo(1);

		mvc.perform(
				post("/events/{id}/registrations/{r}/cancel", id, a.registrationId()).with(coordinator()).with(csrf()))
			.andExpect(redirectedUrl("/events/" + id));
		assertThat(events.event(id).getRegistrationCount()).isEqualTo(1);
		assertThat(events.event(id).getAttendance()).isZero();
	}

	@Test
	void shouldKeepTheRegistrationListFromOthers() throws Exception {
		long id = fixtures.openConference(10).getId();
		mvc.perform(get("/events/{id}", id).with(user("ag-sprache")
			.authorities(new org.springframework.security.core.authority.SimpleGrantedAuthority("GROUP_wg-lead"))))
			.andExpect(status().isForbidden());
		mvc.perform(get("/events/{id}", id)).andExpect(status().is3xxRedirection());
	}

	@Test
	void shouldRefuseFewerPlacesThanConfirmedAndAnInvalidProgramme() throws Exception {
		long id = fixtures.openConference(10).getId();
		registrations.register(id, EventFixtures.person("A", "a1@example.org"), Locale.GERMAN);
		registrations.register(id, EventFixtures.person("B", "b1@example.org"), Locale.GERMAN);

		mvc.perform(post("/events/{id}/edit", id).with(coordinator())
			.with(csrf())
			.param("title", "Sozialkonferenz Ruhr 2019")
			.param("date", LocalDate.now().plusDays(30).toString())
			.param("venue", "Luise-Albertz-Halle")
			.param("startTime", "12:00")
			.param("endTime", "11:00")
			.param("capacity", "1")
			.param("programme", "25:00 | Begrüßung"))
			.andExpect(view().name(EventController.VIEW_EDIT))
			.andExpect(model().attributeHasFieldErrorCode("details", "capacity", "event.edit.capacityBelowConfirmed"))
			.andExpect(model().attributeHasFieldErrorCode("details", "endTime", "event.edit.endBeforeStart"))
			.andExpect(model().attributeHasFieldErrorCode("details", "programme", "event.edit.programmeInvalid"))
			.andExpect(content().string(containsString("Es sind schon 2 Personen bestätigt")));
		assertThat(events.event(id).getCapacity()).isEqualTo(10);
	}

	@Test
	void shouldRegisterInTheLanguageOfThePageAndInTheOneTheCoordinatorChose() throws Exception {
		long id = fixtures.openConference(10).getId();

		mvc.perform(register(id, "jane@example.org", true).cookie(new Cookie("teilhabe-lang", "en")))
			.andExpect(redirectedUrl("/public/events/" + id + "/registered"));
		// an online registrant cannot name another language than the page's
		mvc.perform(register(id, "hans@example.org", true).param("language", "en"))
			.andExpect(redirectedUrl("/public/events/" + id + "/registered"));
		mvc.perform(get("/events/{id}", id).with(coordinator()))
			.andExpect(content().string(allOf(containsString("Sprache der E-Mails"), containsString("Englisch"))));
		mvc.perform(addPerson(id, "john@example.org", "fr"))
			.andExpect(view().name(EventController.VIEW_REGISTRATIONS))
			.andExpect(model().attributeHasFieldErrorCode("person", "language", "Pattern"))
			.andExpect(content().string(containsString("Bitte wählen Sie Deutsch oder Englisch.")));
		mvc.perform(addPerson(id, "john@example.org", "en")).andExpect(redirectedUrl("/events/" + id));

		assertThat(registrations.registrationsOf(id)).extracting(Registration::getEmail, Registration::getLocale)
			.containsExactly(tuple("jane@example.org", Locale.ENGLISH), tuple("hans@example.org", Locale.GERMAN),
					tuple("john@example.org", Locale.ENGLISH));
	}

	@Test
	void shouldImportAnInvitationListAndRefuseOneWithABadLine() throws Exception {
		long id = fixtures.openConference(10).getId();

		mvc.perform(post("/events/{id}/invitees", id).with(coordinator())
			.with(csrf())
			.param("group", "PRESSE")
			.param("csv", "Name;E-Mail\nPia Presse;pia@presse.example\nOhne;kaputt\n"))
			.andExpect(view().name(InviteeController.VIEW_INVITEES))
			.andExpect(content().string(allOf(containsString("Es wurde nichts importiert."),
					containsString("Zeile 3: Die E-Mail-Adresse „kaputt“ ist ungültig."))));
		mvc.perform(post("/events/{id}/invitees", id).with(coordinator())
			.with(csrf())
			.param("group", "PRESSE")
			.param("csv", "Name;E-Mail\nPia Presse;pia@presse.example\n"))
			.andExpect(redirectedUrl("/events/" + id + "/invitees"));

		mvc.perform(get("/events/{id}/invitees", id).with(coordinator()))
			.andExpect(content().string(allOf(containsString("Pia Presse"), containsString("noch nicht"))));
	}

	@Test
	void shouldTakeAPressRsvpWithoutTakingAPlaceAndShowItToTheCoordinator() throws Exception {
		long id = fixtures.withPressAppointment(fixtures.openConference(1)).getId();
		registrations.register(id, EventFixtures.person("Regina Schenberg", "regina@rvr.example"), Locale.GERMAN);

		mvc.perform(get("/public/events/{id}", id))
			.andExpect(content().string(containsString("/public/events/" + id + "/press")));
		mvc.perform(get("/public/events/{id}/press", id))
			.andExpect(content().string(allOf(containsString("Pressegespräch um 11:30 Uhr im Foyer"),
					containsString("Zum Pressetermin anmelden"))));
		mvc.perform(pressRsvp(id, "pia@waz.example", " "))
			.andExpect(view().name(PublicEventController.VIEW_PRESS))
			.andExpect(model().attributeHasFieldErrors("pressRsvp", "medium"));
		assertThat(press.rsvpsOf(id)).isEmpty();

		mvc.perform(pressRsvp(id, "pia@waz.example"))
			.andExpect(redirectedUrl("/public/events/" + id + "/press/registered"));
		mvc.perform(pressRsvp(id, "PIA@waz.example"))
			.andExpect(model().attributeHasFieldErrorCode("pressRsvp", "email", "event.pressRsvp.duplicate"))
			.andExpect(content().string(containsString("bereits jemand zum Pressetermin angemeldet")));
		assertThat(press.rsvpsOf(id)).hasSize(1);
		assertThat(events.event(id).getRegistrationCount()).isEqualTo(1);
		assertThat(events.event(id).isFull()).isTrue();

		mvc.perform(get("/events/{id}/press", id).with(coordinator()))
			.andExpect(content().string(allOf(containsString("Pia Presse"), containsString("WAZ Oberhausen"),
					not(containsString("Regina Schenberg")))));
		mvc.perform(get("/events/{id}/press.csv", id).with(coordinator()))
			.andExpect(header().string("Content-Disposition", containsString("presse-" + id + ".csv")))
			.andExpect(content().string(containsString("Pia Presse;WAZ Oberhausen;pia@waz.example")));
		mvc.perform(get("/events/{id}", id).with(coordinator()))
			.andExpect(content().string(not(containsString("Pia Presse"))));
	}

	@Test
	void shouldSayThePressRsvpIsClosedWithoutPressAppointmentAndSaveNothing() throws Exception {
		long id = fixtures.openConference(10).getId();

		mvc.perform(get("/public/events/{id}/press", id))
			.andExpect(content().string(allOf(containsString("keine Anmeldung zum Pressetermin"),
					not(containsString("Zum Pressetermin anmelden</button>")))));
		mvc.perform(pressRsvp(id, "pia@waz.example"))
			.andExpect(view().name(PublicEventController.VIEW_PRESS))
			.andExpect(content().string(containsString("Ihre Anmeldung wurde nicht gespeichert")));
		mvc.perform(pressRsvp(Long.MAX_VALUE, "pia@waz.example")).andExpect(status().isNotFound());
		assertThat(press.rsvpsOf(id)).isEmpty();
	}

	@Test
	void shouldShowTheOutboxToTheAdministratorOnly() throws Exception {
		long id = fixtures.openConference(10).getId();
		registrations.register(id, EventFixtures.person("Outbox Leserin", "outbox-reader@example.org"), Locale.GERMAN);

		mvc.perform(get("/admin/outbox").with(user("admin")
			.authorities(new org.springframework.security.core.authority.SimpleGrantedAuthority("GROUP_admin"))))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("outbox-reader@example.org"),
					containsString("Anmeldebestätigung: Sozialkonferenz Ruhr 2019"),
					containsString("wartet auf Versand"))));
		mvc.perform(get("/admin/outbox").with(coordinator())).andExpect(status().isForbidden());
	}

	private static MockHttpServletRequestBuilder register(long id, String email, boolean consent) {
		MockHttpServletRequestBuilder request = post("/public/events/{id}/registrations", id).with(csrf())
			.param("name", "Regina Schenberg")
			.param("email", email)
			.param("organisation", "Regionalverband Ruhr")
			.param("participantGroup", "FACHAKTEUR");
		return consent ? request.param("consent", "true") : request;
	}

	private static MockHttpServletRequestBuilder addPerson(long id, String email, String language) {
		return post("/events/{id}/registrations", id).with(coordinator())
			.with(csrf())
			.param("name", "John Doe")
			.param("email", email)
			.param("participantGroup", "SONSTIGE")
			.param("language", language);
	}

	private static MockHttpServletRequestBuilder pressRsvp(long id, String email) {
		return pressRsvp(id, email, "WAZ Oberhausen");
	}

	private static MockHttpServletRequestBuilder pressRsvp(long id, String email, String medium) {
		return post("/public/events/{id}/press", id).with(csrf())
			.param("name", "Pia Presse")
			.param("medium", medium)
			.param("email", email)
			.param("consent", "true");
	}

	@Test
	void shouldShowTheCoordinatorARefusedAdditionNextToTheAddressWithTheInputKept() throws Exception {
		long id = fixtures.openConference(10).getId();
		mvc.perform(addPerson(id, "john@example.org", "en")).andExpect(redirectedUrl("/events/" + id));

		mvc.perform(addPerson(id, "JOHN@example.org", "de"))
			.andExpect(status().isOk())
			.andExpect(view().name(EventController.VIEW_REGISTRATIONS))
			.andExpect(model().attributeHasFieldErrorCode("person", "email", "event.registration.duplicate"))
			.andExpect(content().string(allOf(containsString("Mit dieser E-Mail-Adresse ist bereits jemand"),
					containsString("value=\"JOHN@example.org\""), containsString("value=\"John Doe\""))));
		assertThat(registrations.registrationsOf(id)).hasSize(1);
	}

	@Test
	void shouldKeepAnotherCoordinatorsEventPagesAndActionsClosedAndOutOfTheirList() throws Exception {
		ParticipationEvent event = fixtures.withPressAppointment(fixtures.openConference(10));
		long id = event.getId();
		Registered regina = registrations.register(id, EventFixtures.person("Regina Schenberg", "regina@rvr.example"),
				Locale.GERMAN);
		press.rsvp(id, "Pia Presse", "WAZ", "pia@waz.example", Locale.GERMAN);
		long theirs = fixtures
			.conference(fixtures.participation("koordination-duisburg"), 10, LocalDate.now().plusDays(30),
					LocalDate.now().plusDays(20))
			.getId();
		var other = user("koordination-duisburg")
			.authorities(new org.springframework.security.core.authority.SimpleGrantedAuthority("GROUP_coordinator"));

		mvc.perform(get("/events").with(other))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("href=\"/events/" + theirs + "\""),
					not(containsString("href=\"/events/" + id + "\"")))));
		for (String page : List.of("", "/registrations.csv", "/press", "/press.csv", "/edit", "/invitees")) {
			mvc.perform(get("/events/" + id + page).with(other)).andExpect(status().isForbidden());
		}
		mvc.perform(post("/events/{id}/registrations", id).with(other)
			.with(csrf())
			.param("name", "Hans Fremd")
			.param("email", "hans@example.org")
			.param("participantGroup", "FACHAKTEUR")
			.param("language", "de")).andExpect(status().isForbidden());
		mvc.perform(
				post("/events/{id}/registrations/{r}/check-in", id, regina.registrationId()).with(other).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(post("/events/{id}/registrations/{r}/cancel", id, regina.registrationId()).with(other).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(post("/events/{id}/edit", id).with(other).with(csrf()).param("title", "Fremd"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/events/{id}/invitees", id).with(other)
			.with(csrf())
			.param("group", "PRESSE")
			.param("csv", "Name;E-Mail\nPia Presse;pia@presse.example\n")).andExpect(status().isForbidden());

		assertThat(registrations.registrationsOf(id)).extracting(Registration::getEmail, Registration::getStatus)
			.containsExactly(tuple("regina@rvr.example", RegistrationState.CONFIRMED));
		assertThat(events.event(id).getTitle()).isEqualTo("Sozialkonferenz Ruhr 2019");
		mvc.perform(get("/events/{id}/invitees", id).with(coordinator()))
			.andExpect(content().string(not(containsString("pia@presse.example"))));
		mvc.perform(get("/events/{id}", theirs).with(other)).andExpect(status().isOk());
		mvc.perform(get("/events/{id}", id).with(coordinator())).andExpect(status().isOk());
		mvc.perform(get("/events/{id}/registrations.csv", id).with(user("leitung")
			.authorities(new org.springframework.security.core.authority.SimpleGrantedAuthority("GROUP_manager"))))
			.andExpect(status().isOk());
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor coordinator() {
		return user("koordination")
			.authorities(new org.springframework.security.core.authority.SimpleGrantedAuthority("GROUP_coordinator"));
	}

}
