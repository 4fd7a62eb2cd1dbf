package de.teilhabe.event;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import de.teilhabe.event.RegistrationService.Registered;
import de.teilhabe.system.OnRefusal;
import de.teilhabe.workinggroup.WorkingGroup;
import de.teilhabe.workinggroup.WorkingGroupService;

/**
 * The public event page with its registration form, and the personal cancel link; no
 * account needed.
 */
@Controller
@RequestMapping("/public/events")
class PublicEventController {

	static final String VIEW_EVENT = "events/publicEvent";

	static final String VIEW_REGISTERED = "events/registered";

	static final String VIEW_CANCEL = "events/cancelRegistration";

	static final String VIEW_PRESS = "events/pressRsvp";

	static final String VIEW_PRESS_DONE = "events/pressRsvpDone";

	private final EventService events;

	private final RegistrationService registrations;

	private final PressService press;

	private final WorkingGroupService workingGroups;

	private final Clock clock;

	PublicEventController(EventService events, RegistrationService registrations, PressService press,
			WorkingGroupService workingGroups, Clock clock) {
		this.events = events;
		this.registrations = registrations;
		this.press = press;
		this.workingGroups = workingGroups;
		this.clock = clock;
	}

	@InitBinder({ "registration", "pressRsvp" })
	void initBinder(WebDataBinder binder) {
		// an online registrant's mails are in the language of the page, not in one a form
		// field could name
		binder.setDisallowedFields("id", "language");
	}

	@GetMapping("/{id}")
	String showEvent(@PathVariable long id, Model model) {
		if (!model.containsAttribute("registration")) {
			model.addAttribute("registration", new RegistrationForm());
		}
		return eventPage(id, model);
	}

	@PostMapping("/{id}/registrations")
	@OnRefusal(show = "/public/events/{id}")
	String processRegistration(@PathVariable long id, @Valid @ModelAttribute("registration") RegistrationForm form,
			BindingResult result, Locale locale, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return eventPage(id, model);
		}
		Registered registered = registrations.register(id, form.toRegistration(), locale);
		redirect.addFlashAttribute("status", registered.status());
		redirect.addFlashAttribute("email", form.getEmail().strip());
		return "redirect:/public/events/" + id + "/registered";
	}

	@GetMapping("/{id}/registered")
	String showRegistered(@PathVariable long id, Model model) {
		model.addAttribute("event", events.event(id));
		return VIEW_REGISTERED;
	}

	@GetMapping("/registrations/{token}/cancel")
	String initCancel(@PathVariable String token, Model model) {
		registrations.byToken(token).ifPresentOrElse(registration -> {
			model.addAttribute("registration", registration);
			model.addAttribute("event", events.event(registration.getEventId()));
		}, () -> {
			if (!model.containsAttribute("error")) {
				model.addAttribute("error", "event.cancel.invalid");
			}
		});
		model.addAttribute("token", token);
		return VIEW_CANCEL;
	}

	@PostMapping("/registrations/{token}/cancel")
	@OnRefusal(show = "/public/events/registrations/{token}/cancel")
	String processCancel(@PathVariable String token, Model model) {
		Registration cancelled = registrations.cancel(token);
		model.addAttribute("registration", cancelled);
		model.addAttribute("event", events.event(cancelled.getEventId()));
		model.addAttribute("message", "event.cancel.done");
		model.addAttribute("token", token);
		return VIEW_CANCEL;
	}

	@GetMapping("/{id}/press")
	String initPressRsvp(@PathVariable long id, Model model) {
		if (!model.containsAttribute("pressRsvp")) {
			model.addAttribute("pressRsvp", new PressRsvpForm());
		}
		return pressPage(id, model);
	}

	/**
	 * The press RSVP the press invitation links to; it is kept apart from the
	 * registrations and takes no place.
	 */
	@PostMapping("/{id}/press")
	@OnRefusal(show = "/public/events/{id}/press")
	String processPressRsvp(@PathVariable long id, @Valid @ModelAttribute("pressRsvp") PressRsvpForm form,
			BindingResult result, Locale locale, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return pressPage(id, model);
		}
		press.rsvp(id, form.getName(), form.getMedium(), form.getEmail(), locale);
		redirect.addFlashAttribute("email", form.getEmail().strip());
		return "redirect:/public/events/" + id + "/press/registered";
	}

	@GetMapping("/{id}/press/registered")
	String showPressRsvpDone(@PathVariable long id, Model model) {
		model.addAttribute("event", events.event(id));
		return VIEW_PRESS_DONE;
	}

	private String pressPage(long id, Model model) {
		ParticipationEvent event = events.event(id);
		model.addAttribute("event", event);
		model.addAttribute("open", press.acceptsRsvps(event));
		return VIEW_PRESS;
	}

	private String eventPage(long id, Model model) {
		ParticipationEvent event = events.event(id);
		model.addAttribute("event", event);
		model.addAttribute("programme", events.programme(id));
		model.addAttribute("open", event.acceptsRegistrations(LocalDateTime.now(clock)));
		model.addAttribute("groups", ParticipantGroup.values());
		List<String> groupNames = event.getKind() == EventKind.CONFERENCE
				? workingGroups.ofParticipation(event.getParticipationId()).stream().map(WorkingGroup::getName).toList()
				: List.of();
		model.addAttribute("workingGroups", groupNames);
		return VIEW_EVENT;
	}

}
