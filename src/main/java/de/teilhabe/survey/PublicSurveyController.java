package de.teilhabe.survey;

import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

import de.teilhabe.survey.AnswerOutcome.Kind;
import de.teilhabe.system.NotFoundException;

/**
 * The public survey at its stable link, answered without an account. The browser gets a
 * signed answer token in a cookie; a used token, the honeypot field and the daily rate
 * limit turn answers away with a clear message.
 */
@Controller
@RequestMapping("/public/surveys/{token}")
class PublicSurveyController {

	static final String VIEW_FORM = "surveys/publicSurvey";

	static final String VIEW_STATE = "surveys/publicSurveyState";

	static final String VIEW_RESULTS = "surveys/publicResults";

	/** The hidden field a person leaves empty and a form-filling bot does not. */
	static final String HONEYPOT = "website";

	private final SurveyService surveys;

	private final SurveyAnswers answers;

	private final SurveyResults results;

	PublicSurveyController(SurveyService surveys, SurveyAnswers answers, SurveyResults results) {
		this.surveys = surveys;
		this.answers = answers;
		this.results = results;
	}

	@GetMapping
	String showSurvey(@PathVariable String token, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		Survey survey = surveys.byToken(token).orElseThrow(() -> new NotFoundException("survey", token));
		if (survey.getStatus() == SurveyStatus.DRAFT || surveys.waitsForOpenDate(survey)) {
			return state(survey, Kind.NOT_OPEN, response, model);
		}
		if (!surveys.acceptsAnswers(survey)) {
			return state(survey, Kind.CLOSED, response, model);
		}
		String cookie = cookie(request, survey);
		if (answers.tokenUsed(survey, cookie)) {
			return state(survey, Kind.ALREADY_ANSWERED, response, model);
		}
		if (!answers.tokenUnused(survey, cookie)) {
			setCookie(survey, answers.issueToken(survey), request, response);
		}
		return form(survey, AnswerForm.empty(), model);
	}

	@PostMapping
	String processAnswer(@PathVariable String token, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		Map<String, List<String>> params = new LinkedHashMap<>();
		request.getParameterMap().forEach((name, values) -> params.put(name, Arrays.asList(values)));
		Survey survey = surveys.byToken(token).orElseThrow(() -> new NotFoundException("survey", token));
		AnswerOutcome outcome;
		try {
			outcome = answers.answer(new AnswerSubmission(token, params, cookie(request, survey),
					request.getRemoteAddr() + "|" + request.getHeader(HttpHeaders.USER_AGENT),
					request.getParameter(HONEYPOT)));
		}
		catch (DataIntegrityViolationException ex) {
			// the same token used at the same moment on another node
			outcome = AnswerOutcome.of(Kind.ALREADY_ANSWERED);
		}
		if (outcome.kind() == Kind.INVALID) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("error", "survey.answer.invalid");
			return form(survey, new AnswerForm(params, outcome.errors()), model);
		}
		if (outcome.kind() == Kind.STORED) {
			return "redirect:/public/surveys/" + token + "/thanks";
		}
		if (outcome.kind() == Kind.NO_COOKIE) {
			setCookie(survey, answers.issueToken(survey), request, response);
		}
		return state(survey, outcome.kind(), response, model);
	}

	@GetMapping("/thanks")
	String showThanks(@PathVariable String token, HttpServletResponse response, Model model) {
		Survey survey = surveys.byToken(token).orElseThrow(() -> new NotFoundException("survey", token));
		return state(survey, Kind.STORED, response, model);
	}

	@GetMapping("/results")
	String showPublishedResults(@PathVariable String token, Model model) {
		Survey survey = surveys.byToken(token)
			.filter(Survey::isResultsPublished)
			.orElseThrow(() -> new NotFoundException("survey", token));
		model.addAttribute("results", results.of(survey.getId(), null));
		return VIEW_RESULTS;
	}

	private String form(Survey survey, AnswerForm form, Model model) {
		model.addAttribute("survey", survey);
		model.addAttribute("questions", surveys.questions(survey.getId()));
		model.addAttribute("answers", form);
		// from the model, not T(...) in the template, which looks the class up at every
		// render
		model.addAttribute("scale", SurveyQuestion.SCALE);
		return VIEW_FORM;
	}

	private static String state(Survey survey, Kind kind, HttpServletResponse response, Model model) {
		response.setStatus(switch (kind) {
			case STORED, NOT_OPEN, CLOSED, ALREADY_ANSWERED -> HttpServletResponse.SC_OK;
			case RATE_LIMITED -> 429;
			default -> HttpServletResponse.SC_BAD_REQUEST;
		});
		model.addAttribute("survey", survey);
		model.addAttribute("state", kind.name());
		return VIEW_STATE;
	}

	private static String cookieName(Survey survey) {
		return "teilhabe_survey_" + survey.getId();
	}

	private static String cookie(HttpServletRequest request, Survey survey) {
		if (request.getCookies() == null) {
			return null;
		}
		return Arrays.stream(request.getCookies())
			.filter(c -> c.getName().equals(cookieName(survey)))
			.map(Cookie::getValue)
			.findFirst()
			.orElse(null);
	}

	private static void setCookie(Survey survey, String value, HttpServletRequest request,
			HttpServletResponse response) {
		ResponseCookie cookie = ResponseCookie.from(cookieName(survey), value)
			.path("/public/surveys/" + survey.getPublicToken())
			.httpOnly(true)
			.secure(request.isSecure())
			.sameSite("Lax")
			.maxAge(Duration.ofDays(400))
			.build();
		response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
	}

}
