package de.teilhabe.survey;

import java.time.LocalDateTime;
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

import de.teilhabe.participation.ParticipationAccess;
import de.teilhabe.participation.ParticipationService;
import de.teilhabe.participation.SteeredParticipations;
import de.teilhabe.system.NotFoundException;
import de.teilhabe.system.OnRefusal;

/**
 * The survey editor: the coordinator designs the draft round of a participation (texts
 * and questions; add, move, delete, copy from an earlier survey) while the task
 * "Befragung gestalten" waits; completing that task opens it. Every action is a plain
 * form post, so the editor works without JavaScript. Only those who steer the survey's
 * participation see it (see {@link ParticipationAccess}); of them, coordinators change
 * it.
 */
@Controller
@RequestMapping("/surveys")
@PreAuthorize("hasAnyAuthority('GROUP_coordinator','GROUP_manager')")
class SurveyEditorController {

	static final String VIEW_LIST = "surveys/surveyList";

	static final String VIEW_EDITOR = "surveys/surveyEditor";

	private static final String EDITOR = "/surveys/{id}/edit";

	private final SurveyService surveys;

	private final ParticipationService participations;

	private final SurveyReaders readers;

	private final ParticipationAccess access;

	SurveyEditorController(SurveyService surveys, ParticipationService participations, SurveyReaders readers,
			ParticipationAccess access) {
		this.surveys = surveys;
		this.participations = participations;
		this.readers = readers;
		this.access = access;
	}

	@InitBinder({ "question", "opening" })
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
	String designDraft(@RequestParam long participation, Authentication user) {
		participations.find(participation).orElseThrow(() -> new NotFoundException("participation", participation));
		access.checkSteers(user, participation);
		return "redirect:/surveys/" + surveys.draft(participation, "").getId() + "/edit";
	}

	@GetMapping("/{id}/edit")
	@PreAuthorize("hasAuthority('GROUP_coordinator')")
	String initEditor(@PathVariable long id, Authentication user, Model model) {
		readers.readable(user, id);
		if (!model.containsAttribute("question")) {
			model.addAttribute("question", new QuestionForm());
		}
		return editor(id, user, model);
	}

	@PostMapping("/{id}/texts")
	@PreAuthorize("hasAuthority('GROUP_coordinator')")
	@OnRefusal(redirectTo = EDITOR)
	String processTexts(@PathVariable long id, @RequestParam String introduction, @RequestParam String privacyNotice,
			Authentication user, Model model, RedirectAttributes redirect) {
		readers.readable(user, id);
		if (introduction.length() > 5000 || privacyNotice.length() > 5000) {
			model.addAttribute("error", "survey.editor.textsTooLong");
			model.addAttribute("question", new QuestionForm());
			return editor(id, user, model);
		}
		surveys.describe(id, introduction.strip(), privacyNotice.strip());
		redirect.addFlashAttribute("message", "survey.editor.textsSaved");
		return "redirect:/surveys/" + id + "/edit";
	}

	@PostMapping("/{id}/opening")
	@PreAuthorize("hasAuthority('GROUP_coordinator')")
	@OnRefusal(show = EDITOR)
	String processOpening(@PathVariable long id, @ModelAttribute("opening") OpeningForm form, BindingResult result,
			Authentication user, Model model, RedirectAttributes redirect) {
		readers.readable(user, id);
		LocalDateTime at = form.at(result);
		if (result.hasErrors()) {
			model.addAttribute("question", new QuestionForm());
			return editor(id, user, model);
		}
		surveys.scheduleOpening(id, at);
		redirect.addFlashAttribute("message",
				at == null ? "survey.editor.opensAtCleared" : "survey.editor.opensAtSaved");
		return "redirect:/surveys/" + id + "/edit";
	}

	@PostMapping("/{id}/questions")
	@PreAuthorize("hasAuthority('GROUP_coordinator')")
	@OnRefusal(show = EDITOR)
	String processNewQuestion(@PathVariable long id, @ModelAttribute("question") QuestionForm form,
			BindingResult result, Authentication user, Model model, RedirectAttributes redirect) {
		readers.readable(user, id);
		NewQuestion question = form.validate(surveys.questions(id), result);
		if (question == null) {
			return editor(id, user, model);
		}
		surveys.addQuestion(id, question);
		redirect.addFlashAttribute("message", "survey.editor.questionAdded");
		return "redirect:/surveys/" + id + "/edit";
	}

