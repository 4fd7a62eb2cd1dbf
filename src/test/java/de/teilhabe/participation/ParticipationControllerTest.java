package de.teilhabe.participation;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.Page;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import de.teilhabe.system.SecurityConfiguration;

@WebMvcTest(ParticipationController.class)
@Import(SecurityConfiguration.class)
class ParticipationControllerTest {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	ParticipationService participations;

	@Test
	@WithMockUser(username = "koordination", authorities = "GROUP_coordinator")
	void shouldShowTheStartFormToCoordinators() throws Exception {
		mvc.perform(get("/participations/new"))
			.andExpect(status().isOk())
			.andExpect(view().name(ParticipationController.VIEW_CREATE_FORM))
			.andExpect(model().attributeExists("participation"));
	}

	@Test
	@WithMockUser(username = "koordination", authorities = "GROUP_coordinator")
	void shouldStartAProcessAndConfirmIt() throws Exception {
		Participation started = Mockito.mock(Participation.class);
		given(started.getTitle()).willReturn("Integrationskonzept Leverkusen 2017");
		given(participations.start(any(), eq("koordination"))).willReturn(started);

		mvc.perform(validForm())
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/tasks"))
			.andExpect(flash().attribute("message", "participation.started"));

		verify(participations).start(eq(new StartParticipation("Integrationskonzept Leverkusen 2017",
				"Kommunales Integrationszentrum", "Integration", LocalDate.of(2017, 1, 16), LocalDate.of(2017, 12, 31),
				2, 100_000L, "Rat der Stadt Leverkusen")), eq("koordination"));
	}

	@Test
	@WithMockUser(username = "koordination", authorities = "GROUP_coordinator")
	void shouldRejectMissingTitleTooManyRoundsAndNegativeBudget() throws Exception {
		mvc.perform(form("title", " ", "surveyRounds", "5", "measuresBudget", "-1"))
			.andExpect(status().isOk())
			.andExpect(view().name(ParticipationController.VIEW_CREATE_FORM))
			.andExpect(model().attributeHasFieldErrorCode("participation", "title", "NotBlank"))
			.andExpect(model().attributeHasFieldErrorCode("participation", "surveyRounds", "Max"))
			.andExpect(model().attributeHasFieldErrorCode("participation", "measuresBudget", "Min"));
		verify(participations, never()).start(any(), any());
	}

	@Test
	@WithMockUser(username = "koordination", authorities = "GROUP_coordinator")
	void shouldRejectAnEndBeforeTheStart() throws Exception {
		mvc.perform(form("plannedEnd", "2016-12-31"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("participation", "plannedEnd", "beforeStart"));
		verify(participations, never()).start(any(), any());
	}

	@Test
	@WithMockUser(username = "koordination", authorities = "GROUP_coordinator")
	void shouldRejectAMalformedDate() throws Exception {
		mvc.perform(form("plannedStart", "30.06.2017"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("participation", "plannedStart", "typeMismatch"));
		verify(participations, never()).start(any(), any());
	}

	@Test
	@WithMockUser(username = "ag-sprache", authorities = "GROUP_wg-lead")
	void shouldRefuseToStartForOtherRoles() throws Exception {
		mvc.perform(get("/participations/new")).andExpect(status().isForbidden());
		mvc.perform(validForm()).andExpect(status().isForbidden());
		verify(participations, never()).start(any(), any());
	}

	@Test
	@WithMockUser(username = "koordination", authorities = "GROUP_coordinator")
	void shouldRefuseAStartWithoutCsrfToken() throws Exception {
		mvc.perform(post("/participations/new").param("title", "x")).andExpect(status().isForbidden());
		verify(participations, never()).start(any(), any());
	}

	@Test
	void shouldSendAnonymousUsersToTheLogin() throws Exception {
		mvc.perform(get("/participations/new"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("http://localhost/login"));
	}

	@Test
	@WithMockUser(username = "leitung", authorities = "GROUP_manager")
	void shouldListProcessesForManagers() throws Exception {
		given(participations.list(any())).willReturn(Page.empty());
		mvc.perform(get("/participations"))
			.andExpect(status().isOk())
			.andExpect(view().name(ParticipationController.VIEW_LIST));
	}

	private static MockHttpServletRequestBuilder validForm() {
		return form();
	}

	/** The valid form with some fields replaced: {@code form("title", " ")}. */
	private static MockHttpServletRequestBuilder form(String... overrides) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("title", "Integrationskonzept Leverkusen 2017");
		fields.put("organiser", "Kommunales Integrationszentrum");
		fields.put("topicArea", "Integration");
		fields.put("plannedStart", "2017-01-16");
		fields.put("plannedEnd", "2017-12-31");
		fields.put("surveyRounds", "2");
		fields.put("measuresBudget", "100000");
		fields.put("politicalBody", "Rat der Stadt Leverkusen");
		for (int i = 0; i < overrides.length; i += 2) {
			fields.put(overrides[i], overrides[i + 1]);
		}
		MockHttpServletRequestBuilder request = post("/participations/new").with(csrf());
		fields.forEach(request::param);
		return request;
	}

}
