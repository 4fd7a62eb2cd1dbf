package de.teilhabe.form;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.form.StartFormData;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.util.MultiValueMap;

/**
 * Camunda Forms ({@code camunda:formKey="camunda-forms:..."} or {@code camunda:formRef})
 * of user tasks and start events, rendered on the server and bound without JavaScript.
 * The form comes from the deployment of the process definition, so a running instance
 * keeps the form it was started with.
 */
@Service
public class CamundaForms {

	private static final String CAMUNDA_FORMS = "camunda-forms:";

	private final TaskService taskService;

	private final FormService formService;

	private final RepositoryService repositoryService;

	private final FormParser parser = new FormParser();

	/**
	 * Forms parsed from a process's own deployment, by process definition and form key. A
	 * deployment never changes, so each node may keep them without asking the others; a
	 * form reference bound to "latest" is read every time.
	 */
	private final Map<String, FormDefinition> deploymentForms = new ConcurrentHashMap<>();

	private final FormBinder binder;

	CamundaForms(TaskService taskService, FormService formService, RepositoryService repositoryService,
			MessageSource messageSource, Clock clock) {
		this.taskService = taskService;
		this.formService = formService;
		this.repositoryService = repositoryService;
		this.binder = new FormBinder(new FeelExpressions(), messageSource, clock);
	}

	/**
	 * The task's deployed Camunda Form, pre-filled from the task's variables; empty if
	 * the task has no Camunda Form.
	 * @throws NotFoundException when there is no such task
	 */
	public Optional<FormView> taskForm(String taskId, Locale locale) {
		return deployedTaskForm(taskId).map(form -> binder.render(form, taskService.getVariables(taskId), locale));
	}

	/**
	 * The same for a task already loaded with its form key
	 * ({@code TaskQuery.initializeFormKeys()}) and the variables it sees
	 * ({@code TaskService.getVariables}).
	 */
	public Optional<FormView> taskForm(Task task, Map<String, Object> variables, Locale locale) {
		return deployedTaskForm(task).map(form -> binder.render(form, variables, locale));
	}

	/**
	 * Binds and validates a submission of the task's form; the task's variables are what
	 * conditions and texts see under the submitted values.
	 * @throws IllegalStateException when the task has no Camunda Form
	 */
	public FormResult bindTaskForm(String taskId, MultiValueMap<String, String> params, Locale locale) {
		FormDefinition form = deployedTaskForm(taskId)
			.orElseThrow(() -> new IllegalStateException("Task " + taskId + " has no Camunda Form"));
		return binder.bind(form, taskService.getVariables(taskId), params, locale);
	}

	/**
	 * The same for a task already loaded with its form key and the variables it sees;
	 * empty if the task has no Camunda Form.
	 */
	public Optional<FormResult> bindTaskForm(Task task, Map<String, Object> variables,
			MultiValueMap<String, String> params, Locale locale) {
		return deployedTaskForm(task).map(form -> binder.bind(form, variables, params, locale));
	}

	/**
	 * The start form of the latest version of a process definition, with empty values or
	 * the form's defaults.
	 * @throws IllegalStateException when its start event has no Camunda Form
	 */
	public FormView startForm(String processDefinitionKey, Locale locale) {
		return binder.render(deployedStartForm(processDefinitionKey), Map.of(), locale);
	}

	public FormResult bindStartForm(String processDefinitionKey, MultiValueMap<String, String> params, Locale locale) {
		return binder.bind(deployedStartForm(processDefinitionKey), Map.of(), params, locale);
	}

	private Optional<FormDefinition> deployedTaskForm(String taskId) {
		Task task = taskService.createTaskQuery().taskId(taskId).initializeFormKeys().singleResult();
		if (task == null) {
			throw new NotFoundException("No task " + taskId);
		}
		return deployedTaskForm(task);
	}

	private Optional<FormDefinition> deployedTaskForm(Task task) {
		String taskId = task.getId();
		if (!isCamundaForm(task.getFormKey()) && task.getCamundaFormRef() == null) {
			return Optional.empty();
		}
		if (task.getFormKey() != null && task.getFormKey().startsWith(CAMUNDA_FORMS + "deployment:")) {
			return Optional.of(deploymentForms.computeIfAbsent(task.getProcessDefinitionId() + " " + task.getFormKey(),
					key -> read(formService.getDeployedTaskForm(taskId))));
		}
		return Optional.of(read(formService.getDeployedTaskForm(taskId)));
	}

	private FormDefinition deployedStartForm(String processDefinitionKey) {
		ProcessDefinition definition = repositoryService.createProcessDefinitionQuery()
			.processDefinitionKey(processDefinitionKey)
			.latestVersion()
			.singleResult();
		if (definition == null) {
			throw new NotFoundException("No process definition " + processDefinitionKey);
		}
		StartFormData start = formService.getStartFormData(definition.getId());
		if (start == null || !isCamundaForm(start.getFormKey()) && start.getCamundaFormRef() == null) {
			throw new IllegalStateException("The start event of " + processDefinitionKey + " has no Camunda Form");
		}
		return read(formService.getDeployedStartForm(definition.getId()));
	}

	private FormDefinition read(InputStream form) {
		try (InputStream in = form) {
			return parser.parse(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static boolean isCamundaForm(String formKey) {
		return formKey != null && formKey.startsWith(CAMUNDA_FORMS);
	}

}
