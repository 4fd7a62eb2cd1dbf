package de.teilhabe.task;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
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

import java.time.Clock;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import de.teilhabe.ControllerSliceTest;
import de.teilhabe.participation.ParticipationService;
import de.teilhabe.task.TaskFilter.Due;
import de.teilhabe.task.TaskFilter.Scope;
import de.teilhabe.task.TaskFilter.Sort;
import de.teilhabe.workinggroup.WorkingGroupService;

@ControllerSliceTest
@WithMockUser(username = "koordination", authorities = "GROUP_coordinator")
class TaskListControllerTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TaskQueries queries;

	@Autowired
	ParticipationService participations;

	@Autowired
	WorkingGroupService workingGroups;

	@Autowired
	SavedFilterRepository savedFilters;

	@Autowired
	Clock clock;

	@BeforeEach
	void emptyList() {
		given(queries.search(any(), any(), anyInt(), anyInt())).willReturn(new TaskPage(List.of(), 0, 0, 25));
	}

	@Test
	void shouldListWithTheFilterFromTheQuery() throws Exception {
		given(queries.search(eq("koordination"), any(), eq(2), eq(25)))
			.willReturn(new TaskPage(List.of(new TaskRow("t1", "Konferenz durchführen", "Leverkusen", "CONFERENCE",
					null, null, new Date(), new Date(0), null, 50, true)), 51, 2, 25));

		mvc.perform(get("/tasks").param("scope", "GROUPS")
			.param("phase", "CONFERENCE")
			.param("due", "OVERDUE")
			.param("q", "Konferenz")
			.param("sort", "PRIORITY")
			.param("desc", "true")
			.param("page", "2"))
			.andExpect(status().isOk())
			.andExpect(view().name(TaskListController.VIEW_TASK_LIST))
			.andExpect(model().attribute("filter", new TaskFilter(Scope.GROUPS, null, "CONFERENCE", null, Due.OVERDUE,
					"Konferenz", Sort.PRIORITY, true)));
		verify(queries).search("koordination",
				new TaskFilter(Scope.GROUPS, null, "CONFERENCE", null, Due.OVERDUE, "Konferenz", Sort.PRIORITY, true),
				2, 25);
	}

	@Test
	void shouldFallBackToTheWholeListForAnUnknownFilterValue() throws Exception {
		mvc.perform(get("/tasks").param("due", "YESTERDAY")).andExpect(status().isOk());
		mvc.perform(get("/tasks").param("phase", "NOPE")).andExpect(status().isOk());
		verify(queries, org.mockito.Mockito.times(2)).search("koordination", TaskFilter.all(), 0, 25);
	}

	@Test
	void shouldSaveTheCurrentFilterUnderAName() throws Exception {
		given(savedFilters.findByUserIdAndName("koordination", "Überfällig")).willReturn(Optional.empty());

		mvc.perform(post("/tasks/filters").with(csrf()).param("name", " Überfällig ").param("query", "due=OVERDUE"))
			.andExpect(redirectedUrl("/tasks?due=OVERDUE"))
			.andExpect(flash().attribute("message", "tasks.filter.saved"));
		verify(savedFilters).save(any(SavedFilter.class));
	}

	@Test
	void shouldRefuseAFilterWithoutName() throws Exception {
		mvc.perform(post("/tasks/filters").with(csrf()).param("name", "  ").param("query", "due=OVERDUE"))
			.andExpect(flash().attribute("error", "tasks.filter.invalidName"));
		verify(savedFilters, never()).save(any());
	}

	@Test
	void shouldNotDeleteAnotherUsersFilter() throws Exception {
		given(savedFilters.findByIdAndUserId(7L, "koordination")).willReturn(Optional.empty());

		mvc.perform(post("/tasks/filters/7/delete").with(csrf())).andExpect(redirectedUrl("/tasks"));
		verify(savedFilters, never()).delete(any());
	}

	@Test
	@WithMockUser(username = "nobody", authorities = {})
	void shouldShowAnEmptyListToAUserWithoutTasks() throws Exception {
		mvc.perform(get("/tasks")).andExpect(status().isOk()).andExpect(view().name(TaskListController.VIEW_TASK_LIST));
	}

	@Test
	@org.springframework.security.test.context.support.WithAnonymousUser
	void shouldSendAnonymousUsersToTheLogin() throws Exception {
		mvc.perform(get("/tasks"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("http://localhost/login"));
	}

}
