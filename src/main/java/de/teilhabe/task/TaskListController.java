package de.teilhabe.task;

import java.security.Principal;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import de.teilhabe.participation.ParticipationService;
import de.teilhabe.participation.Phase;
import de.teilhabe.workinggroup.WorkingGroupService;

@Controller
class TaskListController {

	static final String VIEW_TASK_LIST = "tasks/taskList";

	static final int PAGE_SIZE = 25;

	static final int MAX_FILTER_NAME = 80;

	private final TaskQueries queries;

	private final ParticipationService participations;

	private final WorkingGroupService workingGroups;

	private final SavedFilterRepository savedFilters;

	private final Clock clock;

	TaskListController(TaskQueries queries, ParticipationService participations, WorkingGroupService workingGroups,
			SavedFilterRepository savedFilters, Clock clock) {
		this.queries = queries;
		this.participations = participations;
		this.workingGroups = workingGroups;
		this.savedFilters = savedFilters;
		this.clock = clock;
	}

	@GetMapping("/tasks")
	String showTasks(@ModelAttribute("filter") TaskFilter filter, BindingResult binding,
			@RequestParam(defaultValue = "0") int page, Principal principal, Model model) {
		// an unknown value in a hand-edited URL falls back to the unfiltered list rather
		// than an error
		TaskFilter effective = binding.hasErrors() ? TaskFilter.all() : filter;
		if (effective.phase() != null && Phase.ofName(effective.phase()).isEmpty()) {
			effective = TaskFilter.all();
		}
		TaskPage tasks = queries.search(principal.getName(), effective, page, PAGE_SIZE);
		Set<String> people = new HashSet<>();
		tasks.rows().forEach(row -> {
			if (row.assignee() != null) {
				people.add(row.assignee());
			}
		});
		model.addAttribute("filter", effective);
		model.addAttribute("tasks", tasks);
		model.addAttribute("names", queries.displayNames(people));
		model.addAttribute("processes", participations.runningChoices());
		model.addAttribute("phases", Phase.values());
		// from the model, not T(...) in the template: SpEL looks nested types up on the
		// class path at every render
		model.addAttribute("scopes", TaskFilter.Scope.values());
		model.addAttribute("dues", TaskFilter.Due.values());
		model.addAttribute("sorts", TaskFilter.Sort.values());
		model.addAttribute("workingGroups",
				effective.process() == null ? List.of()
						: participations.findBySlug(effective.process())
							.map(p -> workingGroups.ofParticipation(p.getId()))
							.orElse(List.of()));
		model.addAttribute("savedFilters", savedFilters.findByUserIdOrderByName(principal.getName()));
		model.addAttribute("currentQuery", queryOf(effective));
		return VIEW_TASK_LIST;
	}

	/**
	 * The filter as the list's query string, to save it or to page and sort without
	 * losing it.
	 */
	static String queryOf(TaskFilter filter) {
		UriComponentsBuilder query = UriComponentsBuilder.newInstance();
		query.queryParam("scope", filter.scope());
		if (filter.process() != null) {
			query.queryParam("process", filter.process());
		}
		if (filter.phase() != null) {
			query.queryParam("phase", filter.phase());
		}
		if (filter.workingGroup() != null) {
			query.queryParam("workingGroup", filter.workingGroup());
		}
		if (filter.due() != null) {
			query.queryParam("due", filter.due());
		}
		if (filter.q() != null) {
			query.queryParam("q", filter.q());
		}
		query.queryParam("sort", filter.sort());
		query.queryParam("desc", filter.desc());
		return query.encode().build().getQuery();
	}

	/**
	 * After starting a process or finishing a step elsewhere: the user's next task of
	 * that process, or the list.
	 */
	@GetMapping("/tasks/next")
	String showNextTask(@RequestParam String process, Principal principal) {
		return queries.nextTask(process, principal.getName())
			.map(id -> "redirect:/tasks/" + id)
			.orElse("redirect:/tasks");
	}

	@PostMapping("/tasks/filters")
	@Transactional
	String saveFilter(@RequestParam String name, @RequestParam(defaultValue = "") String query, Principal principal,
			RedirectAttributes redirect) {
		String trimmed = name.strip();
		if (trimmed.isEmpty() || trimmed.length() > MAX_FILTER_NAME || query.length() > 1000) {
			redirect.addFlashAttribute("error", "tasks.filter.invalidName");
			return "redirect:/tasks" + (query.isEmpty() ? "" : "?" + query);
		}
		savedFilters.findByUserIdAndName(principal.getName(), trimmed)
			.ifPresentOrElse(existing -> existing.update(query),
					() -> savedFilters.save(new SavedFilter(principal.getName(), trimmed, query, clock.instant())));
		redirect.addFlashAttribute("message", "tasks.filter.saved");
		redirect.addFlashAttribute("messageArgument", trimmed);
		return "redirect:/tasks" + (query.isEmpty() ? "" : "?" + query);
	}

	@PostMapping("/tasks/filters/{id}/delete")
	@Transactional
	String deleteFilter(@PathVariable long id, Principal principal, RedirectAttributes redirect) {
		savedFilters.findByIdAndUserId(id, principal.getName()).ifPresent(filter -> {
			savedFilters.delete(filter);
			redirect.addFlashAttribute("message", "tasks.filter.deleted");
			redirect.addFlashAttribute("messageArgument", filter.getName());
		});
		return "redirect:/tasks";
	}

}
