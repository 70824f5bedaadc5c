package dev.baton.tasks;

import java.util.List;

/**
 * An approver copied people in on a request (抄送): they may read it, never act on it.
 * Published synchronously; the requests module records the copies in the same
 * transaction.
 */
public record CopiesRequested(String processInstanceId, String stepId, String byUserId, List<String> userIds,
		String comment) {

	public CopiesRequested {
		userIds = List.copyOf(userIds);
	}
}
