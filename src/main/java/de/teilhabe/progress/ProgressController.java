package de.teilhabe.progress;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import org.springframework.web.util.UriUtils;

import de.teilhabe.participation.Steerer;

/**
 * The progress views of those who steer participations: every process at a glance, each
 * process in depth, retrying a failed step.
 */
@Controller
@RequestMapping("/progress")
class ProgressController {

	static final String VIEW_OVERVIEW = "progress/progressOverview";

	static final String VIEW_DETAIL = "progress/progressDetail";

	static final String VIEW_GROUPS = "progress/ledGroups";

	static final int PAGE_SIZE = 25;

	/**
	 * Rows fetched at a time for the CSV export: each batch costs the overview's few
	 * queries.
	 */
	static final int EXPORT_BATCH = 200;

	private final ProgressService progress;

	private final MessageSource messages;

	private final Clock clock;

	ProgressController(ProgressService progress, MessageSource messages, Clock clock) {
		this.progress = progress;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping
	@PreAuthorize("hasAnyAuthority('GROUP_coordinator','GROUP_manager','GROUP_admin')")
	String showOverview(@RequestParam(required = false) String status, @RequestParam(required = false) String year,
			@RequestParam(required = false) String organiser, @RequestParam(required = false) String sort,
			@RequestParam(defaultValue = "0") int page, Authentication authentication, Model model) {
		Steerer viewer = Steerer.of(authentication);
		ProgressFilter filter = ProgressFilter.of(status, year, organiser, sort);
		model.addAttribute("filter", filter);
		model.addAttribute("page", progress.overview(viewer, filter, page, PAGE_SIZE));
		model.addAttribute("organisers", progress.organisers(viewer));
		model.addAttribute("years", progress.years(viewer));
		model.addAttribute("statuses", ProgressFilter.Status.values());
		model.addAttribute("sorts", ProgressFilter.Sort.values());
		return VIEW_OVERVIEW;
	}

	@GetMapping(value = "/export", produces = "text/csv")
	@PreAuthorize("hasAnyAuthority('GROUP_coordinator','GROUP_manager','GROUP_admin')")
	void export(@RequestParam(required = false) String status, @RequestParam(required = false) String year,
			@RequestParam(required = false) String organiser, @RequestParam(required = false) String sort,
			Authentication authentication, Locale locale, HttpServletResponse response) throws IOException {
		Steerer viewer = Steerer.of(authentication);
		ProgressFilter filter = ProgressFilter.of(status, year, organiser, sort);
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"beteiligungsprozesse.csv\"");
		Writer writer = response.getWriter();
		// a byte order mark, so spreadsheet programs read the umlauts as UTF-8
		writer.write('\uFEFF');
		CSVPrinter csv = new CSVPrinter(writer, CSVFormat.EXCEL.builder().setDelimiter(';').get());
		csv.printRecord(List
			.of("title", "organiser", "status", "phase", "phasesDone", "phases", "nextDeadline", "openTasks",
					"overdueTasks", "incidents", "surveyResponses", "registrations", "attendance", "measures",
					"budgetUsed", "budget")
			.stream()
			.map(key -> text("progress.csv." + key, locale))
			.toList());
		DateTimeFormatter date = DateTimeFormatter.ISO_LOCAL_DATE;
		for (int page = 0;; page++) {
			ProgressPage batch = progress.overview(viewer, filter, page, EXPORT_BATCH);
			for (ProgressRow row : batch.rows()) {
				csv.printRecord(cell(row.title()), cell(row.organiser()),
						text("progress.status." + row.status(), locale),
						row.currentPhase() == null ? "" : text("phase." + row.currentPhase(), locale), row.phasesDone(),
						row.phases(),
						row.engine().nextDeadline() == null ? ""
								: date.format(row.engine().nextDeadline().atZone(clock.getZone())),
						row.engine().openTasks(), row.engine().overdueTasks(), row.engine().incidents(),
						row.figures().surveyResponses(), row.figures().registrations(), row.figures().attendance(),
						row.figures().measures(), row.figures().budgetUsed(), row.measuresBudget());
			}
			if (!batch.hasNext()) {
				break;
			}
		}
		csv.flush();
	}

	/**
	 * Keeps a title like "=HYPERLINK(...)" from running as a formula in a spreadsheet.
	 */
	static String cell(String value) {
		if (value != null && !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
			return "'" + value;
		}
		return value;
	}

	/**
	 * A working-group lead's way in: their groups, each linking to the group's part of
	 * its process.
	 */
	@GetMapping("/working-groups")
	@PreAuthorize("isAuthenticated()")
	String showLedGroups(Authentication authentication, Model model) {
		model.addAttribute("groups", progress.groupsLedBy(Steerer.of(authentication)));
		return VIEW_GROUPS;
	}

	@GetMapping("/{slug}")
	@PreAuthorize("isAuthenticated()")
	String showDetail(@PathVariable String slug, @RequestParam(defaultValue = "0") int events,
			Authentication authentication, Model model) {
		Steerer viewer = Steerer.of(authentication);
		model.addAttribute("detail", progress.detail(slug, viewer, events));
		model.addAttribute("admin", viewer.admin());
		return VIEW_DETAIL;
	}

	@GetMapping(value = "/{slug}/model", produces = MediaType.APPLICATION_XML_VALUE)
	@PreAuthorize("isAuthenticated()")
	ResponseEntity<byte[]> model(@PathVariable String slug, @RequestParam String definition,
			Authentication authentication) {
		return ResponseEntity.ok()
			.contentType(new MediaType(MediaType.APPLICATION_XML, StandardCharsets.UTF_8))
			.body(progress.model(slug, definition, Steerer.of(authentication)));
	}

	@PostMapping("/{slug}/retry")
	@PreAuthorize("hasAuthority('GROUP_admin')")
	String retry(@PathVariable String slug, @RequestParam String job, Authentication authentication,
			RedirectAttributes redirect) {
		progress.retry(slug, job, Steerer.of(authentication));
		redirect.addFlashAttribute("message", "progress.retried");
		return "redirect:/progress/" + UriUtils.encodePathSegment(slug, StandardCharsets.UTF_8);
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}

}
