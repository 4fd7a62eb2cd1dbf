package de.teilhabe.council;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A refused council decision (e.g. a second final decision, when the task was completed
 * from the task page) reads as a clear message on the page it came from; the transaction
 * is rolled back, so nothing changed.
 */
@ControllerAdvice
class CouncilDecisionAdvice {

	@ExceptionHandler(CouncilDecisionException.class)
	String refused(CouncilDecisionException refused, HttpServletRequest request, RedirectAttributes redirect) {
		redirect.addFlashAttribute("error", refused.messageKey());
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return "redirect:"
				+ (path.matches("/tasks/[^/]+/complete") ? path.substring(0, path.lastIndexOf('/')) : "/tasks");
	}

}
