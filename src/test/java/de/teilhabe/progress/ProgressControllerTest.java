package de.teilhabe.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import de.teilhabe.ControllerSliceTest;
import de.teilhabe.progress.ProgressDetail.Diagram;
import de.teilhabe.progress.ProgressDetail.Failure;
import de.teilhabe.progress.ProgressDetail.Step;
import de.teilhabe.progress.ProgressDetail.StepState;
import de.teilhabe.progress.ProgressDetail.Timeline;
import de.teilhabe.progress.ProgressRow.EngineFigures;
import de.teilhabe.progress.ProgressRow.Figures;
import de.teilhabe.system.NotFoundException;

@ControllerSliceTest
class ProgressControllerTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ProgressService progress;

	static final ProgressRow LEVERKUSEN = new ProgressRow(1, "leverkusen", "Integrationskonzept Leverkusen 2017",
			"Kommunales Integrationszentrum", "RUNNING", "CONFERENCE", LocalDate.of(2017, 2, 1), 100_000, "pi-1",
			new Figures(412, 120, 118, 24, 80_000), new EngineFigures(9, 1, Instant.parse("2017-06-30T10:00:00Z"), 1));

	@Test
	@WithMockUser(username = "leitung", authorities = "GROUP_manager")
	void shouldShowManagersTheOverviewWithFiguresAndProblems() throws Exception {
		given(progress.overview(any(), any(), eq(0), anyInt()))
			.willReturn(new ProgressPage(List.of(LEVERKUSEN), 0, 25, 1));
		given(progress.organisers(any())).willReturn(List.of("Kommunales Integrationszentrum"));
		given(progress.years(any())).willReturn(List.of(2017));

		String html = mvc.perform(get("/progress").param("status", "PROBLEMS"))
			.andExpect(status().isOk())
			.andExpect(view().name(ProgressController.VIEW_OVERVIEW))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);

		assertThat(html).contains("Integrationskonzept Leverkusen 2017", "2 von 7 Phasen abgeschlossen",
				"1 fehlgeschlagener Schritt", "1 überfällig", "9 offen", "30.06.2017", "80.000 € von 100.000 €",
				"<progress max=\"7\" value=\"2\"");
		assertThat(html).containsPattern("<option value=\"PROBLEMS\" selected=\"selected\">");
	}

	@Test
	@WithMockUser(username = "leitung", authorities = "GROUP_manager")
	void shouldWriteTheOverviewsDatesAndAmountsInEnglishForEnglishReaders() throws Exception {
		given(progress.overview(any(), any(), eq(0), anyInt()))
			.willReturn(new ProgressPage(List.of(LEVERKUSEN), 0, 25, 1));

		String text = Jsoup
			.parse(mvc.perform(get("/progress").param("lang", "en"))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8))
			.text();

		assertThat(text).contains("30 Jun 2017", "€80,000 of €100,000")
			.doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}")
			.doesNotContain("80000", "EUR");
	}

	@Test
	@WithMockUser(username = "ag-sprache", authorities = "GROUP_wg-lead")
	void shouldRefuseTheOverviewToWorkingGroupLeads() throws Exception {
		mvc.perform(get("/progress")).andExpect(status().isForbidden());
		mvc.perform(get("/progress/export")).andExpect(status().isForbidden());
		verify(progress, never()).overview(any(), any(), anyInt(), anyInt());
	}

	@Test
	@WithMockUser(username = "ag-sprache", authorities = "GROUP_wg-lead")
	void shouldShowALeadTheirGroupsWithLinksToTheirPart() throws Exception {
		given(progress.groupsLedBy(any())).willReturn(List.of(new DetailQueries.LedGroup(7, "Sprache", "SET_UP",
				"leverkusen", "Integrationskonzept Leverkusen 2017", 1)));

		String html = mvc.perform(get("/progress/working-groups"))
			.andExpect(status().isOk())
			.andExpect(view().name(ProgressController.VIEW_GROUPS))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);

		assertThat(html).contains("href=\"/progress/leverkusen\"", "Sprache", "eingerichtet", "1 offen",
				"Meine Arbeitsgruppen");
	}

	@Test
	void shouldSendAnonymousVisitorsToTheLogin() throws Exception {
		mvc.perform(get("/progress")).andExpect(redirectedUrl("http://localhost/login"));
		mvc.perform(get("/progress/leverkusen")).andExpect(redirectedUrl("http://localhost/login"));
	}

	@Test
	@WithMockUser(username = "leitung", authorities = "GROUP_manager")
	void shouldExportTheFilteredProcessesAsCsv() throws Exception {
		ProgressRow formula = new ProgressRow(2, "formel", "=HYPERLINK(\"x\")", "Stadt", "FINISHED", null,
				LocalDate.of(2019, 1, 1), 0, null, Figures.NONE, EngineFigures.NONE);
		given(progress.overview(any(), any(), eq(0), eq(ProgressController.EXPORT_BATCH)))
			.willReturn(new ProgressPage(List.of(LEVERKUSEN, formula), 0, ProgressController.EXPORT_BATCH, 2));

		String csv = mvc.perform(get("/progress/export").param("year", "2017"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/csv"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);

		assertThat(csv.lines().toList()).hasSize(3);
		assertThat(csv).contains("Titel;Veranstalter;Status;Phase;Phasen abgeschlossen")
			.contains(
					"Integrationskonzept Leverkusen 2017;Kommunales Integrationszentrum;läuft;Konferenz und Arbeitsgruppen;2;7;2017-06-30;9;1;1;412;120;118;24;80000;100000")
			.contains("'=HYPERLINK")
			.contains("Budget verplant (€);Budget (€)");
		verify(progress).overview(any(), eq(new ProgressFilter(null, 2017, null, ProgressFilter.Sort.CREATED)), eq(0),
				eq(ProgressController.EXPORT_BATCH));
	}

	@Test
	@WithMockUser(username = "admin", authorities = "GROUP_admin")
	void shouldShowAFailedStepWithItsMessageAndARetryButtonToAdministrators() throws Exception {
		given(progress.detail(eq("leverkusen"), any(), eq(0))).willReturn(detail());

		String html = mvc.perform(get("/progress/leverkusen"))
			.andExpect(status().isOk())
			.andExpect(view().name(ProgressController.VIEW_DETAIL))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);

		assertThat(html).contains("Befragung öffnen", "Umfragedienst nicht erreichbar", "Erneut versuchen",
				"name=\"job\" value=\"job-1\"", "data-failed=\"ServiceTask_OpenSurvey\"",
				"data-active=\"CallActivity_Conference\"", "fehlgeschlagen", "aktiv", "erledigt");
	}

	@Test
	@WithMockUser(username = "leitung", authorities = "GROUP_manager")
	void shouldNotOfferManagersARetry() throws Exception {
		given(progress.detail(eq("leverkusen"), any(), eq(0))).willReturn(detail());

		String html = mvc.perform(get("/progress/leverkusen"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);

		assertThat(html).contains("Umfragedienst nicht erreichbar").doesNotContain("Erneut versuchen");
		mvc.perform(post("/progress/leverkusen/retry").param("job", "job-1").with(csrf()))
			.andExpect(status().isForbidden());
		verify(progress, never()).retry(any(), any(), any());
	}

	@Test
	@WithMockUser(username = "admin", authorities = "GROUP_admin")
	void shouldRetryAFailedStepForAnAdministrator() throws Exception {
		mvc.perform(post("/progress/leverkusen/retry").param("job", "job-1").with(csrf()))
			.andExpect(redirectedUrl("/progress/leverkusen"))
			.andExpect(flash().attribute("message", "progress.retried"));
		verify(progress).retry(eq("leverkusen"), eq("job-1"), any());
	}

	@Test
	@WithMockUser(username = "admin", authorities = "GROUP_admin")
	void shouldRefuseARetryWithoutCsrfToken() throws Exception {
		mvc.perform(post("/progress/leverkusen/retry").param("job", "job-1")).andExpect(status().isForbidden());
		verify(progress, never()).retry(any(), any(), any());
	}

	@Test
	@WithMockUser(username = "koordination", authorities = "GROUP_coordinator")
	void shouldAnswerForbiddenOrNotFoundWithoutAStackTrace() throws Exception {
		given(progress.detail(eq("fremd"), any(), anyInt())).willThrow(new AccessDeniedException("not theirs"));
		given(progress.detail(eq("weg"), any(), anyInt()))
			.willThrow(new NotFoundException("participation process", "weg"));

		mvc.perform(get("/progress/fremd")).andExpect(status().isForbidden());
		mvc.perform(get("/progress/weg")).andExpect(status().isNotFound());
	}

	private static ProgressDetail detail() {
		Diagram main = new Diagram("Process_Participation:1:x", "Beteiligungsprozess",
				List.of(new Step("StartEvent_ParticipationStarted", "Beteiligungsprozess gestartet",
						StepState.FINISHED), new Step("ServiceTask_OpenSurvey", "Befragung öffnen", StepState.FAILED),
						new Step("CallActivity_Conference", "Konferenz", StepState.ACTIVE),
						new Step("CallActivity_Council", "Ratsbefassung", StepState.OPEN)));
		return new ProgressDetail(LEVERKUSEN, true, List.of(main),
				List.of(new Failure("i-1", "Befragung öffnen", "Umfragedienst nicht erreichbar",
						Instant.parse("2017-03-01T09:00:00Z"), "job-1")),
				List.of(), new Timeline(List.of(), 0, 20, 0), List.of(), List.of(3L));
	}

}
