package de.teilhabe.documentation;

import java.security.Principal;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The coordinator starts a correction of the published documentation; it appears as a new
 * version once approved.
 */
@Controller
@PreAuthorize("hasAuthority('GROUP_coordinator')")
class DocumentationCorrectionController {

	private final DocumentationService documentation;

	DocumentationCorrectionController(DocumentationService documentation) {
		this.documentation = documentation;
	}

	@PostMapping("/documentation/corrections/{participationId}")
	String startCorrection(@PathVariable long participationId, Principal principal, RedirectAttributes redirect) {
		try {
			documentation.startCorrection(participationId, principal.getName());
		}
		catch (DocumentationException ex) {
			redirect.addFlashAttribute("error", ex.messageKey());
			return "redirect:/measures";
		}
		redirect.addFlashAttribute("message", "outcome.documentation.correction.started");
		return "redirect:/tasks";
	}

}
