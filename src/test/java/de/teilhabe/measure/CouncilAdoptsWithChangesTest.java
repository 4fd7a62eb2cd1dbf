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

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
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
import de.teilhabe.council.CouncilService;
import de.teilhabe.council.Decision;
import de.teilhabe.demo.Cast;
import de.teilhabe.demo.LeverkusenDemo;
import de.teilhabe.participation.Participation;
import de.teilhabe.participation.Phase;
import de.teilhabe.task.TaskWorkService;

/**
 * "Adopted with changes": the coordinator ticks the measures the council adopted, linked
 * from the decision task; only those are planned and followed on the public page, the
 * others are not adopted.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CouncilAdoptsWithChangesTest {

	@Autowired
	LeverkusenFixture leverkusen;

	@Autowired
	MeasureService measures;

	@Autowired
	CouncilService council;

	@Autowired
	TaskWorkService work;

	@Autowired
	MockMvc mvc;

	@Autowired
	ManagementService managementService;

	@Autowired
	TaskService taskService;

	@Autowired
	RuntimeService runtimeService;

	Participation process;

	Cast cast;

	String page;

	long kursboerse;

	long pflegeberatung;

	@BeforeAll
	void runUpToTheCouncilDecision() {
		// the council decides: a participation of its own
		process = leverkusen.fresh(Phase.COUNCIL);
		cast = leverkusen.castOf(process);
		page = "/measures/council/" + process.getId();
		kursboerse = measure("Sprachkursbörse Leverkusen");
		pflegeberatung = measure("Kultursensible Pflegeberatung");
	}

	@Test
	@Order(1)
	void theDecisionTaskLinksToTheChoiceOfAllSubmittedMeasuresTickedAtFirst() throws Exception {
		String task = leverkusen.awaitTasks(process, "UserTask_RecordCouncilDecision", 1).get(0).getId();
		mvc.perform(get("/tasks/{id}", task).with(coordinator()))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("href=\"" + page + "\"")));

		mvc.perform(get(page).with(coordinator()))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Sprachkursbörse Leverkusen")))
			.andExpect(
					content().string(Matchers.containsString("id=\"adopted-" + kursboerse + "\" checked=\"checked\"")));
		assertThat(measures.beforeCouncil(process.getId())).hasSize(16);
		mvc.perform(get(page).with(user(cast.lead(0)).authorities(() -> "GROUP_wg-lead")))
			.andExpect(status().isForbidden());
	}

	@Test
	@Order(2)
	void choosingNoMeasureOrAnotherProcesssMeasureIsRefusedAndChangesNothing() throws Exception {
		mvc.perform(post(page).with(csrf()).with(coordinator()))
			.andExpect(redirectedUrl(page))
			.andExpect(flash().attribute("error", "outcome.measure.council.noneChosen"));
		mvc.perform(post(page).with(csrf()).with(coordinator()).param("adopted", "" + kursboerse, "999999"))
			.andExpect(redirectedUrl(page))
			.andExpect(flash().attribute("error", "outcome.measure.council.unknown"));
		mvc.perform(post(page).with(csrf()).with(manager()).param("adopted", "" + kursboerse))
			.andExpect(status().isForbidden());

		assertThat(measures.beforeCouncil(process.getId())).noneMatch(Measure::isCouncilExcluded);
	}

	@Test
	@Order(3)
	void onlyTheChosenMeasuresArePlannedAndShownPublicly() throws Exception {
		mvc.perform(post(page).with(csrf()).with(coordinator()).param("adopted", "" + kursboerse, "" + pflegeberatung))
			.andExpect(redirectedUrl(page))
			.andExpect(flash().attribute("message", "outcome.measure.council.saved"));
		mvc.perform(get(page).with(coordinator()))
			.andExpect(content().string(Matchers.containsString("id=\"adopted-" + kursboerse + "\" checked")))
			.andExpect(content().string(Matchers.not(Matchers
				.containsString("id=\"adopted-" + measure("Interreligiöser Runder Tisch") + "\" checked"))));

		work.complete(leverkusen.awaitTasks(process, "UserTask_RecordCouncilDecision", 1).get(0).getId(),
				cast.coordinator(), Map.of("councilDecision", "ADOPTED_WITH_CHANGES", "approvedBudget", 30_000L,
						"decisionNotes", "Beschlossen werden die Sprachkursbörse und die Pflegeberatung."));

		assertThat(council.finalDecision(process.getId()))
			.hasValueSatisfying(d -> assertThat(d.getDecision()).isEqualTo(Decision.ADOPTED_WITH_CHANGES));
		assertThat(measures.tracked(process.getId())).extracting(Measure::getTitle, Measure::getStatus)
			.containsExactlyInAnyOrder(
					org.assertj.core.groups.Tuple.tuple("Sprachkursbörse Leverkusen", MeasureStatus.PLANNED),
					org.assertj.core.groups.Tuple.tuple("Kultursensible Pflegeberatung", MeasureStatus.PLANNED));
		assertThat(measures.ofParticipation(process.getId()))
			.filteredOn(m -> m.getStatus() == MeasureStatus.NOT_ADOPTED)
			.hasSize(14);
		assertThat(measures.openCount(process.getId())).isEqualTo(2);

		mvc.perform(get("/public/processes/{slug}", process.getSlug()))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Sprachkursbörse Leverkusen")))
			.andExpect(content().string(Matchers.containsString("Kultursensible Pflegeberatung")))
			.andExpect(content().string(Matchers.not(Matchers.containsString("Interreligiöser Runder Tisch"))));
	}

	@Test
	@Order(4)
	void afterTheDecisionTheChoiceCannotChange() throws Exception {
		mvc.perform(post(page).with(csrf()).with(coordinator()).param("adopted", "" + kursboerse))
			.andExpect(redirectedUrl(page))
			.andExpect(flash().attribute("error", "outcome.measure.council.decided"));
		mvc.perform(get(page).with(coordinator()))
			.andExpect(content().string(Matchers.containsString("Es gibt keine Maßnahmen, die auf den Beschluss")));

		assertThat(measures.openCount(process.getId())).isEqualTo(2);
	}

	@Test
	@Order(5)
	void theYearlyRequestIsOneTaskPerResponsibleBodyWithOpenMeasures() {
		String tracking = runtimeService.createProcessInstanceQuery()
			.processInstanceBusinessKey(process.getSlug())
			.processDefinitionKey("Process_MeasureTracking")
			.singleResult()
			.getId();
		String timer = managementService.createJobQuery().timers().processInstanceId(tracking).singleResult().getId();

		managementService.executeJob(timer);

		List<Task> requests = taskService.createTaskQuery()
			.processInstanceBusinessKey(process.getSlug())
			.taskDefinitionKey("UserTask_ReportMeasureProgress")
			.orderByTaskName()
			.asc()
			.list();
		assertThat(requests).extracting(Task::getName)
			.containsExactly("Umsetzungsstand erheben: Fachbereich Senioren",
					"Umsetzungsstand erheben: Kommunales Integrationszentrum");
		assertThat(taskService.getVariable(requests.get(1).getId(), "responsibleBody"))
			.isEqualTo("Kommunales Integrationszentrum");
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
