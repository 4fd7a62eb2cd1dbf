package de.teilhabe.task;

import java.security.Principal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class TaskListController {

	static final String VIEW_TASK_LIST = "tasks/taskList";

	static final int MAX_TASKS = 200;

	private final TaskWorkService work;

	TaskListController(TaskWorkService work) {
		this.work = work;
	}

	@GetMapping("/tasks")
	String showTasks(Principal principal, Model model) {
		model.addAttribute("tasks", work.openTasks(principal.getName(), MAX_TASKS));
		return VIEW_TASK_LIST;
	}

}
