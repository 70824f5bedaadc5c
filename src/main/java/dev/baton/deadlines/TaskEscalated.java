package dev.baton.deadlines;

import java.time.Instant;
import java.util.List;

import dev.baton.engine.StepDeadline.Escalation;

/**
 * A task stayed overdue and its step's rule escalated it, as the designer chose: told the
 * approver's manager, gave the task to the manager, approved it or rejected it. Published
 * inside the runner's transaction, after the change and its ledger row.
 *
 * @param approverIds who had the task: the assignee, or the candidate users of an
 * unclaimed task
 * @param managerId the approver's manager; {@code null} when the approver has none (then
 * the task was neither handed on nor was anyone else told)
 * @param recipientIds whom to tell: the manager (and, after an automatic decision, the
 * approvers)
 */
public record TaskEscalated(String taskId, String processInstanceId, String businessKey, String stepId, String stepName,
		Instant dueAt, Escalation escalation, List<String> approverIds, String managerId, List<String> recipientIds) {

	public TaskEscalated {
		approverIds = List.copyOf(approverIds);
		recipientIds = List.copyOf(recipientIds);
	}

}
