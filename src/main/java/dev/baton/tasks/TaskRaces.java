package dev.baton.tasks;

import java.util.function.Supplier;

import dev.baton.web.ProblemException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * A task that disappears while someone acts on it — the request was withdrawn, another
 * approver completed the step, an administrator ended the request — is a 409
 * {@code task.gone}, whatever the action tripped over on the way (a variable of a deleted
 * instance, a form no longer found, a lost optimistic lock, a deadlock). Called around an
 * action's transaction, so that the check reads what the other side committed.
 */
@Component
class TaskRaces {

	private final TaskService taskService;

	private final HistoryService historyService;

	TaskRaces(TaskService taskService, HistoryService historyService) {
		this.taskService = taskService;
		this.historyService = historyService;
	}

	<T> T guard(String taskId, Supplier<T> action) {
		try {
			return action.get();
		}
		catch (RuntimeException failure) {
			if (failure instanceof ProblemException problem
					&& (problem.status() == HttpStatus.NOT_FOUND || "task.gone".equals(problem.messageKey()))) {
				throw failure; // the task never existed, or is known to be gone
			}
			if (gone(taskId)) {
				throw new ProblemException(HttpStatus.CONFLICT, "task.gone");
			}
			throw failure;
		}
	}

	void guard(String taskId, Runnable action) {
		guard(taskId, () -> {
			action.run();
			return null;
		});
	}

	/** The task existed, and is no longer open. */
	boolean gone(String taskId) {
		if (taskId == null) {
			return false;
		}
		return taskService.createTaskQuery().taskId(taskId).count() == 0
				&& historyService.createHistoricTaskInstanceQuery().taskId(taskId).count() > 0;
	}

}
