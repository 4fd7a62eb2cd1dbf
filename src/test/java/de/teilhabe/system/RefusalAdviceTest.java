package de.teilhabe.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.ModelAndView;

import de.teilhabe.council.CouncilDecisionException;

/**
 * Where a refusal leads: the page its handler names, with the message at the top or next
 * to the form's field, and the input kept. Rendering a form again in the same response is
 * shown through HTTP by the pages' tests (e.g. {@code EventPagesTest},
 * {@code SurveyWebTest}).
 */
class RefusalAdviceTest {

	RefusalAdvice advice = new RefusalAdvice(null, null);

	MockHttpServletRequest request = new MockHttpServletRequest("POST", "/tasks/4711/complete");

	FlashMap flash = new FlashMap();

	RefusalAdviceTest() {
		request.setAttribute(DispatcherServlet.OUTPUT_FLASH_MAP_ATTRIBUTE, flash);
		request.setAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE, Map.of("taskId", "4711"));
	}

	@Test
	void aSecondDecisionFromTheTaskPageLeadsBackToTheTaskWithAClearMessage() throws Exception {
		ModelAndView page = advice.refused(new CouncilDecisionException("outcome.council.alreadyDecided"),
				handler("complete"), request, new MockHttpServletResponse());

		assertThat(page.getViewName()).isEqualTo("redirect:/tasks/4711");
		assertThat(flash.get("error")).isEqualTo("outcome.council.alreadyDecided");
	}

	@Test
	void elsewhereItLeadsToTheTaskList() throws Exception {
		request.setRequestURI("/somewhere/else");

		assertThat(advice
			.refused(new CouncilDecisionException("outcome.council.alreadyDecided"), handler("unannotated"), request,
					new MockHttpServletResponse())
			.getViewName()).isEqualTo("redirect:/tasks");
		assertThat(flash.get("error")).isEqualTo("outcome.council.alreadyDecided");
	}

	@Test
	void aRefusalOfAFieldGoesNextToItWithTheInputKept() throws Exception {
		Person typed = new Person();
		typed.setEmail("regina@rvr.example");
		advice.keepForm(new WebDataBinder(typed, "person"), new ServletWebRequest(request));

		ModelAndView page = advice.refused(RefusedException.onField("email", "event.registration.duplicate"),
				handler("register", Person.class), request, new MockHttpServletResponse());

		assertThat(page.getViewName()).isEqualTo("redirect:/tasks/4711");
		assertThat(flash.get("person")).isSameAs(typed);
		BindingResult result = (BindingResult) flash.get(BindingResult.MODEL_KEY_PREFIX + "person");
		assertThat(result.getFieldError("email").getCode()).isEqualTo("event.registration.duplicate");
		assertThat(result.getFieldValue("email")).isEqualTo("regina@rvr.example");
		assertThat(flash.containsKey("error")).isFalse();
	}

	@Test
	void aRefusalWithoutAFieldGoesToTheTopWithItsArguments() throws Exception {
		advice.keepForm(new WebDataBinder(new Person(), "person"), new ServletWebRequest(request));

		advice.refused(new RefusedException("event.edit.capacityBelowConfirmed", 12), handler("register", Person.class),
				request, new MockHttpServletResponse());

		assertThat(flash.get("error")).isEqualTo("event.edit.capacityBelowConfirmed");
		assertThat((Object[]) flash.get("errorArguments")).containsExactly(12);
		assertThat(((BindingResult) flash.get(BindingResult.MODEL_KEY_PREFIX + "person")).hasErrors()).isFalse();
	}

	private static HandlerMethod handler(String name, Class<?>... parameters) throws NoSuchMethodException {
		Method method = Handlers.class.getDeclaredMethod(name, parameters);
		return new HandlerMethod(new Handlers(), method);
	}

	static class Handlers {

		@OnRefusal(redirectTo = "/tasks/{taskId}")
		String complete() {
			return "redirect:/tasks";
		}

		String unannotated() {
			return "";
		}

		@OnRefusal(redirectTo = "/tasks/{taskId}")
		String register(@ModelAttribute("person") Person person) {
			return "";
		}

	}

	static class Person {

		private String email;

		public String getEmail() {
			return email;
		}

		public void setEmail(String email) {
			this.email = email;
		}

	}

}
