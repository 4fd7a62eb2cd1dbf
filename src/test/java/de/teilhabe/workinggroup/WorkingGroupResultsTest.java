package de.teilhabe.workinggroup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import de.teilhabe.IntegrationTest;
import de.teilhabe.LeverkusenFixture;
import de.teilhabe.demo.Cast;
import de.teilhabe.form.CamundaForms;
import de.teilhabe.form.FormResult;
import de.teilhabe.form.FormView;
import de.teilhabe.measure.MeasureService;
import de.teilhabe.participation.Participation;
import de.teilhabe.participation.Phase;
import de.teilhabe.task.TaskWorkService;

/**
 * A working group's lead records goals and measures on their own group's tasks only, with
 * sane costs, may save a draft and come back; the coordinator can send results back with
 * a comment.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkingGroupResultsTest {

	@Autowired
	LeverkusenFixture leverkusen;

	@Autowired
	TaskWorkService work;

	@Autowired
	TaskService taskService;

	@Autowired
	CamundaForms forms;

	@Autowired
	WorkingGroupService workingGroups;

	@Autowired
	MeasureService measures;

	@Autowired
	MockMvc mvc;

	Participation process;

	String spracheLead;

	String bildungLead;

	String coordinator;

	Task recordResults;

	WorkingGroup sprache;

	@BeforeAll
	void openTheResultsTaskOfTheLanguageGroup() {
		// the leads work their tasks: a participation of its own
		process = leverkusen.fresh(Phase.CONFERENCE);
		Cast cast = leverkusen.castOf(process);
		spracheLead = cast.lead(0);
		bildungLead = cast.lead(1);
		coordinator = cast.coordinator();
		sprache = workingGroups.ofParticipation(process.getId()).get(0);
		Task prepare = taskOf(sprache, "UserTask_PrepareSession");
		assertThatThrownBy(() -> work.complete(prepare.getId(), bildungLead, Map.of("sessionQuestions", "fremd")))
			.as("another group's lead may not prepare this session")
			.isInstanceOf(AccessDeniedException.class);
		work.complete(prepare.getId(), spracheLead, Map.of("sessionQuestions", "Welche Sprachangebote fehlen?",
				"sessionMaterials", "Ergebnisse der Befragungen"));
		recordResults = taskOf(sprache, "UserTask_RecordResults");
	}

	@Test
	void anotherGroupsLeadCanNeitherSeeNorSaveNorCompleteTheResults() throws Exception {
		mvc.perform(get("/tasks/{id}", recordResults.getId()).with(user(bildungLead).authorities(List.of())))
			.andExpect(status().isForbidden());
		mvc.perform(post("/tasks/{id}/draft", recordResults.getId()).with(csrf())
			.with(user(bildungLead).authorities(List.of()))
			.param("goals[0].title", "Fremdes Ziel")).andExpect(status().isForbidden());
		assertThatThrownBy(() -> work.complete(recordResults.getId(), bildungLead,
				Map.of("goals", List.of(), "measures", List.of())))
			.isInstanceOf(AccessDeniedException.class);

		assertThat(taskService.getVariableLocal(recordResults.getId(), "teilhabeFormDraft")).isNull();
		assertThat(measures.ofWorkingGroup(sprache.getId())).isEmpty();
		assertThat(taskService.createTaskQuery().taskId(recordResults.getId()).count()).isEqualTo(1);
	}

	@Test
	void negativeOrAbsurdCostsAreRefusedNextToTheField() {
		FormResult negative = forms.bindTaskForm(recordResults.getId(), results("-5"), Locale.GERMAN);
		FormResult absurd = forms.bindTaskForm(recordResults.getId(), results("250000000"), Locale.GERMAN);
		FormResult sane = forms.bindTaskForm(recordResults.getId(), results("100000000"), Locale.GERMAN);

		assertThat(negative.valid()).isFalse();
		assertThat(error(negative.view(), "measures[0].estimatedCost")).isNotBlank();
		assertThat(absurd.valid()).isFalse();
		assertThat(error(absurd.view(), "measures[0].estimatedCost")).isNotBlank();
		assertThat(sane.valid()).isTrue();
	}

	@Test
	void aLeadSavesAnIncompleteDraftAndFindsItAgain() throws Exception {
		MultiValueMap<String, String> draft = new LinkedMultiValueMap<>();
		draft.add("_present", "goals");
		draft.add("goals[0].title", "Sprachförderung von Anfang an sichern");
		draft.add("goals[0].description", "");

		mvc.perform(post("/tasks/{id}/draft", recordResults.getId()).with(csrf())
			.with(user(spracheLead).authorities(List.of()))
			.params(draft)).andExpect(redirectedUrl("/tasks/" + recordResults.getId()));

		mvc.perform(get("/tasks/{id}", recordResults.getId()).with(user(spracheLead).authorities(List.of())))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("value=\"Sprachförderung von Anfang an sichern\"")))
			.andExpect(content().string(Matchers.containsString("Ihr gespeicherter Entwurf ist geladen.")));
		assertThat(taskService.createTaskQuery().taskId(recordResults.getId()).count()).as("still open").isEqualTo(1);
		assertThat(measures.ofWorkingGroup(sprache.getId())).isEmpty();
	}

	@Test
	void theCoordinatorSendsResultsBackWithAComment() {
		Task bildung = taskOf(workingGroups.ofParticipation(process.getId()).get(1), "UserTask_PrepareSession");
		work.complete(bildung.getId(), bildungLead, Map.of("sessionQuestions", "Was brauchen Kitas?"));
		WorkingGroup group = workingGroups.ofParticipation(process.getId()).get(1);
		Task results = taskOf(group, "UserTask_RecordResults");
		work.complete(results.getId(), bildungLead, Map.of("goals", List.of(Map.of("title", "Bildungschancen")),
				"measures",
				List.of(Map.of("title", "Elternbegleiterinnen", "estimatedCost", 12_000L, "priority", "HIGH"))));
		Task review = taskOf(group, "UserTask_ReviewResults");
		work.complete(review.getId(), coordinator,
				Map.of("resultsAccepted", false, "reviewComment", "Bitte Kosten je Jahr angeben."));

		Task again = taskOf(group, "UserTask_RecordResults");
		String intro = forms.taskForm(again.getId(), Locale.GERMAN)
			.orElseThrow()
			.getComponents()
			.stream()
			.map(FormView.Node::getHtml)
			.filter(html -> html != null && html.contains("Bitte Kosten je Jahr angeben."))
			.findFirst()
			.orElse("");
		assertThat(intro).contains("Bitte Kosten je Jahr angeben.");
		assertThat(measures.ofWorkingGroup(group.getId())).singleElement()
			.satisfies(m -> assertThat(m.getEstimatedCost()).isEqualTo(12_000L));
	}

	private Task taskOf(WorkingGroup group, String key) {
		return leverkusen.awaitTasks(process, key, 1)
			.stream()
			.filter(t -> group.getId().equals(taskService.getVariable(t.getId(), "workingGroupId")))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no " + key + " for " + group.getName()));
	}

	private static MultiValueMap<String, String> results(String cost) {
		MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
		params.add("_present", "goals");
		params.add("_present", "measures");
		params.add("goals[0].title", "Sprachförderung von Anfang an sichern");
		params.add("goals[0].description", "Passende Angebote");
		params.add("measures[0].title", "Sprachkursbörse Leverkusen");
		params.add("measures[0].description", "Übersicht der Kurse");
		params.add("measures[0].responsibleBody", "Kommunales Integrationszentrum");
		params.add("measures[0].partners", "Volkshochschule");
		params.add("measures[0].estimatedCost", cost);
		params.add("measures[0].priority", "HIGH");
		params.add("measures[0].timeframe", "2018");
		params.add("measures[0].goal", "Sprachförderung von Anfang an sichern");
		return params;
	}

	private static String error(FormView view, String name) {
		List<FormView.Node> all = new ArrayList<>();
		collect(view.getComponents(), all);
		return all.stream()
			.filter(node -> name.equals(node.getName()))
			.findFirst()
			.map(FormView.Node::getError)
			.orElse(null);
	}

	private static void collect(List<FormView.Node> nodes, List<FormView.Node> into) {
		for (FormView.Node node : nodes) {
			into.add(node);
			collect(node.getChildren(), into);
			node.getRows().forEach(row -> collect(row.getChildren(), into));
		}
	}

}
