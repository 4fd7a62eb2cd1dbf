package de.teilhabe.survey;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import de.teilhabe.participation.ParticipationService;

/**
 * The survey editor: the coordinator designs the draft round of a participation (texts
 * and questions; add, move, delete, copy from an earlier survey) while the task
 * "Befragung gestalten" waits; completing that task opens it. Every action is a plain
 * form post, so the editor works without JavaScript.
 */
@Controller
@RequestMapping("/surveys")
@PreAuthorize("hasAnyAuthority('GROUP_coordinator','GROUP_manager')")
class SurveyEditorController {

	static final String VIEW_LIST = "surveys/surveyList";

	static final String VIEW_EDITOR = "surveys/surveyEditor";

	private final SurveyService surveys;

	private final ParticipationService participations;

	private final SurveyReaders readers;

	SurveyEditorController(SurveyService surveys, ParticipationService participations, SurveyReaders readers) {
		this.surveys = surveys;
		this.participations = participations;
		this.readers = readers;
	}

	@InitBinder("question")
	void allowedFields(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	@GetMapping
	@PreAuthorize("hasAnyAuthority('GROUP_coordinator','GROUP_manager','GROUP_admin')")
	String showList(@RequestParam(required = false) Long participation, Authentication user, Model model) {
		model.addAttribute("surveys", readers.visible(user, participation));
		return VIEW_LIST;
	}

	/** Linked from the design task: the draft of the participation's coming round. */
	@GetMapping("/design")
	@PreAuthorize("hasAuthority('GROUP_coordinator')")
	String designDraft(@RequestParam long participation) {
		participations.find(participation).orElseThrow(() -> new SurveyNotFoundException(participation));
		return "redirect:/surveys/" + surveys.draft(participation, "").getId() + "/edit";
	}

	@GetMapping("/{id}/edit")
	@PreAuthorize("hasAuthority('GROUP_coordinator')")
	String initEditor(@PathVariable long id, Model model) {
		model.addAttribute("question", new QuestionForm());
		return editor(id, model);
	}

	@PostMapping("/{id}/texts")
	@PreAuthorize("hasAuthority('GROUP_coordinator')")
	String processTexts(@PathVariable long id, @RequestParam String introduction, @RequestParam String privacyNotice,
			Model model, RedirectAttributes redirect) {
		if (introduction.length() > 5000 || privacyNotice.length() > 5000) {
			model.addAttribute("error", "survey.editor.textsTooLong");
			model.addAttribute("question", new QuestionForm());
			return editor(id, model);
		}
		surveys.describe(id, introduction.strip(), privacyNotice.strip());
		redirect.addFlashAttribute("message", "survey.editor.textsSaved");
		return "redirect:/surveys/" + id + "/edit";
	}

	/**
	 * The optional open date: a {@code datetime-local} value, or a plain date meaning
	 * midnight; empty clears it.
	 */
	@PostMapping("/{id}/opening")
	@PreAuthorize("hasAuthority('GROUP_coordinator')")
	String processOpening(@PathVariable long id, @RequestParam(defaultValue = "") String opensAt, Model model,
			RedirectAttributes redirect) {
		LocalDateTime at;
		try {
			at = opensAt.isBlank() ? null : opensAt.strip().length() == 10
					? LocalDate.parse(opensAt.strip()).atStartOfDay() : LocalDateTime.parse(opensAt.strip());
			surveys.scheduleOpening(id, at);
		}
		catch (DateTimeParseException | SurveyDesignException ex) {
			model.addAttribute("opensAtError",
					ex instanceof SurveyDesignException ? ex.getMessage() : "survey.editor.opensAtInvalid");
			model.addAttribute("opensAtValue", opensAt);
			model.addAttribute("question", new QuestionForm());
			return editor(id, model);
		}
		redirect.addFlashAttribute("message",
				at == null ? "survey.editor.opensAtCleared" : "survey.editor.opensAtSaved");
		return "redirect:/surveys/" + id + "/edit";
	}

	@PostMapping("/{id}/questions")
	@PreAuthorize("hasAuthority('GROUP_coordinator')")
	String processNewQuestion(@PathVariable long id, @ModelAttribute("question") QuestionForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		NewQuestion question = form.validate(surveys.questions(id), result);
		if (question == null) {
			return editor(id, model);
		}
		try {
			surveys.addQuestion(id, question);
		}
		catch (SurveyDesignException ex) {
			model.addAttribute("error", ex.getMessage());
			return editor(id, model);
		}
		redirect.addFlashAttribute("message", "survey.editor.questionAdded");
		return "redirect:/surveys/" + id + "/edit";
	}

	@GetMapping("/{id}/questions/{questionId}/edit")
	@PreAuthorize("hasAuthority('GROUP_coordinator')")
	String initQuestionEdit(@PathVariable long id, @PathVariable long questionId, Model model) {
		model.addAttribute("question", QuestionForm.of(question(id, questionId)));
		return editor(id, questionId, model);
	}

	@PostMapping("/{id}/questions/{questionId}")
	@PreAuthorize("hasAuthority('GROUP_coordinator')")
	String processQuestionEdit(@PathVariable long id, @PathVariable long questionId,
			@ModelAttribute("question") QuestionForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		NewQuestion changed = form.validate(earlier(id, questionId), result);
		if (changed == null) {
			return editor(id, questionId, model);
		}
		try {
			surveys.changeQuestion(id, questionId, changed);
		}
		catch (SurveyDesignException ex) {
			model.addAttribute("error", ex.getMessage());
			return editor(id, questionId, model);
		}
		redirect.addFlashAttribute("message", "survey.editor.questionChanged");
		return "redirect:/surveys/" + id + "/edit";
	}

	@PostMapping("/{id}/questions/{questionId}/move")
	@PreAuthorize("hasAuthority('GROUP_coordinator')")
	String processMove(@PathVariable long id, @PathVariable long questionId, @RequestParam int direction,
			RedirectAttributes redirect) {
		return change(id, redirect, "survey.editor.questionMoved", () -> surveys.move(id, questionId, direction));
	}

	@PostMapping("/{id}/questions/{questionId}/delete")
	@PreAuthorize("hasAuthority('GROUP_coordinator')")
	String processDelete(@PathVariable long id, @PathVariable long questionId, RedirectAttributes redirect) {
		return change(id, redirect, "survey.editor.questionDeleted", () -> surveys.deleteQuestion(id, questionId));
	}

	@PostMapping("/{id}/copy")
	@PreAuthorize("hasAuthority('GROUP_coordinator')")
	String processCopy(@PathVariable long id, @RequestParam long from, RedirectAttributes redirect) {
		return change(id, redirect, "survey.editor.copied", () -> surveys.copyQuestions(id, from));
	}

	private String change(long id, RedirectAttributes redirect, String success, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("message", success);
		}
		catch (SurveyDesignException ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
		}
		return "redirect:/surveys/" + id + "/edit";
	}

