package de.teilhabe.task;

import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.MultiValueMap;

import de.teilhabe.form.CamundaForms;
import de.teilhabe.form.FormResult;
import de.teilhabe.task.TaskAccess.Rights;

/**
 * The work of users on their tasks: claim, hand back, assign, schedule, comment, keep a
 * draft and complete. Each call is one transaction that loads the task once and checks
 * first what the user may do ({@link TaskAccess}); a refusal changes nothing.
 */
@Service
public class TaskWorkService {

	private final TaskService taskService;

	private final IdentityService identityService;

	private final CamundaForms forms;

	private final TaskAccess access;

	private final TaskQueries queries;

	TaskWorkService(TaskService taskService, IdentityService identityService, CamundaForms forms, TaskAccess access,
			TaskQueries queries) {
		this.taskService = taskService;
		this.identityService = identityService;
		this.forms = forms;
		this.access = access;
		this.queries = queries;
	}

	@Transactional
	public void claim(String taskId, String userId) {
		Task task = queries.find(taskId, false);
		if (!rightsOn(task, userId).canClaim()) {
			throw TaskAccess.refused(userId, "claim", taskId);
		}
		asUser(userId, () -> taskService.claim(taskId, userId), taskId);
	}

	@Transactional
	public void unclaim(String taskId, String userId) {
		Task task = queries.find(taskId, false);
		if (!rightsOn(task, userId).canUnclaim()) {
			throw TaskAccess.refused(userId, "unclaim", taskId);
		}
		asUser(userId, () -> taskService.setAssignee(taskId, null), taskId);
	}

	/** Coordinators hand a task to a member of its candidate groups. */
	@Transactional
	public void assign(String taskId, String userId, String assignee) {
		Task task = queries.find(taskId, false);
		Rights rights = rightsOn(task, userId);
		if (!rights.canAssign() || !access.mayWorkUnassigned(rights, assignee)) {
			throw TaskAccess.refused(userId, "assign to " + assignee, taskId);
		}
		asUser(userId, () -> taskService.setAssignee(taskId, assignee), taskId);
	}

	@Transactional
	public void setDates(String taskId, String userId, Date due, Date followUp) {
		Task task = queries.find(taskId, false);
		if (!rightsOn(task, userId).canSetDates()) {
			throw TaskAccess.refused(userId, "schedule", taskId);
		}
		asUser(userId, () -> {
			if (!Objects.equals(task.getDueDate(), due)) {
				taskService.setDueDate(taskId, due);
			}
			if (!Objects.equals(task.getFollowUpDate(), followUp)) {
				taskService.setFollowUpDate(taskId, followUp);
			}
		}, taskId);
	}

	@Transactional
	public void comment(String taskId, String userId, String text) {
		Task task = queries.find(taskId, false);
		if (!rightsOn(task, userId).canView()) {
			throw TaskAccess.refused(userId, "comment on", taskId);
		}
		asUser(userId, () -> taskService.createComment(taskId, task.getProcessInstanceId(), text), taskId);
	}

	/**
	 * Keeps what the user typed into the task's form, complete or not, as a task-local
	 * variable, so they can come back to it; the same people as for completing may do so.
	 * It ends with the task. Nothing is checked, but a press of "add" or "remove" in a
	 * list of rows only changes the form.
	 * @return the task's page to show again when a row was added or removed; empty when
	 * the draft was saved
	 */
	@Transactional
	public Optional<TaskDetails> saveDraft(String taskId, String userId, MultiValueMap<String, String> params,
			Locale locale) {
		Task task = queries.find(taskId, true);
		ProcessKey process = new ProcessKey(task);
		Rights rights = access.of(task, userId, process);
		if (!rights.canWork()) {
			throw TaskAccess.refused(userId, "work", taskId);
		}
		Map<String, Object> variables = taskService.getVariables(taskId);
		Optional<FormResult> result = forms.bindTaskForm(task, variables, params, locale);
		if (result.isPresent() && result.get().rowChanged()) {
			return Optional.of(queries.page(task, process.get(), rights, variables, result.get().view(), false));
		}
		Map<String, List<String>> input = new LinkedHashMap<>(params);
		input.remove("_csrf");
		asUser(userId, () -> taskService.setVariableLocal(taskId, TaskQueries.DRAFT_VARIABLE,
				Variables.objectValue(input).serializationDataFormat(Variables.SerializationDataFormats.JSON).create()),
				taskId);
		return Optional.empty();
	}

