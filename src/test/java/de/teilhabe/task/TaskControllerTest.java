package de.teilhabe.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.hamcrest.Matchers;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.MultiValueMap;

import de.teilhabe.ControllerSliceTest;
import de.teilhabe.form.FormView;

@ControllerSliceTest
@WithMockUser(username = "ag-sprache", authorities = "GROUP_wg-lead")
class TaskControllerTest {

	private static final String ID = "task-1";

	@Autowired
	Clock clock;

	@Autowired
	MockMvc mvc;

	@Autowired
	TaskQueries queries;

	@Autowired
	TaskWorkService work;

	FormView form = mock(FormView.class);

	@BeforeEach
	void task() {
		given(queries.details(eq(ID), eq("ag-sprache"), any())).willReturn(details(true, form));
	}

	private TaskDetails details(boolean canComplete, FormView form) {
		return new TaskDetails(new TaskView(ID, "AG-Sitzung vorbereiten", null, null, new Date(), null, null, false),
				"Integrationskonzept Leverkusen 2017", "CONFERENCE", "AG 1: Sprache", List.of("wg-1"), List.of(),
				List.of(new HistoryEntry(new Date(), null, "created", null)), true, false, false, false, canComplete,
				form, false, Map.of());
	}

	@Test
	void shouldShowTheTaskWithItsForm() throws Exception {
		mvc.perform(get("/tasks/{id}", ID))
			.andExpect(status().isOk())
			.andExpect(view().name(TaskController.VIEW_TASK))
			.andExpect(model().attribute("form", form))
			.andExpect(content().string(Matchers.containsString("Integrationskonzept Leverkusen 2017")));
	}

