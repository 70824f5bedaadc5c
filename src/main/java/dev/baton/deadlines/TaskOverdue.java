package dev.baton.deadlines;

import java.time.Instant;
import java.util.List;

/**
 * A task is overdue: its step's rule reminds the approver at the due time, and again
 * every set number of hours when it repeats. Published inside the runner's transaction.
 *
 * @param reminder 1 for the first overdue reminder, 2 for the next …
 * @param recipientIds the assignee, or the candidate users of an unclaimed task
 * @param candidateGroupIds the candidate groups (departments, roles) of an unclaimed task
 */
public record TaskOverdue(String taskId, String processInstanceId, String businessKey, String stepId, String stepName,
		Instant dueAt, int reminder, List<String> recipientIds, List<String> candidateGroupIds) {

	public TaskOverdue {
		recipientIds = List.copyOf(recipientIds);
		candidateGroupIds = List.copyOf(candidateGroupIds);
	}

}
