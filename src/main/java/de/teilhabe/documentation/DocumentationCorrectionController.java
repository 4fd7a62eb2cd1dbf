package de.teilhabe.documentation;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import de.teilhabe.participation.ParticipationAccess;
import de.teilhabe.participation.ParticipationService;
import de.teilhabe.system.NotFoundException;
import de.teilhabe.system.OnRefusal;

/**
 * The coordinator of a participation starts a correction of its published documentation;
 * it appears as a new version once approved.
 */
@Controller
@PreAuthorize("hasAuthority('GROUP_coordinator')")
class DocumentationCorrectionController {

	private final DocumentationService documentation;

	private final ParticipationService participations;

	private final ParticipationAccess access;

	DocumentationCorrectionController(DocumentationService documentation, ParticipationService participations,
			ParticipationAccess access) {
		this.documentation = documentation;
		this.participations = participations;
		this.access = access;
	}

	@PostMapping("/documentation/corrections/{participationId}")
	@OnRefusal(redirectTo = "/measures")
	String startCorrection(@PathVariable long participationId, Authentication user, RedirectAttributes redirect) {
		participations.find(participationId).orElseThrow(() -> new NotFoundException("participation", participationId));
		access.checkSteers(user, participationId);
		documentation.startCorrection(participationId, user.getName());
		redirect.addFlashAttribute("message", "outcome.documentation.correction.started");
		return "redirect:/tasks";
	}

}
