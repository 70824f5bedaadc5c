package dev.baton.tasks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.baton.web.Messages;
import dev.baton.web.ProblemException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Approves several tasks of one step at once. Each task is its own decision, validated
 * and written in its own transaction, so one that fails (no longer yours, a required
 * field) does not undo the others; the answer lists what happened to each.
 */
@Component
class BatchApproval {

	static final int MAX_TASKS = 100;

	private final TaskDecisions decisions;

	private final TaskService taskService;

	private final Messages messages;

	BatchApproval(TaskDecisions decisions, TaskService taskService, Messages messages) {
		this.decisions = decisions;
		this.taskService = taskService;
		this.messages = messages;
	}

	record Result(String taskId, boolean ok, int status, String code, String message) {
	}

	List<Result> approve(List<String> taskIds, String userId, String comment) {
		if (taskIds == null || taskIds.isEmpty()) {
			throw new ProblemException(HttpStatus.BAD_REQUEST, "task.batch.empty");
		}
		if (taskIds.size() > MAX_TASKS) {
			throw new ProblemException(HttpStatus.BAD_REQUEST, "task.batch.tooMany");
		}
		List<String> ids = taskIds.stream().distinct().toList();
		requireOneStep(ids);
		List<Result> results = new ArrayList<>();
		for (String taskId : ids) {
			try {
				decisions.decide(taskId, userId, new TaskDecisions.Decision("approve", comment, Map.of(), null));
				results.add(new Result(taskId, true, 200, null, null));
			}
			catch (ProblemException refused) {
				results.add(new Result(taskId, false, refused.status().value(), refused.messageKey(),
						messages.get(refused.messageKey(), refused.arguments())));
			}
		}
		return results;
	}

	private void requireOneStep(List<String> ids) {
		List<Task> open = taskService.createTaskQuery().taskIdIn(ids.toArray(String[]::new)).list();
		long steps = open.stream()
			.map(task -> task.getProcessDefinitionId().split(":")[0] + "/" + task.getTaskDefinitionKey())
			.distinct()
			.count();
		if (steps > 1) {
			throw new ProblemException(HttpStatus.BAD_REQUEST, "task.batch.mixedSteps");
		}
	}

}
