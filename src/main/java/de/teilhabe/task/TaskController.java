package de.teilhabe.task;

import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

import de.teilhabe.form.CamundaForms;
import de.teilhabe.form.FormResult;
import de.teilhabe.form.FormView;
import de.teilhabe.system.OnRefusal;

/** One task: what it is, its history and comments, the actions on it, and its form. */
@Controller
@RequestMapping("/tasks/{taskId}")
class TaskController {

	static final String VIEW_TASK = "tasks/taskDetails";

	static final int MAX_COMMENT = 2000;

	private final TaskWorkService work;

	private final CamundaForms forms;

	TaskController(TaskWorkService work, CamundaForms forms) {
		this.work = work;
		this.forms = forms;
	}

	@GetMapping
	String showTask(@PathVariable String taskId, Principal principal, Locale locale, Model model) {
		TaskDetails details = work.details(taskId, principal.getName());
		Optional<FormView> form = details.canComplete() ? forms.taskForm(details.task(), details.variables(), locale)
				: Optional.empty();
		if (form.isPresent()) {
			Optional<Map<String, List<String>>> draft = details.draft();
			if (draft.isPresent()) {
				// the draft is bound like a submission, so what is still missing is
				// marked
				form = Optional.of(forms.bindTaskForm(taskId, new LinkedMultiValueMap<>(draft.get()), locale).view());
				model.addAttribute("draftLoaded", true);
			}
		}
		return show(details, form.orElse(null), model);
	}

	/**
	 * Keeps the form's input, complete or not, for later; nothing is checked and the task
	 * stays open.
	 */
	@PostMapping("/draft")
	String saveDraft(@PathVariable String taskId, @RequestParam MultiValueMap<String, String> params,
			Principal principal, Locale locale, Model model, RedirectAttributes redirect) {
		TaskDetails details = work.details(taskId, principal.getName());
		if (!details.canComplete()) {
			throw new AccessDeniedException("may not work on " + taskId);
		}
		FormResult result = forms.bindTaskForm(taskId, params, locale);
		if (result.rowChanged()) {
			return show(details, result.view(), model);
		}
		Map<String, List<String>> input = new LinkedHashMap<>(params);
		input.remove("_csrf");
		work.saveDraft(taskId, principal.getName(), input);
		return confirm(redirect, "outcome.draft.saved", taskId);
	}

	@PostMapping("/claim")
	String claim(@PathVariable String taskId, Principal principal, RedirectAttributes redirect) {
		work.claim(taskId, principal.getName());
		return confirm(redirect, "task.claimed", taskId);
	}

	@PostMapping("/unclaim")
	String unclaim(@PathVariable String taskId, Principal principal, RedirectAttributes redirect) {
		work.unclaim(taskId, principal.getName());
		return confirm(redirect, "task.unclaimed", taskId);
	}

	@PostMapping("/assign")
	String assign(@PathVariable String taskId, @RequestParam String assignee, Principal principal,
			RedirectAttributes redirect) {
		work.assign(taskId, principal.getName(), assignee);
		return confirm(redirect, "task.assigned", taskId);
	}

	@PostMapping("/dates")
	String setDates(@PathVariable String taskId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate due,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate followUp,
			Principal principal, RedirectAttributes redirect) {
		// due at the end of the day, follow-up from its start: "due on the 20th" still
		// allows work on the 20th
		work.setDates(taskId, principal.getName(), at(due, LocalTime.of(23, 59, 59)), at(followUp, LocalTime.MIN));
		return confirm(redirect, "task.datesSet", taskId);
	}

	@PostMapping("/comments")
	String comment(@PathVariable String taskId, @RequestParam String text, Principal principal,
			RedirectAttributes redirect) {
		String comment = text.strip();
		if (comment.isEmpty() || comment.length() > MAX_COMMENT) {
			redirect.addFlashAttribute("error", "task.comment.invalid");
			return "redirect:/tasks/" + taskId;
		}
		work.comment(taskId, principal.getName(), comment);
		return confirm(redirect, "task.commented", taskId);
	}

	@PostMapping("/complete")
	@OnRefusal(redirectTo = "/tasks/{taskId}")
	String complete(@PathVariable String taskId, @RequestParam MultiValueMap<String, String> params,
			Principal principal, Locale locale, Model model, RedirectAttributes redirect) {
		TaskDetails details = work.details(taskId, principal.getName());
		if (!details.canComplete()) {
			throw new AccessDeniedException("may not complete " + taskId);
		}
		FormResult result = forms.bindTaskForm(taskId, params, locale);
		if (!result.valid() || result.rowChanged()) {
			return show(details, result.view(), model);
		}
		String process = work.complete(taskId, principal.getName(), result.values());
		Optional<String> next = process == null ? Optional.empty() : work.nextTask(process, principal.getName());
		redirect.addFlashAttribute("message", "task.completed");
		redirect.addFlashAttribute("messageArgument", details.task().getName());
		return next.map(id -> "redirect:/tasks/" + id).orElse("redirect:/tasks");
	}

	@ExceptionHandler(TaskNotFoundException.class)
	String taskGone(HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect,
			Model model) {
		if ("GET".equals(request.getMethod())) {
			response.setStatus(HttpServletResponse.SC_NOT_FOUND);
			model.addAttribute("status", 404);
			return "error";
		}
		redirect.addFlashAttribute("error", "task.gone");
		return "redirect:/tasks";
	}

	@ExceptionHandler(TaskConflictException.class)
	String taskConflict(HttpServletRequest request, RedirectAttributes redirect) {
		@SuppressWarnings("unchecked")
		Map<String, String> path = (Map<String, String>) request
			.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		redirect.addFlashAttribute("error", "task.conflict");
		return "redirect:/tasks/" + UriUtils.encodePathSegment(path.get("taskId"), StandardCharsets.UTF_8);
	}

	private String show(TaskDetails details, FormView form, Model model) {
		Set<String> people = new HashSet<>(details.assignableUsers());
		if (details.task().getAssignee() != null) {
			people.add(details.task().getAssignee());
		}
		details.history().forEach(entry -> {
			if (entry.userId() != null) {
				people.add(entry.userId());
			}
		});
		model.addAttribute("details", details);
		model.addAttribute("task", details.task());
		model.addAttribute("form", form);
		model.addAttribute("names", work.displayNames(people));
		return VIEW_TASK;
	}

	private static String confirm(RedirectAttributes redirect, String message, String taskId) {
		redirect.addFlashAttribute("message", message);
		return "redirect:/tasks/" + taskId;
	}

	private static Date at(LocalDate day, LocalTime time) {
		return day == null ? null : Date.from(day.atTime(time).atZone(ZoneId.systemDefault()).toInstant());
	}

}
