package de.teilhabe.event;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.autoconfigure.web.servlet.MultipartProperties;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An event's invitation lists: imported per group from CSV, as an uploaded file or
 * pasted; the invitations go out with the conference process. Every refusal shows the
 * page again with the reason next to the field and imports nothing.
 */
@Controller
@RequestMapping("/events/{id}/invitees")
@PreAuthorize("hasAnyAuthority('GROUP_coordinator','GROUP_manager')")
class InviteeController {

	static final String VIEW_INVITEES = "events/invitees";

	/**
	 * A list with more bad lines than this is better corrected in the spreadsheet than
	 * read on a page.
	 */
	static final int PROBLEMS_SHOWN = 50;

	private static final String FORM = "inviteeImport";

	private final EventService events;

	private final InvitationService invitations;

	private final long maxFileMegabytes;

	InviteeController(EventService events, InvitationService invitations, MultipartProperties multipart) {
		this.events = events;
		this.invitations = invitations;
		this.maxFileMegabytes = Math.max(1, multipart.getMaxFileSize().toMegabytes());
	}

	@InitBinder(FORM)
	void initBinder(WebDataBinder binder) {
		binder.setAllowedFields("group", "csv", "file");
	}

	@GetMapping
	String showInvitees(@PathVariable long id, Model model) {
		model.addAttribute(FORM, new InviteeImportForm());
		return inviteesPage(id, model);
	}

	@PostMapping
	@PreAuthorize("hasAuthority('GROUP_coordinator')")
	String importInvitees(@PathVariable long id, @ModelAttribute(FORM) InviteeImportForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (form.getGroup() == null && !result.hasFieldErrors("group")) {
			result.rejectValue("group", "event.invitees.groupMissing");
		}
		if (form.hasFile() && form.hasText()) {
			result.rejectValue("file", "event.invitees.fileAndText");
		}
		else if (!form.hasFile() && !form.hasText()) {
			result.rejectValue("file", "event.invitees.empty");
		}
		if (result.hasErrors()) {
			return inviteesPage(id, model);
		}
		String field = form.hasFile() ? "file" : "csv";
		InvitationService.Imported imported;
		try {
			String csv = form.hasFile()
					? InviteeList.text(form.getFile().getBytes(), form.getFile().getOriginalFilename()) : form.getCsv();
			imported = invitations.importCsv(id, form.getGroup(), csv);
		}
		catch (RegistrationRefusedException ex) {
			result.rejectValue(field, ex.getMessageKey());
			return inviteesPage(id, model);
		}
		catch (IOException ex) {
			result.rejectValue(field, "event.invitees.unreadable");
			return inviteesPage(id, model);
		}
		if (!imported.problems().isEmpty()) {
			long lines = imported.problems().stream().mapToLong(InviteeList.Problem::line).distinct().count();
			result.rejectValue(field, "event.invitees.rowProblems", new Object[] { lines }, null);
			int shown = Math.min(PROBLEMS_SHOWN, imported.problems().size());
			model.addAttribute("problems", imported.problems().subList(0, shown));
			model.addAttribute("moreProblems", imported.problems().size() - shown);
			model.addAttribute("problemField", field);
			return inviteesPage(id, model);
		}
		redirect.addFlashAttribute("imported", imported.added());
		redirect.addFlashAttribute("duplicates", imported.duplicates());
		return "redirect:/events/" + id + "/invitees";
	}

	/**
	 * A file over {@code spring.servlet.multipart.max-file-size} (or a request over
	 * {@code max-request-size}): the container stops reading it, and the page says so
	 * next to the file field. Its status stays 200: Tomcat closes the connection after a
	 * 413 without reading the rest of the upload, and the browser would show a
	 * "connection reset" instead of the page. The rest of the upload is read and dropped
	 * up to {@code server.tomcat.max-swallow-size}.
	 */
	@ExceptionHandler(MaxUploadSizeExceededException.class)
	String refuseOversizedFile(HttpServletRequest request, Model model) {
		InviteeImportForm form = new InviteeImportForm();
		BindingResult result = new BeanPropertyBindingResult(form, FORM);
		result.rejectValue("file", "event.invitees.tooLarge", new Object[] { maxFileMegabytes }, null);
		model.addAttribute(FORM, form);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + FORM, result);
		return inviteesPage(eventId(request), model);
	}

	private String inviteesPage(long id, Model model) {
		model.addAttribute("event", events.event(id));
		model.addAttribute("invitees", invitations.inviteesOf(id));
		model.addAttribute("groups", ParticipantGroup.values());
		model.addAttribute("maxFileMegabytes", maxFileMegabytes);
		return VIEW_INVITEES;
	}

	/**
	 * Exception handlers get no path variables; the handler mapping left them in the
	 * request.
	 */
	private static long eventId(HttpServletRequest request) {
		@SuppressWarnings("unchecked")
		Map<String, String> variables = (Map<String, String>) request
			.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		try {
			return Long.parseLong(variables.get("id"));
		}
		catch (NumberFormatException ex) {
			throw new EventNotFoundException(-1);
		}
	}

}
