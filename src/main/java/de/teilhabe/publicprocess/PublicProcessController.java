package de.teilhabe.publicprocess;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;

import de.teilhabe.council.CouncilService;
import de.teilhabe.documentation.Documentation;
import de.teilhabe.documentation.DocumentationService;
import de.teilhabe.measure.Measure;
import de.teilhabe.measure.MeasureService;
import de.teilhabe.participation.Participation;
import de.teilhabe.participation.ParticipationService;
import de.teilhabe.survey.SurveyService;
import de.teilhabe.workinggroup.WorkingGroupService;

/**
 * The public face of a process, without an account: its published documentation versions
 * (web page and PDF each), the survey results the coordinator published and, once the
 * council adopted measures, how far each of them has come.
 */
@Controller
@RequestMapping("/public/processes/{slug}")
class PublicProcessController {

	static final String VIEW_PROCESS = "publicprocess/process";

	/**
	 * A published version never changes (a correction is a new version), so browsers and
	 * proxies may keep it.
	 */
	private static final CacheControl PUBLISHED = CacheControl.maxAge(Duration.ofDays(1)).cachePublic();

	private final ParticipationService participations;

	private final DocumentationService documentation;

	private final MeasureService measures;

	private final WorkingGroupService workingGroups;

	private final CouncilService council;

	private final SurveyService surveys;

	PublicProcessController(ParticipationService participations, DocumentationService documentation,
			MeasureService measures, WorkingGroupService workingGroups, CouncilService council, SurveyService surveys) {
		this.participations = participations;
		this.documentation = documentation;
		this.measures = measures;
		this.workingGroups = workingGroups;
		this.council = council;
		this.surveys = surveys;
	}

	@GetMapping
	String showProcess(@PathVariable String slug, Model model) {
		Participation participation = participation(slug);
		List<Measure> tracked = measures.tracked(participation.getId());
		model.addAttribute("participation", participation);
		model.addAttribute("versions", documentation.published(participation.getId()));
		model.addAttribute("surveyResults", surveys.publishedResults(participation.getId()));
		model.addAttribute("decision", council.finalDecision(participation.getId()).orElse(null));
		model.addAttribute("measures", tracked);
		model.addAttribute("updates", measures.updatesOf(tracked.stream().map(Measure::getId).toList()));
		model.addAttribute("groupNames",
				workingGroups.namesById(tracked.stream().map(Measure::getWorkingGroupId).distinct().toList()));
		model.addAttribute("spent", measures.spentBudget(participation.getId()));
		return VIEW_PROCESS;
	}

	@GetMapping(value = "/documentation/{version:\\d+}", produces = MediaType.TEXT_HTML_VALUE)
	ResponseEntity<String> showVersion(@PathVariable String slug, @PathVariable int version) {
		return ResponseEntity.ok()
			.cacheControl(PUBLISHED)
			.contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
			.body(version(slug, version).getPublishedHtml());
	}

	@GetMapping("/documentation/{version:\\d+}.pdf")
	ResponseEntity<byte[]> downloadVersion(@PathVariable String slug, @PathVariable int version) {
		Documentation published = version(slug, version);
		byte[] pdf = documentation.pdf(published.getPublishedHtml());
		return ResponseEntity.ok()
			.cacheControl(PUBLISHED)
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline()
						.filename(slug + "-dokumentation-" + version + ".pdf")
						.build()
						.toString())
			.body(pdf);
	}

	private Documentation version(String slug, int version) {
		return documentation.publishedVersion(participation(slug).getId(), version)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private Participation participation(String slug) {
		return participations.findBySlug(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
