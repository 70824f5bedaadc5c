package dev.baton.requests;

import java.util.List;

/**
 * The initiator urged (催办) the people who have the request's open tasks. Published
 * synchronously inside the transaction that records the urge in the ledger; notifications
 * write the reminders in the same transaction (their delivery comes after commit).
 *
 * @param approverIds the assignees of the open tasks, or their candidates while nobody
 * has claimed them
 * @param comment what the initiator wrote, or {@code null}
 */
public record RequestUrged(String requestId, String processInstanceId, String byUserId, List<String> approverIds,
		String comment) {

	public RequestUrged {
		approverIds = List.copyOf(approverIds);
	}
}
