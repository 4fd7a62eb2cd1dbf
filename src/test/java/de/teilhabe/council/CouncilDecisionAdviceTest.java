package de.teilhabe.council;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributesModelMap;

class CouncilDecisionAdviceTest {

	CouncilDecisionAdvice advice = new CouncilDecisionAdvice();

	@Test
	void aSecondDecisionFromTheTaskPageLeadsBackToTheTaskWithAClearMessage() {
		RedirectAttributesModelMap redirect = new RedirectAttributesModelMap();

		String view = advice.refused(new CouncilDecisionException("outcome.council.alreadyDecided"),
				new MockHttpServletRequest("POST", "/tasks/4711/complete"), redirect);

		assertThat(view).isEqualTo("redirect:/tasks/4711");
		assertThat(redirect.getFlashAttributes().get("error")).isEqualTo("outcome.council.alreadyDecided");
	}

	@Test
	void elsewhereItLeadsToTheTaskList() {
		RedirectAttributesModelMap redirect = new RedirectAttributesModelMap();

		assertThat(advice.refused(new CouncilDecisionException("outcome.council.alreadyDecided"),
				new MockHttpServletRequest("POST", "/somewhere/else"), redirect))
			.isEqualTo("redirect:/tasks");
	}

}
