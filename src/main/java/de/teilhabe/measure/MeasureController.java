package de.teilhabe.measure;

import java.security.Principal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import de.teilhabe.participation.Participation;
import de.teilhabe.participation.ParticipationService;
import de.teilhabe.workinggroup.WorkingGroup;
import de.teilhabe.workinggroup.WorkingGroupService;

/**
 * The coordinator's pages on measures: consolidation (all groups' measures side by side,
 * merging duplicates, setting measures aside, total against the budget) and tracking
 * (status, progress, spent budget, updates).
 */
@Controller
@RequestMapping("/measures")
@PreAuthorize("hasAnyAuthority('GROUP_coordinator','GROUP_manager')")
class MeasureController {

	static final String VIEW_OVERVIEW = "measures/overview";

	static final String VIEW_CONSOLIDATION = "measures/consolidation";

	static final String VIEW_TRACKING = "measures/tracking";

	static final String VIEW_COUNCIL = "measures/council";

	private final MeasureService measures;

	private final ParticipationService participations;

	private final WorkingGroupService workingGroups;

	MeasureController(MeasureService measures, ParticipationService participations, WorkingGroupService workingGroups) {
		this.measures = measures;
		this.participations = participations;
		this.workingGroups = workingGroups;
	}

	@GetMapping
	String overview(Model model) {
		model.addAttribute("participations",
				participations.list(PageRequest.of(0, 100, Sort.by(Sort.Direction.DESC, "createdAt"))).getContent());
		return VIEW_OVERVIEW;
	}

	@GetMapping("/consolidation/{participationId}")
	String consolidation(@PathVariable long participationId, Model model) {
		Participation participation = participation(participationId);
		List<Measure> all = measures.ofParticipation(participationId);
		List<WorkingGroup> groups = workingGroups.ofParticipation(participationId);
		Map<Long, List<Measure>> byGroup = new LinkedHashMap<>();
		groups.forEach(g -> byGroup.put(g.getId(), new ArrayList<>()));
		all.forEach(m -> byGroup.computeIfAbsent(m.getWorkingGroupId(), id -> new ArrayList<>()).add(m));
		Map<Long, Measure> byId = new HashMap<>();
		all.forEach(m -> byId.put(m.getId(), m));
		long total = measures.totalCost(participationId);
		model.addAttribute("participation", participation);
		model.addAttribute("groups", groups);
		model.addAttribute("byGroup", byGroup);
		model.addAttribute("byId", byId);
		model.addAttribute("groupNames", workingGroups.namesById(byGroup.keySet()));
		model.addAttribute("mergedInto", measures.mergedInto(participationId));
		model.addAttribute("total", total);
		model.addAttribute("budget", participation.getMeasuresBudget());
		model.addAttribute("overBudget", total > participation.getMeasuresBudget());
		model.addAttribute("editable", all.stream().anyMatch(m -> m.getStatus() == MeasureStatus.PROPOSED));
		return VIEW_CONSOLIDATION;
	}

	@PostMapping("/consolidation/{participationId}/merge")
	@PreAuthorize("hasAuthority('GROUP_coordinator')")
	String merge(@PathVariable long participationId,
			@RequestParam(name = "measure", required = false) List<Long> selected,
			@RequestParam(required = false) Long keep, RedirectAttributes redirect) {
		participation(participationId);
		if (selected == null || selected.size() < 2) {
			return refuse(redirect, "outcome.measure.merge.tooFew", consolidationOf(participationId));
		}
		if (keep == null || !selected.contains(keep)) {
			return refuse(redirect, "outcome.measure.merge.keepNotSelected", consolidationOf(participationId));
		}
		List<Long> duplicates = selected.stream().filter(id -> !id.equals(keep)).distinct().toList();
		try {
			measures.merge(participationId, keep, duplicates);
		}
		catch (MeasureException ex) {
			return refuse(redirect, ex.messageKey(), consolidationOf(participationId));
		}
		redirect.addFlashAttribute("message", "outcome.measure.merged");
		redirect.addFlashAttribute("messageArgument", duplicates.size() + 1);
		return consolidationOf(participationId);
	}

	@PostMapping("/consolidation/{participationId}/{measureId}/defer")
	String defer(@PathVariable long participationId, @PathVariable long measureId, @RequestParam boolean deferred,
			RedirectAttributes redirect) {
		try {
			measures.defer(participationId, measureId, deferred);
		}
		catch (MeasureException ex) {
			return refuse(redirect, ex.messageKey(), consolidationOf(participationId));
		}
		redirect.addFlashAttribute("message", deferred ? "outcome.measure.deferred" : "outcome.measure.restored");
		return consolidationOf(participationId);
	}