	private SurveyQuestion question(long id, long questionId) {
		return surveys.questions(id)
			.stream()
			.filter(q -> q.getId() == questionId)
			.findFirst()
			.orElseThrow(() -> new SurveyNotFoundException(questionId));
	}

	/** The questions before this one: the only ones its condition may read. */
	private List<SurveyQuestion> earlier(long id, long questionId) {
		List<SurveyQuestion> questions = surveys.questions(id);
		int index = 0;
		while (index < questions.size() && questions.get(index).getId() != questionId) {
			index++;
		}
		if (index == questions.size()) {
			throw new SurveyNotFoundException(questionId);
		}
		return questions.subList(0, index);
	}

	private String editor(long id, Model model) {
		return editor(id, null, model);
	}

	/**
	 * The editor page; with {@code editing} its question form changes that question
	 * instead of adding one.
	 */
	private String editor(long id, Long editing, Model model) {
		Survey survey = surveys.get(id);
		List<SurveyQuestion> questions = surveys.questions(id);
		model.addAttribute("survey", survey);
		model.addAttribute("questions", questions);
		model.addAttribute("kinds", QuestionKind.values());
		model.addAttribute("editing", editing);
		model.addAttribute("conditionQuestions", (editing == null ? questions : earlier(id, editing)).stream()
			.filter(q -> q.getKind() == QuestionKind.SINGLE_CHOICE || q.getKind() == QuestionKind.MULTIPLE_CHOICE)
			.toList());
		model.addAttribute("copySources", surveys.all().stream().filter(s -> !s.getId().equals(id)).toList());
		return VIEW_EDITOR;
	}

}