	@Test
	void shouldWriteTheTasksDatesInTheReadersLanguageAndZone() throws Exception {
		Date due = date(LocalDate.of(2026, 12, 20), LocalTime.of(23, 59, 59));
		Date followUp = date(LocalDate.of(2026, 12, 10), LocalTime.MIN);
		given(queries.details(eq(ID), eq("ag-sprache"), any())).willReturn(new TaskDetails(
				new TaskView(ID, "Ziele und Maßnahmen erfassen", "Das Formular zeigt die Rückmeldung.", null, due, due,
						followUp, false),
				"Integrationskonzept Leverkusen 2017", "CONFERENCE", "AG 1: Sprache", List.of("wg-1"), List.of(),
				List.of(), false, false, false, true, false, null, false, Map.of()));

		String german = mvc.perform(get("/tasks/{id}", ID).param("lang", "de"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		String english = mvc.perform(get("/tasks/{id}", ID).param("lang", "en"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);

		assertThat(Jsoup.parse(german).text()).contains("20.12.2026, 23:59 Uhr", "10.12.2026")
			.doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}");
		assertThat(Jsoup.parse(english).text()).contains("20 Dec 2026, 11:59 pm", "10 Dec 2026")
			.doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}");
		assertThat(german).as("the date fields keep the day in the zone of teilhabe.zone")
			.contains("value=\"2026-12-20\"", "value=\"2026-12-10\"");
	}

	@Test
	void shouldShowNoFormToSomeoneWhoMayOnlyLook() throws Exception {
		given(queries.details(eq(ID), eq("ag-sprache"), any())).willReturn(details(false, null));

		mvc.perform(get("/tasks/{id}", ID))
			.andExpect(status().isOk())
			.andExpect(model().attribute("form", Matchers.nullValue()));
	}

	@Test
	void shouldRefuseAForeignTaskWith403() throws Exception {
		given(queries.details(eq(ID), eq("ag-sprache"), any())).willThrow(new AccessDeniedException("not yours"));

		mvc.perform(get("/tasks/{id}", ID)).andExpect(status().isForbidden());
	}

	@Test
	void shouldAnswerAnUnknownTaskWith404() throws Exception {
		given(queries.details(eq("nope"), eq("ag-sprache"), any())).willThrow(new TaskNotFoundException("nope"));

		mvc.perform(get("/tasks/{id}", "nope")).andExpect(status().isNotFound()).andExpect(view().name("error"));
	}

	@Test
	void shouldClaimAndConfirm() throws Exception {
		mvc.perform(post("/tasks/{id}/claim", ID).with(csrf()))
			.andExpect(redirectedUrl("/tasks/" + ID))
			.andExpect(flash().attribute("message", "task.claimed"));
		verify(work).claim(ID, "ag-sprache");
	}

	@Test
	void shouldRefuseAClaimOfAForeignTask() throws Exception {
		willThrow(new AccessDeniedException("not yours")).given(work).claim(ID, "ag-sprache");

		mvc.perform(post("/tasks/{id}/claim", ID).with(csrf())).andExpect(status().isForbidden());
	}

	@Test
	void shouldUnclaim() throws Exception {
		mvc.perform(post("/tasks/{id}/unclaim", ID).with(csrf())).andExpect(redirectedUrl("/tasks/" + ID));
		verify(work).unclaim(ID, "ag-sprache");
	}

	@Test
	void shouldAssign() throws Exception {
		mvc.perform(post("/tasks/{id}/assign", ID).with(csrf()).param("assignee", "ag-bildung"))
			.andExpect(redirectedUrl("/tasks/" + ID));
		verify(work).assign(ID, "ag-sprache", "ag-bildung");
	}

	@Test
	void shouldRefuseAnAssignmentByANonCoordinator() throws Exception {
		willThrow(new AccessDeniedException("no")).given(work).assign(ID, "ag-sprache", "ag-bildung");

		mvc.perform(post("/tasks/{id}/assign", ID).with(csrf()).param("assignee", "ag-bildung"))
			.andExpect(status().isForbidden());
	}

	@Test
	void shouldSetDueAtTheEndOfTheDayAndFollowUpAtItsStart() throws Exception {
		mvc.perform(
				post("/tasks/{id}/dates", ID).with(csrf()).param("due", "2017-06-30").param("followUp", "2017-06-20"))
			.andExpect(redirectedUrl("/tasks/" + ID))
			.andExpect(flash().attribute("message", "task.datesSet"));
		verify(work).setDates(ID, "ag-sprache", date(LocalDate.of(2017, 6, 30), LocalTime.of(23, 59, 59)),
				date(LocalDate.of(2017, 6, 20), LocalTime.MIN));
	}

	@Test
	void shouldRejectAMalformedDate() throws Exception {
		mvc.perform(post("/tasks/{id}/dates", ID).with(csrf()).param("due", "30.06.2017"))
			.andExpect(status().isBadRequest());
		verify(work, never()).setDates(anyString(), anyString(), any(), any());
	}

	@Test
	void shouldAddAComment() throws Exception {
		mvc.perform(post("/tasks/{id}/comments", ID).with(csrf()).param("text", "  Raum reserviert  "))
			.andExpect(redirectedUrl("/tasks/" + ID));
		verify(work).comment(ID, "ag-sprache", "Raum reserviert");
	}

	@Test
	void shouldRejectAnEmptyOrOverlongComment() throws Exception {
		mvc.perform(post("/tasks/{id}/comments", ID).with(csrf()).param("text", "   "))
			.andExpect(flash().attribute("error", "task.comment.invalid"));
		mvc.perform(post("/tasks/{id}/comments", ID).with(csrf()).param("text", "x".repeat(2001)))
			.andExpect(flash().attribute("error", "task.comment.invalid"));
		verify(work, never()).comment(anyString(), anyString(), anyString());
	}

	@Test
	void shouldCompleteAndGoToTheNextTaskOfTheProcess() throws Exception {
		given(work.complete(eq(ID), eq("ag-sprache"), param("sessionQuestions", "Leitfragen"), any()))
			.willReturn(new Completion.Completed("AG-Sitzung vorbereiten", Optional.of("task-2")));

		mvc.perform(post("/tasks/{id}/complete", ID).with(csrf()).param("sessionQuestions", "Leitfragen"))
			.andExpect(redirectedUrl("/tasks/task-2"))
			.andExpect(flash().attribute("message", "task.completed"))
			.andExpect(flash().attribute("messageArgument", "AG-Sitzung vorbereiten"));
	}

	@Test
	void shouldCompleteAndReturnToTheListWhenNoTaskFollows() throws Exception {
		given(work.complete(eq(ID), eq("ag-sprache"), any(), any()))
			.willReturn(new Completion.Completed("AG-Sitzung vorbereiten", Optional.empty()));

		mvc.perform(post("/tasks/{id}/complete", ID).with(csrf())).andExpect(redirectedUrl("/tasks"));
	}

	@Test
	void shouldShowTheFormAgainWithErrorsAndCompleteNothing() throws Exception {
		// that nothing is completed is the service's (TaskCompletionTest)
		FormView withErrors = mock(FormView.class);
		given(work.complete(eq(ID), eq("ag-sprache"), any(), any()))
			.willReturn(new Completion.Invalid(details(true, withErrors)));

		mvc.perform(post("/tasks/{id}/complete", ID).with(csrf()).param("sessionQuestions", ""))
			.andExpect(status().isOk())
			.andExpect(view().name(TaskController.VIEW_TASK))
			.andExpect(model().attribute("form", withErrors));
	}

	@Test
	void shouldAddARowWithoutCompleting() throws Exception {
		given(work.complete(eq(ID), eq("ag-sprache"), param("_action", "add:measures"), any()))
			.willReturn(new Completion.Invalid(details(true, form)));

		mvc.perform(post("/tasks/{id}/complete", ID).with(csrf()).param("_action", "add:measures"))
			.andExpect(status().isOk())
			.andExpect(view().name(TaskController.VIEW_TASK));
	}

	@Test
	void shouldRefuseToCompleteATaskTheUserMayOnlyLookAt() throws Exception {
		given(work.complete(eq(ID), eq("ag-sprache"), any(), any())).willThrow(new AccessDeniedException("look only"));

		mvc.perform(post("/tasks/{id}/complete", ID).with(csrf())).andExpect(status().isForbidden());
	}

	@Test
	void shouldExplainThatSomeoneElseAlreadyCompletedTheTask() throws Exception {
		given(work.complete(eq(ID), eq("ag-sprache"), any(), any())).willThrow(new TaskNotFoundException(ID));

		mvc.perform(post("/tasks/{id}/complete", ID).with(csrf()))
			.andExpect(redirectedUrl("/tasks"))
			.andExpect(flash().attribute("error", "task.gone"));
	}

	@Test
	void shouldExplainAConcurrentChange() throws Exception {
		given(work.complete(eq(ID), eq("ag-sprache"), any(), any())).willThrow(new TaskConflictException(ID, null));

		mvc.perform(post("/tasks/{id}/complete", ID).with(csrf()))
			.andExpect(redirectedUrl("/tasks/" + ID))
			.andExpect(flash().attribute("error", "task.conflict"));
	}

	@Test
	void shouldRefuseAPostWithoutCsrfTokenAndSayTheFormExpired() throws Exception {
		mvc.perform(post("/tasks/{id}/complete", ID)).andExpect(status().isForbidden());
		mvc.perform(post("/tasks/{id}/claim", ID)).andExpect(status().isForbidden());
		verify(work, never()).claim(anyString(), anyString());
		verify(work, never()).complete(anyString(), anyString(), any(), any());
	}

	@Test
	@WithMockUser(username = "x", authorities = {})
	void shouldRefuseEverythingToAUserWithoutAccess() throws Exception {
		given(queries.details(eq(ID), eq("x"), any())).willThrow(new AccessDeniedException("no"));
		willThrow(new AccessDeniedException("no")).given(work).comment(ID, "x", "hallo");
		given(work.complete(eq(ID), eq("x"), any(), any())).willThrow(new AccessDeniedException("no"));

		mvc.perform(get("/tasks/{id}", ID)).andExpect(status().isForbidden());
		mvc.perform(post("/tasks/{id}/comments", ID).with(csrf()).param("text", "hallo"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/tasks/{id}/complete", ID).with(csrf())).andExpect(status().isForbidden());
	}

	/** Submitted parameters with this value (among others, such as the CSRF token). */
	private static MultiValueMap<String, String> param(String name, String value) {
		return argThat(params -> params != null && value.equals(params.getFirst(name)));
	}

	/** The day's time in the zone of teilhabe.zone, which the clock carries. */
	private Date date(LocalDate day, LocalTime time) {
		return Date.from(day.atTime(time).atZone(clock.getZone()).toInstant());
	}

}
