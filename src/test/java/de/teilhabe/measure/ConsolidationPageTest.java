package de.teilhabe.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import de.teilhabe.IntegrationTest;
import de.teilhabe.LeverkusenFixture;
import de.teilhabe.demo.Cast;
import de.teilhabe.demo.LeverkusenDemo;
import de.teilhabe.documentation.DocumentationService;
import de.teilhabe.participation.Participation;
import de.teilhabe.participation.Phase;
import de.teilhabe.participation.ParticipationService;
import de.teilhabe.participation.StartParticipation;
import de.teilhabe.task.TaskWorkService;

/**
 * The coordinator's consolidation page on the Leverkusen process after the eight groups'
 * results: all measures side by side, the total against the budget, merging duplicates
 * and setting measures aside; the budget decision then sees the consolidated total.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsolidationPageTest {

	@Autowired
	LeverkusenFixture leverkusen;

	@Autowired
	MeasureService measures;

	@Autowired
	TaskWorkService work;

	@Autowired
	HistoryService historyService;

	@Autowired
	MockMvc mvc;

	@Autowired
	ParticipationService participations;

	@Autowired
	DocumentationService documentation;

	Participation process;

	Cast cast;

	String page;

	@BeforeAll
	void runUpToTheConsolidation() {
		// the tests consolidate: a participation of their own
		process = leverkusen.fresh(Phase.CONSOLIDATION);
		cast = leverkusen.castOf(process);
		page = "/measures/consolidation/" + process.getId();
	}

	@Test
	@Order(1)
	void showsEveryGroupsMeasuresAndTheTotalOverTheBudget() throws Exception {
		mvc.perform(get(page).with(coordinator()))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.stringContainsInOrder("AG 1: Sprache", "Sprachkursbörse Leverkusen",
					"AG 8: Senioren", "Seniorentreffs interkulturell öffnen")))
			.andExpect(content().string(Matchers.containsString("148.000 €")))
			.andExpect(content().string(Matchers.containsString("100.000 €")))
			.andExpect(content().string(Matchers.containsString("Die Maßnahmen überschreiten das Budget.")));
		mvc.perform(get(page).with(manager())).andExpect(status().isOk());
		mvc.perform(get(page).with(user(cast.lead(0)).authorities(() -> "GROUP_wg-lead")))
			.andExpect(status().isForbidden());
	}

	@Test
	@Order(1)
	void keepsTheMeasurePagesFromACoordinatorWhoDoesNotSteerTheProcess() throws Exception {
		RequestPostProcessor other = user("koordination-duisburg").authorities(() -> "GROUP_coordinator");
		Participation theirs = participations.start(new StartParticipation("Duisburg " + System.nanoTime(), "KI",
				"Integration", LocalDate.of(2017, 1, 16), LocalDate.of(2017, 12, 31), 1, 1000L, "Rat"),
				"koordination-duisburg");
		long id = process.getId();
		long first = measure("Vereinslotsen für Sport und Kultur");
		long second = measure("Interkultureller Kalender");

		mvc.perform(get("/measures").with(other))
			.andExpect(status().isOk())
			.andExpect(content().string(
					Matchers.allOf(Matchers.containsString("href=\"/measures/consolidation/" + theirs.getId() + "\""),
							Matchers.not(Matchers.containsString("href=\"/measures/consolidation/" + id + "\"")))));
		for (String page : List.of("/measures/consolidation/" + id, "/measures/tracking/" + id,
				"/measures/council/" + id)) {
			mvc.perform(get(page).with(other)).andExpect(status().isForbidden());
		}
		mvc.perform(post(page + "/merge").with(csrf())
			.with(other)
			.param("measure", "" + first, "" + second)
			.param("keep", "" + first)).andExpect(status().isForbidden());
		mvc.perform(post(page + "/" + first + "/defer").with(csrf()).with(other).param("deferred", "true"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/measures/council/" + id).with(csrf()).with(other).param("adopted", "" + first))
			.andExpect(status().isForbidden());
		mvc.perform(post("/measures/tracking/" + id + "/" + first).with(csrf())
			.with(other)
			.param("date", "2018-01-15")
			.param("status", "IN_PROGRESS")
			.param("progress", "10")
			.param("spent", "0")
			.param("text", "Fremd")).andExpect(status().isForbidden());
		mvc.perform(post("/documentation/corrections/" + id).with(csrf()).with(other))
			.andExpect(status().isForbidden());

		assertThat(measures.totalCost(id)).isEqualTo(148_000);
		assertThat(measures.mergedInto(id)).isEmpty();
		assertThat(measures.ofParticipation(id)).allMatch(m -> m.getStatus() == MeasureStatus.PROPOSED);
		mvc.perform(get("/progress").with(other))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.allOf(Matchers.containsString(theirs.getTitle()),
					Matchers.not(Matchers.containsString(process.getTitle())))));
		mvc.perform(get("/progress/" + process.getSlug()).with(other)).andExpect(status().isForbidden());
		mvc.perform(get("/progress/" + process.getSlug() + "/model").param("definition", "x").with(other))
			.andExpect(status().isForbidden());
		mvc.perform(get("/measures").with(manager()))
			.andExpect(content().string(Matchers.containsString("href=\"/measures/consolidation/" + id + "\"")));
		mvc.perform(get("/progress").with(manager()))
			.andExpect(content().string(Matchers.containsString(process.getTitle())));
		mvc.perform(get("/progress/" + process.getSlug()).with(coordinator())).andExpect(status().isOk());
	}

	@Test
	@Order(2)
	void mergingNeedsTwoMeasuresAndTheOneToKeep() throws Exception {
		long first = measure("Vereinslotsen für Sport und Kultur");

		mvc.perform(post(page + "/merge").with(csrf())
			.with(coordinator())
			.param("measure", "" + first)
			.param("keep", "" + first))
			.andExpect(redirectedUrl(page))
			.andExpect(flash().attribute("error", "outcome.measure.merge.tooFew"));
		mvc.perform(post(page + "/merge").with(csrf()).with(manager()).param("measure", "" + first, "" + first))
			.andExpect(status().isForbidden());

		assertThat(measures.totalCost(process.getId())).isEqualTo(148_000);
		assertThat(measures.mergedInto(process.getId())).isEmpty();
	}

	@Test
	@Order(3)
	void mergedDuplicatesCountOnceAndKeepBothGroups() throws Exception {
		long kept = measure("Nachbarschaftsfeste in den Quartieren");
		long duplicate = measure("Interkultureller Kalender");

		mvc.perform(post(page + "/merge").with(csrf())
			.with(coordinator())
			.param("measure", "" + kept, "" + duplicate)
			.param("keep", "" + kept))
			.andExpect(redirectedUrl(page))
			.andExpect(flash().attribute("message", "outcome.measure.merged"));

		assertThat(measures.totalCost(process.getId())).isEqualTo(148_000 - 6_500);
		assertThat(measures.mergedInto(process.getId()).get(kept)).singleElement()
			.satisfies(m -> assertThat(m.getTitle()).isEqualTo("Interkultureller Kalender"));
		mvc.perform(get(page).with(coordinator()))
			.andExpect(content().string(Matchers.containsString("Auch aus AG 7: Interkultureller")))
			.andExpect(content().string(Matchers.containsString("Zusammengeführt mit: Nachbarschaftsfeste")));

		mvc.perform(post(page + "/merge").with(csrf())
			.with(coordinator())
			.param("measure", "" + kept, "" + duplicate)
			.param("keep", "" + kept)).andExpect(flash().attribute("error", "outcome.measure.merge.notProposed"));
		assertThat(measures.totalCost(process.getId())).isEqualTo(148_000 - 6_500);
	}

	@Test
	@Order(4)
	void deferredMeasuresBringTheTotalWithinBudgetAndSkipTheManager() throws Exception {
		for (Measure m : measures.ofParticipation(process.getId())) {
			if (m.getStatus() == MeasureStatus.PROPOSED && m.getPriority() == Priority.MEDIUM) {
				mvc.perform(post(page + "/" + m.getId() + "/defer").with(csrf())
					.with(coordinator())
					.param("deferred", "true")).andExpect(flash().attribute("message", "outcome.measure.deferred"));
			}
		}
		assertThat(measures.totalCost(process.getId())).isEqualTo(8 * 12_000);

		leverkusen.awaitTasks(process, "UserTask_ConsolidateMeasures", 1)
			.forEach(task -> work.complete(task.getId(), cast.coordinator(),
					Map.of("consolidationNotes", "Netzwerkformate werden 2019 erneut beraten.")));

		leverkusen.awaitTasks(process, "UserTask_EditDocumentation", 1);
		// the processes of this participation, not those of other tests
		List<String> instances = historyService.createHistoricProcessInstanceQuery()
			.processInstanceBusinessKey(process.getSlug())
			.list()
			.stream()
			.map(HistoricProcessInstance::getId)
			.toList();
		assertThat(historyService.createHistoricActivityInstanceQuery().activityId("UserTask_ApproveBudget").list())
			.filteredOn(activity -> instances.contains(activity.getProcessInstanceId()))
			.as("within budget, no manager decision")
			.isEmpty();
		assertThat(measures.submitted(process.getId())).hasSize(8);
	}

	@Test
	@Order(5)
	void keepsTheDocumentationPreviewFromACoordinatorWhoDoesNotSteerTheProcess() throws Exception {
		RequestPostProcessor other = user("koordination-duisburg").authorities(() -> "GROUP_coordinator");
		String preview = "/documentation/" + documentation.compile(process.getId()).getId() + "/preview";

		mvc.perform(get(preview).with(other)).andExpect(status().isForbidden());
		mvc.perform(get(preview + ".pdf").with(other)).andExpect(status().isForbidden());
		mvc.perform(get(preview).with(coordinator())).andExpect(status().isOk());
		mvc.perform(get(preview).with(manager())).andExpect(status().isOk());
		mvc.perform(get("/documentation/" + Long.MAX_VALUE + "/preview").with(manager()))
			.andExpect(status().isNotFound());
	}

	private long measure(String title) {
		List<Measure> all = measures.ofParticipation(process.getId());
		return all.stream().filter(m -> m.getTitle().equals(title)).findFirst().orElseThrow().getId();
	}

	private RequestPostProcessor coordinator() {
		return user(cast.coordinator()).authorities(() -> "GROUP_coordinator");
	}

	private RequestPostProcessor manager() {
		return user(cast.manager()).authorities(() -> "GROUP_manager");
	}

}
