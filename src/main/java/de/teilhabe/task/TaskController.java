package de.teilhabe.task;

import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
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

import de.teilhabe.system.OnRefusal;

/** One task: what it is, its history and comments, the actions on it, and its form. */
@Controller
@RequestMapping("/tasks/{taskId}")
class TaskController {

	static final String VIEW_TASK = "tasks/taskDetails";

	static final int MAX_COMMENT = 2000;

	private final TaskQueries queries;

	private final TaskWorkService work;

	private final Clock clock;

	TaskController(TaskQueries queries, TaskWorkService work, Clock clock) {
		this.queries = queries;
		this.work = work;
		this.clock = clock;
	}

	@GetMapping
	String showTask(@PathVariable String taskId, Principal principal, Locale locale, Model model) {
		return show(queries.details(taskId, principal.getName(), locale), model);
	}

	/**
	 * Keeps the form's input, complete or not, for later; nothing is checked and the task
	 * stays open.
	 */
	@PostMapping("/draft")
	String saveDraft(@PathVariable String taskId, @RequestParam MultiValueMap<String, String> params,
			Principal principal, Locale locale, Model model, RedirectAttributes redirect) {
		Optional<TaskDetails> again = work.saveDraft(taskId, principal.getName(), params, locale);
		if (again.isPresent()) {
			return show(again.get(), model);
		}
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
		Completion completion = work.complete(taskId, principal.getName(), params, locale);
		if (completion instanceof Completion.Invalid invalid) {
			return show(invalid.page(), model);
		}
		Completion.Completed completed = (Completion.Completed) completion;
		redirect.addFlashAttribute("message", "task.completed");
		redirect.addFlashAttribute("messageArgument", completed.taskName());
		return completed.nextTaskId().map(id -> "redirect:/tasks/" + id).orElse("redirect:/tasks");
	}

	@ExceptionHandler(TaskNotFoundException.class)
	String taskGone(TaskNotFoundException gone, HttpServletRequest request, HttpServletResponse response,
			RedirectAttributes redirect, Model model) {
		if ("GET".equals(request.getMethod())) {
			response.setStatus(HttpServletResponse.SC_NOT_FOUND);
			model.addAttribute("status", 404);
			return "error";
		}
		redirect.addFlashAttribute("error", gone.messageKey());
		return "redirect:/tasks";
	}

	@ExceptionHandler(TaskConflictException.class)
	String taskConflict(TaskConflictException conflict, HttpServletRequest request, RedirectAttributes redirect) {
		@SuppressWarnings("unchecked")
		Map<String, String> path = (Map<String, String>) request
			.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		redirect.addFlashAttribute("error", conflict.messageKey());
		return "redirect:/tasks/" + UriUtils.encodePathSegment(path.get("taskId"), StandardCharsets.UTF_8);
	}

	private static String show(TaskDetails details, Model model) {
		model.addAttribute("details", details);
		model.addAttribute("task", details.task());
		model.addAttribute("form", details.form());
		model.addAttribute("draftLoaded", details.draftLoaded());
		model.addAttribute("names", details.names());
		return VIEW_TASK;
	}

	private static String confirm(RedirectAttributes redirect, String message, String taskId) {
		redirect.addFlashAttribute("message", message);
		return "redirect:/tasks/" + taskId;
	}

	private Date at(LocalDate day, LocalTime time) {
		return day == null ? null : Date.from(day.atTime(time).atZone(clock.getZone()).toInstant());
	}

}
