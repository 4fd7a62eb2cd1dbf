package de.teilhabe.event;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import de.teilhabe.participation.ParticipationAccess;
import de.teilhabe.participation.SteeredParticipations;
import de.teilhabe.system.OnRefusal;

/**
 * The coordinator's side of events: the list, planning the event page, the registration
 * list with filters, CSV export, adding and cancelling people, check-in on the day and
 * the figures. The invitation lists have their own {@link InviteeController}. Only those
 * who steer an event's participation see or change it (see {@link ParticipationAccess}).
 */
@Controller
@RequestMapping("/events")
@PreAuthorize("hasAnyAuthority('GROUP_coordinator','GROUP_manager')")
class EventController {

	static final String VIEW_LIST = "events/eventList";

	static final String VIEW_REGISTRATIONS = "events/registrationList";

	static final String VIEW_EDIT = "events/editEvent";

	static final String VIEW_PRESS = "events/pressList";

	private final EventService events;

	private final RegistrationService registrations;

	private final PressService press;

	private final RegistrationCsv csv;

	private final MessageSource messages;

	private final ParticipationAccess access;

	private final Clock clock;

	EventController(EventService events, RegistrationService registrations, PressService press, RegistrationCsv csv,
			MessageSource messages, ParticipationAccess access, Clock clock) {
		this.events = events;
		this.registrations = registrations;
		this.press = press;
		this.csv = csv;
		this.messages = messages;
		this.access = access;
		this.clock = clock;
	}

