package de.teilhabe.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.time.Duration;

import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import de.teilhabe.DemoIntegrationTest;
import de.teilhabe.TestClock;
import de.teilhabe.participation.Participation;
import de.teilhabe.participation.ParticipationService;
import de.teilhabe.participation.Phase;
import de.teilhabe.task.TaskQueries;

/**
 * On the embedded default the app seeds the demo users and the Leverkusen process, so a
 * newcomer sees tasks.
 */
@DemoIntegrationTest
class DemoDataSeederTest {

	@Autowired
	ParticipationService participations;

	@Autowired
	LeverkusenDemo leverkusen;

	@Autowired
	TaskQueries tasks;

	@Autowired
	MockMvc mvc;

	@Test
	void shouldSeedLeverkusenUpToTheWorkingGroupSessions() throws Exception {
		Participation seeded = awaitSeeded();
		leverkusen.awaitTasks(seeded, "UserTask_PrepareSession", 8);
		leverkusen.awaitTasks(seeded, "UserTask_ConductConference", 1);

		assertThat(participations.find(seeded.getId()).orElseThrow().getCurrentPhase())
			.isEqualTo(Phase.CONFERENCE.name());
		assertThat(tasks.openTasks(DemoUsers.COORDINATOR, 100)).extracting(Task::getTaskDefinitionKey)
			.contains("UserTask_ConductConference")
			.doesNotContain("UserTask_PrepareSession");
		// a lead sees their own group's session, not the seven others
		assertThat(tasks.openTasks("ag-sprache", 100)).singleElement()
			.satisfies(task -> assertThat(task.getTaskDefinitionKey()).isEqualTo("UserTask_PrepareSession"));
	}

	@Autowired
	TestClock clock;

	@Test
	void shouldLetDemoUsersSignInWithThePasswordFromTheReadme() throws Exception {
		awaitSeeded();
		mvc.perform(formLogin().user(DemoUsers.COORDINATOR).password(DemoUsers.PASSWORD))
			.andExpect(authenticated().withUsername(DemoUsers.COORDINATOR))
			.andExpect(redirectedUrl("/tasks"));
		clock.stop();
		try {
			mvc.perform(formLogin().user(DemoUsers.COORDINATOR).password("wrong"))
				.andExpect(unauthenticated())
				.andExpect(redirectedUrl("/login?error&wait=1"));
			// right after a wrong password the next attempt waits a second, whatever
			// the password
			mvc.perform(formLogin().user(DemoUsers.COORDINATOR).password(DemoUsers.PASSWORD))
				.andExpect(unauthenticated())
				.andExpect(redirectedUrl("/login?error&wait=1"));
			clock.advance(Duration.ofSeconds(1));
			mvc.perform(formLogin().user(DemoUsers.COORDINATOR).password(DemoUsers.PASSWORD))
				.andExpect(authenticated().withUsername(DemoUsers.COORDINATOR));
		}
		finally {
			clock.run();
		}
	}

	private Participation awaitSeeded() throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (System.nanoTime() < deadline) {
			var found = participations.findBySlug("integrationskonzept-leverkusen-2017");
			if (found.isPresent()) {
				return found.get();
			}
			Thread.sleep(100);
		}
		throw new AssertionError("The demo process was not seeded within 60 s");
	}

}
