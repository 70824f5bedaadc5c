package dev.baton.engine;

import java.time.Instant;

/**
 * A task opened on a step with a deadline: the engine has set the task's due date from
 * the business calendar. Published synchronously inside the engine's command that creates
 * the task, before the task is written; listeners may write Baton's own tables through
 * the shared transaction but must not call the engine.
 *
 * @param openedAt the engine's time when the task opened
 * @param dueAt the task's due date
 */
public record StepDeadlineStarted(String taskId, String processInstanceId, String businessKey,
		String processDefinitionId, String stepId, String stepName, Instant openedAt, Instant dueAt,
		StepDeadline deadline) {
}
