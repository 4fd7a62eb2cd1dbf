package de.teilhabe.event;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.autoconfigure.web.servlet.MultipartProperties;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
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

import de.teilhabe.participation.ParticipationAccess;
import de.teilhabe.system.NotFoundException;
import de.teilhabe.system.OnRefusal;

/**
 * An event's invitation lists: imported per group from CSV, as an uploaded file or
 * pasted; the invitations go out with the conference process. Every refusal shows the
 * page again with the reason next to the field and imports nothing. Only those who steer
 * the event's participation see or import its lists.
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

	private final ParticipationAccess access;

	InviteeController(EventService events, InvitationService invitations, MultipartProperties multipart,
			ParticipationAccess access) {
		this.events = events;
		this.invitations = invitations;
		this.access = access;
		this.maxFileMegabytes = Math.max(1, multipart.getMaxFileSize().toMegabytes());
	}

	@InitBinder(FORM)
	void initBinder(WebDataBinder binder) {
		binder.setAllowedFields("group", "csv", "file");
	}

	@GetMapping
	String showInvitees(@PathVariable long id, Authentication user, Model model) {
		if (!model.containsAttribute(FORM)) {
			model.addAttribute(FORM, new InviteeImportForm());
		}
		return inviteesPage(steered(id, user), model);
	}

	@PostMapping
	@PreAuthorize("hasAuthority('GROUP_coordinator')")
	@OnRefusal(show = "/events/{id}/invitees")
	String importInvitees(@PathVariable long id, @ModelAttribute(FORM) InviteeImportForm form, BindingResult result,
			Authentication user, Model model, RedirectAttributes redirect) {
		ParticipationEvent event = steered(id, user);
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
			return inviteesPage(event, model);
		}
		String field = form.field();
		InvitationService.Imported imported = invitations.importList(id, form.getGroup(), form.text(), field);
		if (!imported.problems().isEmpty()) {
			long lines = imported.problems().stream().mapToLong(InviteeList.Problem::line).distinct().count();
			result.rejectValue(field, "event.invitees.rowProblems", new Object[] { lines }, null);
			int shown = Math.min(PROBLEMS_SHOWN, imported.problems().size());
			model.addAttribute("problems", imported.problems().subList(0, shown));
			model.addAttribute("moreProblems", imported.problems().size() - shown);
			model.addAttribute("problemField", field);
			return inviteesPage(event, model);
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
	String refuseOversizedFile(HttpServletRequest request, Authentication user, Model model) {
		InviteeImportForm form = new InviteeImportForm();
		BindingResult result = new BeanPropertyBindingResult(form, FORM);
		result.rejectValue("file", "event.invitees.tooLarge", new Object[] { maxFileMegabytes }, null);
		model.addAttribute(FORM, form);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + FORM, result);
		return inviteesPage(steered(eventId(request), user), model);
	}

	/** The event, if this user steers its participation; 403 otherwise. */
	private ParticipationEvent steered(long id, Authentication user) {
		ParticipationEvent event = events.event(id);
		access.checkSteers(user, event.getParticipationId());
		return event;
	}

	private String inviteesPage(ParticipationEvent event, Model model) {
		model.addAttribute("event", event);
		model.addAttribute("invitees", invitations.inviteesOf(event.getId()));
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
		String id = variables.get("id");
		if (id == null || !id.matches("\\d{1,18}")) {
			throw new NotFoundException("event", id);
		}
		return Long.parseLong(id);
	}

}
