package dev.baton.tasks;

import java.time.Instant;

import dev.baton.modeling.ProcessCatalog.Localized;

/**
 * An open task as the inbox lists it.
 *
 * @param name the task's name as the engine has it ({@code zh}), and the model's English
 * name ({@code baton.name.en}) of its step
 * @param stepId the BPMN element id (task definition key)
 * @param processKey {@code null} for a standalone task
 * @param processName the process's name ({@code zh}) and English name
 * ({@code baton.name.en}); {@code null} for a standalone task
 * @param businessKey the request id (the process instance's business key)
 * @param requestTitle the start form's {@code title}, if it had one
 * @param summary the request's summary values as stored
 * ({@link dev.baton.engine.RequestSummaryValues}), or {@code null}
 * @param initiatorId who started the request
 * @param assignee {@code null} while nobody has claimed it
 * @param owner who delegated it, while delegated
 * @param delegated delegated and not yet handed back
 * @param dueAt {@code null} when the task has no due date
 * @param claimable nobody is assigned: a candidate may claim it
 */
public record InboxTask(String id, Localized name, String stepId, String processKey, String processDefinitionId,
		Localized processName, String processInstanceId, String businessKey, String requestTitle, String summary,
		String initiatorId, String assignee, String owner, boolean delegated, String parentTaskId, int priority,
		Instant createdAt, Instant dueAt, boolean claimable) {
}
