package dev.baton.tasks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.camunda.bpm.engine.TaskService;

/**
 * Baton's own bookkeeping on a task (task-local variables, reserved: clients can never
 * set them): who gets the task back after an extra signer approves before its assignee,
 * and who still has to sign after them.
 */
final class TaskVariables {

	/** Stack of people to hand the task back to, most recent last. */
	static final String SIGNER_RETURNS_TO = "batonSignerReturnsTo";

	/** Queue of extra signers after the assignee, next first. */
	static final String AFTER_SIGNERS = "batonAfterSigners";

	private TaskVariables() {
	}

	static List<String> list(TaskService tasks, String taskId, String name) {
		Object value = tasks.getVariableLocal(taskId, name);
		if (value == null || value.toString().isBlank()) {
			return new ArrayList<>();
		}
		return new ArrayList<>(Arrays.asList(value.toString().split(",")));
	}

	static void store(TaskService tasks, String taskId, String name, List<String> values) {
		if (values.isEmpty()) {
			tasks.removeVariableLocal(taskId, name);
		}
		else {
			tasks.setVariableLocal(taskId, name, String.join(",", values));
		}
	}

}