	/**
	 * "Adopted with changes": the coordinator ticks the measures the council adopted,
	 * linked from the decision task.
	 */
	@GetMapping("/council/{participationId}")
	String councilChoice(@PathVariable long participationId, Model model) {
		Participation participation = participation(participationId);
		List<Measure> open = measures.beforeCouncil(participationId);
		model.addAttribute("participation", participation);
		model.addAttribute("measures", open);
		model.addAttribute("groupNames",
				workingGroups.namesById(open.stream().map(Measure::getWorkingGroupId).distinct().toList()));
		return VIEW_COUNCIL;
	}

	@PostMapping("/council/{participationId}")
	@PreAuthorize("hasAuthority('GROUP_coordinator')")
	String chooseAdopted(@PathVariable long participationId,
			@RequestParam(name = "adopted", required = false) List<Long> adopted, RedirectAttributes redirect) {
		participation(participationId);
		String page = "redirect:/measures/council/" + participationId;
		try {
			measures.chooseAdopted(participationId, adopted == null ? List.of() : adopted);
		}
		catch (MeasureException ex) {
			return refuse(redirect, ex.messageKey(), page);
		}
		redirect.addFlashAttribute("message", "outcome.measure.council.saved");
		return page;
	}

	@GetMapping("/tracking/{participationId}")
	String tracking(@PathVariable long participationId, Model model) {
		return showTracking(participationId, null, Map.of(), Map.of(), model);
	}

	@PostMapping("/tracking/{participationId}/{measureId}")
	@PreAuthorize("hasAuthority('GROUP_coordinator')")
	String report(@PathVariable long participationId, @PathVariable long measureId,
			@RequestParam Map<String, String> form, Principal principal, Model model, RedirectAttributes redirect) {
		Map<String, String> errors = new LinkedHashMap<>();
		LocalDate date = null;
		try {
			date = LocalDate.parse(form.getOrDefault("date", "").strip());
		}
		catch (DateTimeParseException ex) {
			errors.put("date", "outcome.measure.report.date");
		}
		MeasureStatus status = null;
		try {
			status = MeasureStatus.valueOf(form.getOrDefault("status", ""));
			if (!status.isTracked()) {
				errors.put("status", "outcome.measure.report.status");
			}
		}
		catch (IllegalArgumentException ex) {
			errors.put("status", "outcome.measure.report.status");
		}
		Integer progress = whole(form.get("progress"), 0, 100);
		if (progress == null) {
			errors.put("progress", "outcome.measure.report.progress");
		}
		Long spent = whole(form.get("spent"), 0, Measure.MAX_COST);
		if (spent == null) {
			errors.put("spent", "outcome.measure.report.spent");
		}
		String text = form.getOrDefault("text", "").strip();
		if (text.isEmpty() || text.length() > MeasureUpdate.MAX_TEXT) {
			errors.put("text", "outcome.measure.report.text");
		}
		if (errors.isEmpty()) {
			try {
				measures.report(participationId, measureId, new ProgressReport(date, status, progress, spent, text),
						principal.getName());
				redirect.addFlashAttribute("message", "outcome.measure.reported");
				return "redirect:/measures/tracking/" + participationId + "#measure-" + measureId;
			}
			catch (MeasureException ex) {
				errors.put("status", ex.messageKey());
			}
		}
		model.addAttribute("error", "outcome.form.errors");
		return showTracking(participationId, measureId, errors, form, model);
	}

	private String showTracking(long participationId, Long failed, Map<String, String> errors,
			Map<String, String> typed, Model model) {
		Participation participation = participation(participationId);
		List<Measure> tracked = measures.tracked(participationId);
		model.addAttribute("participation", participation);
		model.addAttribute("measures", tracked);
		model.addAttribute("updates", measures.updatesOf(tracked.stream().map(Measure::getId).toList()));
		model.addAttribute("groupNames",
				workingGroups.namesById(tracked.stream().map(Measure::getWorkingGroupId).distinct().toList()));
		model.addAttribute("spent", measures.spentBudget(participationId));
		model.addAttribute("openByBody", measures.openByResponsibleBody(participationId));
		model.addAttribute("statuses",
				List.of(MeasureStatus.PLANNED, MeasureStatus.IN_PROGRESS, MeasureStatus.DONE, MeasureStatus.DROPPED));
		model.addAttribute("today", LocalDate.now());
		model.addAttribute("failed", failed);
		model.addAttribute("errors", errors);
		model.addAttribute("typed", typed);
		return VIEW_TRACKING;
	}

	private Participation participation(long participationId) {
		return participations.find(participationId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private static Long whole(String value, long min, long max) {
		if (value == null || !value.strip().matches("\\d{1,12}")) {
			return null;
		}
		long number = Long.parseLong(value.strip());
		return number < min || number > max ? null : number;
	}

	private static Integer whole(String value, int min, int max) {
		Long number = whole(value, (long) min, (long) max);
		return number == null ? null : number.intValue();
	}

	private static String consolidationOf(long participationId) {
		return "redirect:/measures/consolidation/" + participationId;
	}

	private static String refuse(RedirectAttributes redirect, String key, String target) {
		redirect.addFlashAttribute("error", key);
		return target;
	}

}
