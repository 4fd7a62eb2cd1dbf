package de.teilhabe.participation;

import java.security.Principal;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

import de.teilhabe.form.CamundaForms;
import de.teilhabe.form.FormResult;

/**
 * Starting a participation process from the main process's start form. The list of
 * processes is the progress overview ({@code /progress}); the old address leads there.
 */
@Controller
@RequestMapping("/participations")
class ParticipationController {

	static final String VIEW_CREATE_FORM = "participations/createParticipationForm";

	private final ParticipationService participations;

	private final CamundaForms forms;

	private final MessageSource messages;

	ParticipationController(ParticipationService participations, CamundaForms forms, MessageSource messages) {
		this.participations = participations;
		this.forms = forms;
		this.messages = messages;
	}

	@GetMapping
	String showList() {
		return "redirect:/progress";
	}

	@GetMapping("/new")
	String initCreationForm(Locale locale, Model model) {
		model.addAttribute("form", forms.startForm(ParticipationService.PROCESS_KEY, locale));
		return VIEW_CREATE_FORM;
	}

	@PostMapping("/new")
	String processCreationForm(@RequestParam MultiValueMap<String, String> params, Principal principal, Locale locale,
			Model model, RedirectAttributes redirect) {
		FormResult result = forms.bindStartForm(ParticipationService.PROCESS_KEY, params, locale);
		if (!result.valid()) {
			model.addAttribute("form", result.view());
			return VIEW_CREATE_FORM;
		}
		StartParticipation command = StartParticipation.fromForm(result.values());
		if (command.endsBeforeStart()) {
			model.addAttribute("form", result.view()
				.withError("plannedEnd", messages.getMessage("participation.endBeforeStart", null, locale)));
			return VIEW_CREATE_FORM;
		}
		Participation started = participations.start(command, principal.getName());
		redirect.addFlashAttribute("message", "participation.started");
		redirect.addFlashAttribute("messageArgument", started.getTitle());
		return "redirect:/tasks/next?process=" + UriUtils.encodeQueryParam(started.getSlug(), "UTF-8");
	}

}
