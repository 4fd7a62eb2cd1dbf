package de.teilhabe.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import de.teilhabe.LeverkusenFixture;
import de.teilhabe.council.CouncilService;
import de.teilhabe.council.Decision;
import de.teilhabe.demo.LeverkusenDemo;
import de.teilhabe.documentation.DocumentationService;
import de.teilhabe.event.EventKind;
import de.teilhabe.event.EventService;
import de.teilhabe.event.ParticipationEvent;
import de.teilhabe.event.RegistrationStatus;
import de.teilhabe.measure.Measure;
import de.teilhabe.measure.MeasureService;
import de.teilhabe.measure.MeasureStatus;
import de.teilhabe.participation.Participation;
import de.teilhabe.participation.ParticipationService;
import de.teilhabe.participation.Phase;
import de.teilhabe.survey.SurveyService;
import de.teilhabe.survey.SurveyStatus;
import de.teilhabe.workinggroup.WorkingGroup;
import de.teilhabe.workinggroup.WorkingGroupService;

/**
 * The complete Leverkusen 2017 cycle (two survey rounds, workshop, conference, eight
 * working groups, budget decision, a rejected and then approved documentation, council
 * adoption) driven through Teilhabe's own services as the coordinator, the manager and
 * the eight leads; run once per database by the subclasses.
 */
abstract class LeverkusenCycleTests {

	@Autowired
	LeverkusenFixture leverkusen;

	@Autowired
	ParticipationService participations;

	@Autowired
	SurveyService surveys;

	@Autowired
	EventService events;

	@Autowired
	WorkingGroupService workingGroups;

	@Autowired
	MeasureService measures;

	@Autowired
	DocumentationService documentation;

	@Autowired
	CouncilService council;

	@Autowired
	RuntimeService runtimeService;

	@Test
	void shouldRunTheLeverkusenCycleFromSurveysToAdoptedMeasures() {
		Participation started = leverkusen.at(Phase.MEASURE_TRACKING);

		long id = started.getId();
		assertThat(surveys.rounds(id)).hasSize(2).allMatch(s -> s.getStatus() == SurveyStatus.CLOSED);

		List<ParticipationEvent> held = events.eventsOf(id);
		assertThat(held).extracting(ParticipationEvent::getKind)
			.containsExactly(EventKind.WORKSHOP, EventKind.CONFERENCE);
		ParticipationEvent conference = held.get(1);
		assertThat(conference.getRegistrationStatus()).isEqualTo(RegistrationStatus.CLOSED);
		assertThat(conference.getAttendance()).isEqualTo(LeverkusenDemo.ATTENDANCE);
		assertThat(conference.getStartTime()).isEqualTo("15:00");

		List<WorkingGroup> groups = workingGroups.ofParticipation(id);
		assertThat(groups).extracting(WorkingGroup::getTopic).containsExactlyElementsOf(LeverkusenDemo.TOPICS);
		assertThat(groups).allSatisfy(group -> assertThat(workingGroups.goalsOf(group.getId())).hasSize(1));

		List<Measure> adopted = measures.ofParticipation(id);
		assertThat(adopted).hasSize(16).allMatch(m -> m.getStatus() == MeasureStatus.PLANNED);
		assertThat(measures.totalCost(id))
			.isEqualTo(8 * (LeverkusenDemo.COST_FIRST_MEASURE + LeverkusenDemo.COST_SECOND_MEASURE))
			.isGreaterThan(LeverkusenDemo.BUDGET);

		assertThat(documentation.published(id)).singleElement()
			.satisfies(doc -> assertThat(doc.getForeword()).contains("Oberbürgermeister Uwe Richrath"));

		assertThat(council.decisions(id)).singleElement()
			.satisfies(d -> assertThat(d.getDecision()).isEqualTo(Decision.ADOPTED));

		Participation now = participations.find(id).orElseThrow();
		assertThat(now.getCurrentPhase()).isEqualTo(Phase.MEASURE_TRACKING.name());
		assertThat(runtimeService.createProcessInstanceQuery()
			.processInstanceBusinessKey(now.getSlug())
			.processDefinitionKey("Process_MeasureTracking")
			.count()).isEqualTo(1);
	}

}
