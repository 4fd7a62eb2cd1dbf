package de.teilhabe.measure;

import java.time.LocalDate;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import de.teilhabe.participation.Participation;
import de.teilhabe.participation.ParticipationAccess;
import de.teilhabe.participation.ParticipationService;
import de.teilhabe.system.NotFoundException;
import de.teilhabe.system.OnRefusal;
import de.teilhabe.workinggroup.WorkingGroup;
import de.teilhabe.workinggroup.WorkingGroupService;

/**
 * The coordinator's pages on measures: consolidation (all groups' measures side by side,
 * merging duplicates, setting measures aside, total against the budget) and tracking
 * (status, progress, spent budget, updates). Only those who steer a participation see or
 * change its measures.
 */
@Controller
@RequestMapping("/measures")
@PreAuthorize("hasAnyAuthority('GROUP_coordinator','GROUP_manager')")
class MeasureController {

	static final String VIEW_OVERVIEW = "measures/overview";

	static final String VIEW_CONSOLIDATION = "measures/consolidation";

	static final String VIEW_TRACKING = "measures/tracking";

	static final String VIEW_COUNCIL = "measures/council";

	private static final String CONSOLIDATION = "/measures/consolidation/{participationId}";

	private final MeasureService measures;

	private final ParticipationService participations;

	private final WorkingGroupService workingGroups;

	private final ParticipationAccess access;

	MeasureController(MeasureService measures, ParticipationService participations, WorkingGroupService workingGroups,
			ParticipationAccess access) {
		this.measures = measures;
		this.participations = participations;
		this.workingGroups = workingGroups;
		this.access = access;
	}

	@GetMapping
	String overview(Authentication user, Model model) {
		model.addAttribute("participations",
				participations.list(access.steeredBy(user), PageRequest.of(0, 100)).getContent());
		return VIEW_OVERVIEW;
	}

	@GetMapping("/consolidation/{participationId}")
	String consolidation(@PathVariable long participationId, Authentication user, Model model) {
		Participation participation = steered(participationId, user);
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
	@OnRefusal(redirectTo = CONSOLIDATION)
	String merge(@PathVariable long participationId,
			@RequestParam(name = "measure", required = false) List<Long> selected,
			@RequestParam(required = false) Long keep, Authentication user, RedirectAttributes redirect) {
		steered(participationId, user);
		if (selected == null || selected.size() < 2) {
			throw new MeasureException("outcome.measure.merge.tooFew");
		}
		if (keep == null || !selected.contains(keep)) {
			throw new MeasureException("outcome.measure.merge.keepNotSelected");
		}
		List<Long> duplicates = selected.stream().filter(id -> !id.equals(keep)).distinct().toList();
		measures.merge(participationId, keep, duplicates);
		redirect.addFlashAttribute("message", "outcome.measure.merged");
		redirect.addFlashAttribute("messageArgument", duplicates.size() + 1);
		return consolidationOf(participationId);
	}

	@PostMapping("/consolidation/{participationId}/{measureId}/defer")
	@PreAuthorize("hasAuthority('GROUP_coordinator')")
	@OnRefusal(redirectTo = CONSOLIDATION)
	String defer(@PathVariable long participationId, @PathVariable long measureId, @RequestParam boolean deferred,
			Authentication user, RedirectAttributes redirect) {
		steered(participationId, user);
		measures.defer(participationId, measureId, deferred);
		redirect.addFlashAttribute("message", deferred ? "outcome.measure.deferred" : "outcome.measure.restored");
		return consolidationOf(participationId);
	}

	/**
	 * "Adopted with changes": the coordinator ticks the measures the council adopted,
	 * linked from the decision task.
	 */
	@GetMapping("/council/{participationId}")
	String councilChoice(@PathVariable long participationId, Authentication user, Model model) {
		Participation participation = steered(participationId, user);
		List<Measure> open = measures.beforeCouncil(participationId);
		model.addAttribute("participation", participation);
		model.addAttribute("measures", open);
		model.addAttribute("groupNames",
				workingGroups.namesById(open.stream().map(Measure::getWorkingGroupId).distinct().toList()));
		return VIEW_COUNCIL;
	}

	@PostMapping("/council/{participationId}")
	@PreAuthorize("hasAuthority('GROUP_coordinator')")
	@OnRefusal(redirectTo = "/measures/council/{participationId}")
	String chooseAdopted(@PathVariable long participationId,
			@RequestParam(name = "adopted", required = false) List<Long> adopted, Authentication user,
			RedirectAttributes redirect) {
		steered(participationId, user);
		measures.chooseAdopted(participationId, adopted == null ? List.of() : adopted);
		redirect.addFlashAttribute("message", "outcome.measure.council.saved");
		return "redirect:/measures/council/" + participationId;
	}

	@GetMapping("/tracking/{participationId}")
	String tracking(@PathVariable long participationId, Authentication user, Model model) {
		return showTracking(steered(participationId, user), null, Map.of(), Map.of(), model);
	}

	@PostMapping("/tracking/{participationId}/{measureId}")
	@PreAuthorize("hasAuthority('GROUP_coordinator')")
	@OnRefusal(show = "/measures/tracking/{participationId}")
	String report(@PathVariable long participationId, @PathVariable long measureId,
			@RequestParam Map<String, String> form, Authentication user, Model model, RedirectAttributes redirect) {
		Participation participation = steered(participationId, user);
		Map<String, String> errors = new LinkedHashMap<>();
		LocalDate date = date(form.getOrDefault("date", ""));
		if (date == null) {
			errors.put("date", "outcome.measure.report.date");
		}
		MeasureStatus status = status(form.getOrDefault("status", ""));
		if (status == null || !status.isTracked()) {
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
		if (!errors.isEmpty()) {
			model.addAttribute("error", "outcome.form.errors");
			return showTracking(participation, measureId, errors, form, model);
		}
		measures.report(participationId, measureId, new ProgressReport(date, status, progress, spent, text),
				user.getName());
		redirect.addFlashAttribute("message", "outcome.measure.reported");
		return "redirect:/measures/tracking/" + participationId + "#measure-" + measureId;
	}

	private String showTracking(Participation participation, Long failed, Map<String, String> errors,
			Map<String, String> typed, Model model) {
		long participationId = participation.getId();
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

	/** The participation, if this user steers it; 404 or 403 otherwise. */
	private Participation steered(long participationId, Authentication user) {
		Participation participation = participations.find(participationId)
			.orElseThrow(() -> new NotFoundException("participation", participationId));
		access.checkSteers(user, participationId);
		return participation;
	}

	private static LocalDate date(String value) {
		return value.strip().matches("\\d{4}-\\d{2}-\\d{2}") ? LocalDate.parse(value.strip(),
				DateTimeFormatter.ISO_LOCAL_DATE.withResolverStyle(ResolverStyle.STRICT)
					.withChronology(IsoChronology.INSTANCE))
				: null;
	}

	private static MeasureStatus status(String value) {
		return Arrays.stream(MeasureStatus.values()).filter(s -> s.name().equals(value)).findFirst().orElse(null);
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
		return "redirect:" + CONSOLIDATION.replace("{participationId}", String.valueOf(participationId));
	}

}