	@InitBinder
	void initBinder(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	@GetMapping
	String showList(Authentication user, Model model) {
		SteeredParticipations steered = access.steeredBy(user);
		model.addAttribute("events",
				events.conferences().stream().filter(e -> steered.includes(e.getParticipationId())).toList());
		return VIEW_LIST;
	}

	@GetMapping("/{id}")
	String showRegistrations(@PathVariable long id, @RequestParam(required = false) RegistrationState status,
			@RequestParam(required = false) ParticipantGroup group, @RequestParam(defaultValue = "") String q,
			Authentication user, Model model) {
		if (!model.containsAttribute("person")) {
			model.addAttribute("person", new RegistrationForm());
		}
		return registrationPage(steered(id, user), status, group, q, model);
	}

	@GetMapping(value = "/{id}/registrations.csv")
	void exportCsv(@PathVariable long id, @RequestParam(required = false) RegistrationState status,
			@RequestParam(required = false) ParticipantGroup group, @RequestParam(defaultValue = "") String q,
			Locale locale, Authentication user, HttpServletResponse response) throws IOException {
		ParticipationEvent event = steered(id, user);
		List<Registration> rows = filter(registrations.registrationsOf(id), status, group, q);
		response.setContentType(RegistrationCsv.CONTENT_TYPE);
		response.setHeader("Content-Disposition", "attachment; filename=\"" + RegistrationCsv.fileName(event) + "\"");
		response.getOutputStream().write(csv.csv(rows, locale).getBytes(StandardCharsets.UTF_8));
	}

	/** The press RSVPs for the press appointment, apart from the registrations. */
	@GetMapping("/{id}/press")
	String showPress(@PathVariable long id, Authentication user, Model model) {
		model.addAttribute("event", steered(id, user));
		model.addAttribute("rsvps", press.rsvpsOf(id));
		return VIEW_PRESS;
	}

	@GetMapping("/{id}/press.csv")
	void exportPressCsv(@PathVariable long id, Locale locale, Authentication user, HttpServletResponse response)
			throws IOException {
		ParticipationEvent event = steered(id, user);
		response.setContentType("text/csv; charset=UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"presse-" + event.getId() + ".csv\"");
		DateTimeFormatter time = DateTimeFormatter.ISO_LOCAL_DATE_TIME.withZone(clock.getZone());
		Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		writer.write('\uFEFF');
		try (CSVPrinter printer = new CSVPrinter(writer, CSVFormat.EXCEL.builder().setDelimiter(';').get())) {
			printer.printRecord(List
				.of("event.csv.number", "event.registration.name", "event.pressRsvp.medium", "event.registration.email",
						"event.csv.registeredAt")
				.stream()
				.map(key -> messages.getMessage(key, null, locale))
				.toList());
			for (PressRsvp rsvp : press.rsvpsOf(id)) {
				printer.printRecord(rsvp.getId(), rsvp.getName(), rsvp.getMedium(), rsvp.getEmail(),
						time.format(rsvp.getRegisteredAt()));
			}
		}
	}

	@PostMapping("/{id}/registrations")
	@PreAuthorize("hasAuthority('GROUP_coordinator')")
	@OnRefusal(show = "/events/{id}")
	String addPerson(@PathVariable long id, @Valid @ModelAttribute("person") RegistrationForm form,
			BindingResult result, Authentication user, Model model, RedirectAttributes redirect) {
		ParticipationEvent event = steered(id, user);
		if (result.hasFieldErrors("name") || result.hasFieldErrors("email") || result.hasFieldErrors("participantGroup")
				|| result.hasFieldErrors("language")) {
			return registrationPage(event, null, null, "", model);
		}
		RegistrationService.Registered added = registrations.addByCoordinator(id, form.toRegistration(), user.getName(),
				form.mailLocale());
		redirect.addFlashAttribute("message",
				added.status() == RegistrationState.CONFIRMED ? "event.added.confirmed" : "event.added.waitlisted");
		redirect.addFlashAttribute("messageArgument", form.getName());
		return "redirect:/events/" + id;
	}

	@PostMapping("/{id}/registrations/{registrationId}/cancel")
	@PreAuthorize("hasAuthority('GROUP_coordinator')")
	@OnRefusal(redirectTo = "/events/{id}")
	String cancel(@PathVariable long id, @PathVariable long registrationId, Authentication user,
			RedirectAttributes redirect) {
		steered(id, user);
		registrations.cancelByCoordinator(id, registrationId);
		redirect.addFlashAttribute("message", "event.cancelled");
		return "redirect:/events/" + id;
	}

	@PostMapping("/{id}/registrations/{registrationId}/check-in")
	@PreAuthorize("hasAuthority('GROUP_coordinator')")
	@OnRefusal(redirectTo = "/events/{id}#registration-{registrationId}")
	String checkIn(@PathVariable long id, @PathVariable long registrationId,
			@RequestParam(defaultValue = "true") boolean present, Authentication user, RedirectAttributes redirect) {
		steered(id, user);
		registrations.checkIn(id, registrationId, present);
		redirect.addFlashAttribute("message", present ? "event.checkedIn" : "event.checkedOut");
		return "redirect:/events/" + id + "#registration-" + registrationId;
	}

	@GetMapping("/{id}/edit")
	@PreAuthorize("hasAuthority('GROUP_coordinator')")
	String initEditForm(@PathVariable long id, Authentication user, Model model) {
		ParticipationEvent event = steered(id, user);
		model.addAttribute("event", event);
		model.addAttribute("details", EventDetailsForm.of(event, events.programme(id)));
		return VIEW_EDIT;
	}

	@PostMapping("/{id}/edit")
	@PreAuthorize("hasAuthority('GROUP_coordinator')")
	String processEditForm(@PathVariable long id, @Valid @ModelAttribute("details") EventDetailsForm form,
			BindingResult result, Authentication user, Model model, RedirectAttributes redirect) {
		ParticipationEvent event = steered(id, user);
		if (form.endsBeforeStart()) {
			result.rejectValue("endTime", "event.edit.endBeforeStart");
		}
		if (form.deadlineAfterEvent()) {
			result.rejectValue("registrationDeadline", "event.edit.deadlineAfterEvent");
		}
		if (!form.programmeValid()) {
			result.rejectValue("programme", "event.edit.programmeInvalid");
		}
		if (form.getCapacity() != null && form.getCapacity() < event.getRegistrationCount()) {
			result.rejectValue("capacity", "event.edit.capacityBelowConfirmed",
					new Object[] { event.getRegistrationCount() }, null);
		}
		if (result.hasErrors()) {
			model.addAttribute("event", event);
			return VIEW_EDIT;
		}
		events.describe(id, form.toDetails());
		redirect.addFlashAttribute("message", "event.saved");
		redirect.addFlashAttribute("messageArgument", form.getTitle());
		return "redirect:/events/" + id;
	}

	/** The event, if this user steers its participation; 403 otherwise. */
	private ParticipationEvent steered(long id, Authentication user) {
		ParticipationEvent event = events.event(id);
		access.checkSteers(user, event.getParticipationId());
		return event;
	}

	private String registrationPage(ParticipationEvent event, RegistrationState status, ParticipantGroup group,
			String q, Model model) {
		long id = event.getId();
		model.addAttribute("event", event);
		model.addAttribute("figures", registrations.figures(id));
		model.addAttribute("registrations", filter(registrations.registrationsOf(id), status, group, q));
		model.addAttribute("states", RegistrationState.values());
		model.addAttribute("groups", ParticipantGroup.values());
		model.addAttribute("status", status);
		model.addAttribute("group", group);
		model.addAttribute("q", q);
		return VIEW_REGISTRATIONS;
	}

	private static List<Registration> filter(List<Registration> all, RegistrationState status, ParticipantGroup group,
			String q) {
		String text = q.strip().toLowerCase(Locale.ROOT);
		return all.stream()
			.filter(r -> status == null || r.getStatus() == status)
			.filter(r -> group == null || r.getParticipantGroup() == group)
			.filter(r -> text.isEmpty() || contains(r.getName(), text) || contains(r.getEmail(), text)
					|| contains(r.getOrganisation(), text))
			.toList();
	}

	private static boolean contains(String value, String text) {
		return value != null && value.toLowerCase(Locale.ROOT).contains(text);
	}

}