	/**
	 * Completes the task with its submitted form, in one go: loads the task, checks that
	 * the user may work it, binds and validates the form against the task's variables,
	 * completes it (claiming it first when it is still unassigned) and finds the user's
	 * next task of the same process. Only an invalid submission builds the task's page.
	 */
	@Transactional
	public Completion complete(String taskId, String userId, MultiValueMap<String, String> params, Locale locale) {
		Task task = queries.find(taskId, true);
		ProcessKey process = new ProcessKey(task);
		Rights rights = access.of(task, userId, process);
		if (!rights.canWork()) {
			throw TaskAccess.refused(userId, "complete", taskId);
		}
		Map<String, Object> variables = taskService.getVariables(taskId);
		Optional<FormResult> result = forms.bindTaskForm(task, variables, params, locale);
		if (result.isPresent() && (!result.get().valid() || result.get().rowChanged())) {
			return new Completion.Invalid(
					queries.page(task, process.get(), rights, variables, result.get().view(), false));
		}
		// before the step: the process may end with it
		String businessKey = process.get();
		complete(task, userId, result.map(FormResult::values).orElse(Map.of()));
		return new Completion.Completed(task.getName(),
				businessKey == null ? Optional.empty() : queries.nextTask(businessKey, userId,
						rights.coordinates() ? rights.groups() : TaskAccess.offeringGroups(rights.groups())));
	}

	/**
	 * Completes the task as the user with these variables, claiming it first when it is
	 * still unassigned: for steps taken by the application's services and the demo.
	 * @return the business key of the task's process (to look for the user's next task
	 * there), or null
	 */
	@Transactional
	public String complete(String taskId, String userId, Map<String, Object> variables) {
		Task task = queries.find(taskId, false);
		ProcessKey process = new ProcessKey(task);
		if (!access.of(task, userId, process).canWork()) {
			throw TaskAccess.refused(userId, "work", taskId);
		}
		String businessKey = process.get();
		complete(task, userId, variables);
		return businessKey;
	}

	private void complete(Task task, String userId, Map<String, Object> variables) {
		asUser(userId, () -> {
			if (task.getAssignee() == null) {
				taskService.claim(task.getId(), userId);
			}
			taskService.complete(task.getId(), variables);
		}, task.getId());
	}

	private Rights rightsOn(Task task, String userId) {
		return access.of(task, userId, new ProcessKey(task));
	}

	/** Runs an engine call as the user, so the engine's history records who did it. */
	private void asUser(String userId, Runnable call, String taskId) {
		identityService.setAuthenticatedUserId(userId);
		try {
			call.run();
		}
		catch (NotFoundException | NullValueException ex) {
			throw new TaskNotFoundException(taskId);
		}
		catch (OptimisticLockingException ex) {
			throw new TaskConflictException(taskId, ex);
		}
		finally {
			identityService.clearAuthentication();
		}
	}

	/**
	 * The business key of the task's process, looked up once and only when asked for: the
	 * rights need it only for coordinators, completing only after the step.
	 */
	private final class ProcessKey implements Supplier<String> {

		private final Task task;

		private boolean loaded;

		private String businessKey;

		ProcessKey(Task task) {
			this.task = task;
		}

		@Override
		public String get() {
			if (!loaded) {
				businessKey = queries.businessKeyOf(task);
				loaded = true;
			}
			return businessKey;
		}

	}

}
