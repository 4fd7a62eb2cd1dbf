package de.teilhabe.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.repository.Resource;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import de.teilhabe.IntegrationTest;

/**
 * The models of processes/ and the forms of forms/ are deployed together, and every form
 * reference resolves.
 */
@IntegrationTest
class ProcessModelDeploymentTest {

	private static final String FORM_KEY_PREFIX = "camunda-forms:deployment:";

	@Autowired
	RepositoryService repositoryService;

	@Autowired
	ProcessEngine processEngine;

	@Autowired
	ProcessModelDeployment deployment;

	@Test
	void shouldDeployEveryProcessWithItsFormsInOneDeployment() {
		Deployment teilhabe = onlyDeployment();
		Set<String> resources = resourceNames(teilhabe);

		assertThat(resources).contains("processes/participation.bpmn", "processes/budget-routing.dmn",
				"forms/start-participation.form", "forms/record-wg-results.form");
		assertThat(repositoryService.createProcessDefinitionQuery().latestVersion().list())
			.extracting(ProcessDefinition::getKey)
			.contains("Process_Participation", "Process_SurveyPhase", "Process_Workshop", "Process_Conference",
					"Process_WorkingGroup", "Process_Consolidation", "Process_Documentation", "Process_Council",
					"Process_MeasureTracking");
		assertThat(repositoryService.createDecisionDefinitionQuery()
			.decisionDefinitionKey("Decision_BudgetRouting")
			.count()).isEqualTo(1);
	}

	@Test
	void shouldResolveEveryFormKeyToADeployedForm() {
		Deployment models = onlyDeployment();
		Set<String> resources = resourceNames(models);
		Set<String> formKeys = new HashSet<>();
		// the application's processes, not those other tests deploy for themselves
		for (ProcessDefinition definition : repositoryService.createProcessDefinitionQuery()
			.deploymentId(models.getId())
			.list()) {
			var model = repositoryService.getBpmnModelInstance(definition.getId());
			model.getModelElementsByType(UserTask.class).forEach(task -> formKeys.add(task.getCamundaFormKey()));
			model.getModelElementsByType(StartEvent.class)
				.stream()
				.map(StartEvent::getCamundaFormKey)
				.filter(key -> key != null)
				.forEach(formKeys::add);
		}

		assertThat(formKeys).isNotEmpty().allSatisfy(key -> {
			assertThat(key).startsWith(FORM_KEY_PREFIX);
			assertThat(resources).contains(key.substring(FORM_KEY_PREFIX.length()));
		});
	}

	@Test
	void shouldDeployNothingNewWhenNoModelChanged() {
		deployment.postProcessEngineBuild(processEngine);

		assertThat(repositoryService.createDeploymentQuery()
			.deploymentName(ProcessModelDeployment.DEPLOYMENT_NAME)
			.count()).isEqualTo(1);
	}

	/**
	 * A user task's documentation is the description on its task page: written for
	 * people, it names no variable (such as {@code reviewComment}).
	 */
	@Test
	void shouldDescribeEveryUserTaskWithoutAVariableName() {
		Pattern variableName = Pattern.compile("\\b[a-z]+[A-Z][A-Za-z]*\\b");
		List<String> descriptions = new ArrayList<>();
		for (ProcessDefinition definition : repositoryService.createProcessDefinitionQuery().latestVersion().list()) {
			for (UserTask task : repositoryService.getBpmnModelInstance(definition.getId())
				.getModelElementsByType(UserTask.class)) {
				task.getDocumentations()
					.forEach(documentation -> descriptions.add(task.getName() + ": " + documentation.getTextContent()));
			}
		}

		assertThat(descriptions).isNotEmpty()
			.anySatisfy(description -> assertThat(description).contains("Rückmeldung"))
			.allSatisfy(description -> assertThat(description).doesNotContainPattern(variableName));
	}

	private Deployment onlyDeployment() {
		List<Deployment> deployments = repositoryService.createDeploymentQuery()
			.deploymentName(ProcessModelDeployment.DEPLOYMENT_NAME)
			.list();
		assertThat(deployments).hasSize(1);
		return deployments.get(0);
	}

	private Set<String> resourceNames(Deployment deployment) {
		Set<String> names = new HashSet<>();
		repositoryService.getDeploymentResources(deployment.getId())
			.stream()
			.map(Resource::getName)
			.forEach(names::add);
		return names;
	}

}
