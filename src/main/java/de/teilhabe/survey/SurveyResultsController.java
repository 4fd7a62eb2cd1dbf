package de.teilhabe.survey;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
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

import de.teilhabe.system.OnRefusal;

/**
 * Results of a survey for those who steer its participation (see {@link SurveyReaders}):
 * counts, charts, free texts, exports, publishing.
 */
@Controller
@RequestMapping("/surveys/{id}")
@PreAuthorize("hasAnyAuthority('GROUP_coordinator','GROUP_manager','GROUP_admin')")
class SurveyResultsController {

	static final String VIEW_RESULTS = "surveys/surveyResults";

	private final SurveyResults results;

	private final SurveyExport export;

	private final SurveyService surveys;

	private final MessageSource messages;

	private final SurveyReaders readers;

	SurveyResultsController(SurveyResults results, SurveyExport export, SurveyService surveys, MessageSource messages,
			SurveyReaders readers) {
		this.results = results;
		this.export = export;
		this.surveys = surveys;
		this.messages = messages;
		this.readers = readers;
	}

	@GetMapping("/results")
	String showResults(@PathVariable long id, @RequestParam(required = false) String q, Authentication user,
			Model model) {
		readers.readable(user, id);
		model.addAttribute("results", results.of(id, q));
		model.addAttribute("q", q == null ? "" : q);
		return VIEW_RESULTS;
	}

	@GetMapping("/responses.csv")
	void exportCsv(@PathVariable long id, Locale locale, Authentication user, HttpServletResponse response)
			throws IOException {
		readers.readable(user, id);
		response.setContentType("text/csv;charset=UTF-8");
		attachment(response, id, "csv");
		export.writeCsv(table(id, locale), response.getOutputStream());
	}

	@GetMapping("/responses.xlsx")
	void exportXlsx(@PathVariable long id, Locale locale, Authentication user, HttpServletResponse response)
			throws IOException {
		readers.readable(user, id);
		response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		attachment(response, id, "xlsx");
		export.writeXlsx(table(id, locale), messages.getMessage("survey.export.sheet", null, locale),
				response.getOutputStream());
	}

	@PostMapping("/results/publish")
	@PreAuthorize("hasAuthority('GROUP_coordinator')")
	@OnRefusal(redirectTo = "/surveys/{id}/results")
	String processPublish(@PathVariable long id, @RequestParam boolean published, Authentication user,
			RedirectAttributes redirect) {
		readers.readable(user, id);
		surveys.publishResults(id, published);
		redirect.addFlashAttribute("message",
				published ? "survey.results.publishedNow" : "survey.results.unpublishedNow");
		return "redirect:/surveys/" + id + "/results";
	}

	private List<List<String>> table(long id, Locale locale) {
		return export.table(id, messages.getMessage("survey.export.number", null, locale),
				messages.getMessage("survey.export.day", null, locale));
	}

	private static void attachment(HttpServletResponse response, long id, String extension) {
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename("befragung-" + id + "." + extension).build().toString());
	}

}
