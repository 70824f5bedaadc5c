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

	/** Both names, to read them at once. */
	static final List<String> NAMES = List.of(SIGNER_RETURNS_TO, AFTER_SIGNERS);

	private TaskVariables() {
	}

	/** One of the lists, from task-local variables read beforehand. */
	static List<String> list(java.util.Map<String, Object> values, String name) {
		return list(values.get(name));
	}

	static List<String> list(TaskService tasks, String taskId, String name) {
		return list(tasks.getVariableLocal(taskId, name));
	}

	private static List<String> list(Object value) {
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
