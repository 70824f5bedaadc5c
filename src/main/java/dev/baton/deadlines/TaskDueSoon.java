package dev.baton.deadlines;

import java.time.Instant;
import java.util.List;

/**
 * A task will be due soon: its step's rule reminds the approver the set number of hours
 * before the due time. Published inside the runner's transaction.
 *
 * @param recipientIds the assignee, or the candidate users of an unclaimed task
 * @param candidateGroupIds the candidate groups (departments, roles) of an unclaimed task
 */
public record TaskDueSoon(String taskId, String processInstanceId, String businessKey, String stepId, String stepName,
		Instant dueAt, List<String> recipientIds, List<String> candidateGroupIds) {

	public TaskDueSoon {
		recipientIds = List.copyOf(recipientIds);
		candidateGroupIds = List.copyOf(candidateGroupIds);
	}

}
