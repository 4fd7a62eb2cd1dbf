package de.teilhabe.participation;

import java.security.Principal;

import jakarta.validation.Valid;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/participations")
class ParticipationController {

	static final String VIEW_LIST = "participations/participationList";

	static final String VIEW_CREATE_FORM = "participations/createParticipationForm";

	private static final int PAGE_SIZE = 25;

	private final ParticipationService participations;

	ParticipationController(ParticipationService participations) {
		this.participations = participations;
	}

	@GetMapping
	String showList(@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("page", participations.list(PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
		return VIEW_LIST;
	}

	@GetMapping("/new")
	String initCreationForm(Model model) {
		model.addAttribute("participation", StartParticipation.empty());
		return VIEW_CREATE_FORM;
	}

	@PostMapping("/new")
	String processCreationForm(@Valid @ModelAttribute("participation") StartParticipation participation,
			BindingResult result, Principal principal, RedirectAttributes redirect) {
		if (participation.endsBeforeStart()) {
			result.rejectValue("plannedEnd", "beforeStart");
		}
		if (result.hasErrors()) {
			return VIEW_CREATE_FORM;
		}
		Participation started = participations.start(participation, principal.getName());
		redirect.addFlashAttribute("message", "participation.started");
		redirect.addFlashAttribute("messageArgument", started.getTitle());
		return "redirect:/tasks";
	}

}