	@GetMapping("/{id}/questions/{questionId}/edit")
	@PreAuthorize("hasAuthority('GROUP_coordinator')")
	String initQuestionEdit(@PathVariable long id, @PathVariable long questionId, Authentication user, Model model) {
		readers.readable(user, id);
		SurveyQuestion question = question(id, questionId);
		if (!model.containsAttribute("question")) {
			model.addAttribute("question", QuestionForm.of(question));
		}
		return editor(id, questionId, user, model);
	}

	@PostMapping("/{id}/questions/{questionId}")
	@PreAuthorize("hasAuthority('GROUP_coordinator')")
	@OnRefusal(show = "/surveys/{id}/questions/{questionId}/edit")
	String processQuestionEdit(@PathVariable long id, @PathVariable long questionId,
			@ModelAttribute("question") QuestionForm form, BindingResult result, Authentication user, Model model,
			RedirectAttributes redirect) {
		readers.readable(user, id);
		NewQuestion changed = form.validate(earlier(id, questionId), result);
		if (changed == null) {
			return editor(id, questionId, user, model);
		}
		surveys.changeQuestion(id, questionId, changed);
		redirect.addFlashAttribute("message", "survey.editor.questionChanged");
		return "redirect:/surveys/" + id + "/edit";
	}

	@PostMapping("/{id}/questions/{questionId}/move")
	@PreAuthorize("hasAuthority('GROUP_coordinator')")
	@OnRefusal(redirectTo = EDITOR)
	String processMove(@PathVariable long id, @PathVariable long questionId, @RequestParam int direction,
			Authentication user, RedirectAttributes redirect) {
		readers.readable(user, id);
		surveys.move(id, questionId, direction);
		return changed(id, redirect, "survey.editor.questionMoved");
	}

	@PostMapping("/{id}/questions/{questionId}/delete")
	@PreAuthorize("hasAuthority('GROUP_coordinator')")
	@OnRefusal(redirectTo = EDITOR)
	String processDelete(@PathVariable long id, @PathVariable long questionId, Authentication user,
			RedirectAttributes redirect) {
		readers.readable(user, id);
		surveys.deleteQuestion(id, questionId);
		return changed(id, redirect, "survey.editor.questionDeleted");
	}

	@PostMapping("/{id}/copy")
	@PreAuthorize("hasAuthority('GROUP_coordinator')")
	@OnRefusal(redirectTo = EDITOR)
	String processCopy(@PathVariable long id, @RequestParam long from, Authentication user,
			RedirectAttributes redirect) {
		readers.readable(user, id);
		readers.readable(user, from);
		surveys.copyQuestions(id, from);
		return changed(id, redirect, "survey.editor.copied");
	}

	private static String changed(long id, RedirectAttributes redirect, String message) {
		redirect.addFlashAttribute("message", message);
		return "redirect:/surveys/" + id + "/edit";
	}

	private SurveyQuestion question(long id, long questionId) {
		return surveys.questions(id)
			.stream()
			.filter(q -> q.getId() == questionId)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("survey question", questionId));
	}

	/** The questions before this one: the only ones its condition may read. */
	private List<SurveyQuestion> earlier(long id, long questionId) {
		List<SurveyQuestion> questions = surveys.questions(id);
		int index = 0;
		while (index < questions.size() && questions.get(index).getId() != questionId) {
			index++;
		}
		if (index == questions.size()) {
			throw new NotFoundException("survey question", questionId);
		}
		return questions.subList(0, index);
	}

	private String editor(long id, Authentication user, Model model) {
		return editor(id, null, user, model);
	}

	/**
	 * The editor page; with {@code editing} its question form changes that question
	 * instead of adding one. Copies come from the surveys of the participations this user
	 * steers.
	 */
	private String editor(long id, Long editing, Authentication user, Model model) {
		Survey survey = surveys.get(id);
		List<SurveyQuestion> questions = surveys.questions(id);
		if (!model.containsAttribute("opening")) {
			model.addAttribute("opening", new OpeningForm());
		}
		model.addAttribute("survey", survey);
		model.addAttribute("questions", questions);
		model.addAttribute("kinds", QuestionKind.values());
		model.addAttribute("editing", editing);
		model.addAttribute("conditionQuestions", (editing == null ? questions : earlier(id, editing)).stream()
			.filter(q -> q.getKind() == QuestionKind.SINGLE_CHOICE || q.getKind() == QuestionKind.MULTIPLE_CHOICE)
			.toList());
		SteeredParticipations steered = access.steeredBy(user);
		model.addAttribute("copySources", surveys.of(steered).stream().filter(s -> !s.getId().equals(id)).toList());
		return VIEW_EDITOR;
	}

}
