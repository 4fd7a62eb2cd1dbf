package de.teilhabe.participation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
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
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import de.teilhabe.ControllerSliceTest;
import de.teilhabe.form.CamundaForms;
import de.teilhabe.form.FormResult;
import de.teilhabe.form.FormView;

@ControllerSliceTest
class ParticipationControllerTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ParticipationService participations;

	@Autowired
	CamundaForms forms;

	FormView form = mock(FormView.class);

	@Test
	@WithMockUser(username = "koordination", authorities = "GROUP_coordinator")
	void shouldShowTheStartFormToCoordinators() throws Exception {
		given(forms.startForm(eq(ParticipationService.PROCESS_KEY), any())).willReturn(form);

		mvc.perform(get("/participations/new"))
			.andExpect(status().isOk())
			.andExpect(view().name(ParticipationController.VIEW_CREATE_FORM))
			.andExpect(model().attribute("form", form));
	}

	@Test
	@WithMockUser(username = "koordination", authorities = "GROUP_coordinator")
	void shouldStartAProcessAndLeadToItsFirstTask() throws Exception {
		given(forms.bindStartForm(eq(ParticipationService.PROCESS_KEY), any(), any()))
			.willReturn(new FormResult(form, values(), true, false));
		Participation started = mock(Participation.class);
		given(started.getTitle()).willReturn("Integrationskonzept Leverkusen 2017");
		given(started.getSlug()).willReturn("integrationskonzept-leverkusen-2017");
		given(participations.start(any(), eq("koordination"))).willReturn(started);

		mvc.perform(post("/participations/new").with(csrf()).param("title", "Integrationskonzept Leverkusen 2017"))
			.andExpect(redirectedUrl("/tasks/next?process=integrationskonzept-leverkusen-2017"))
			.andExpect(flash().attribute("message", "participation.started"));

		ArgumentCaptor<StartParticipation> command = ArgumentCaptor.forClass(StartParticipation.class);
		verify(participations).start(command.capture(), eq("koordination"));
		assertThat(command.getValue()).isEqualTo(new StartParticipation("Integrationskonzept Leverkusen 2017",
				"Kommunales Integrationszentrum", "Integration", LocalDate.of(2017, 1, 16), LocalDate.of(2017, 12, 31),
				2, 100_000L, "Rat der Stadt Leverkusen"));
	}

	@Test
	@WithMockUser(username = "koordination", authorities = "GROUP_coordinator")
	void shouldShowTheFormAgainWhenItIsInvalid() throws Exception {
		FormView withErrors = mock(FormView.class);
		given(forms.bindStartForm(eq(ParticipationService.PROCESS_KEY), any(), any()))
			.willReturn(new FormResult(withErrors, Map.of(), false, false));

		mvc.perform(post("/participations/new").with(csrf()).param("title", ""))
			.andExpect(status().isOk())
			.andExpect(view().name(ParticipationController.VIEW_CREATE_FORM))
			.andExpect(model().attribute("form", withErrors));
		verify(participations, never()).start(any(), any());
	}

	@Test
	@WithMockUser(username = "koordination", authorities = "GROUP_coordinator")
	void shouldRejectAnEndBeforeTheStartAtTheEndField() throws Exception {
		Map<String, Object> values = values();
		values.put("plannedEnd", "2016-12-31");
		FormView marked = mock(FormView.class);
		given(form.withError(eq("plannedEnd"), any())).willReturn(marked);
		given(forms.bindStartForm(eq(ParticipationService.PROCESS_KEY), any(), any()))
			.willReturn(new FormResult(form, values, true, false));

		mvc.perform(post("/participations/new").with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attribute("form", marked));
		verify(form).withError("plannedEnd", "Das geplante Ende darf nicht vor dem Beginn liegen.");
		verify(participations, never()).start(any(), any());
	}

	@Test
	@WithMockUser(username = "ag-sprache", authorities = "GROUP_wg-lead")
	void shouldRefuseToStartForOtherRoles() throws Exception {
		mvc.perform(get("/participations/new")).andExpect(status().isForbidden());
		mvc.perform(post("/participations/new").with(csrf())).andExpect(status().isForbidden());
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
	void shouldSendManagersFromTheOldListToTheProgressOverview() throws Exception {
		mvc.perform(get("/participations")).andExpect(redirectedUrl("/progress"));
	}

	private static Map<String, Object> values() {
		Map<String, Object> values = new HashMap<>();
		values.put("title", "Integrationskonzept Leverkusen 2017");
		values.put("organiser", "Kommunales Integrationszentrum");
		values.put("topicArea", "Integration");
		values.put("plannedStart", "2017-01-16");
		values.put("plannedEnd", "2017-12-31");
		values.put("surveyRounds", 2L);
		values.put("measuresBudget", 100_000L);
		values.put("politicalBody", "Rat der Stadt Leverkusen");
		return values;
	}

}
