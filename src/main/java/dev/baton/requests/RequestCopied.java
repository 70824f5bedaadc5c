package dev.baton.requests;

import java.util.List;

/**
 * A request was copied (抄送) to people, who may now read it. Published synchronously
 * inside the transaction that records the copies; notifications tell the people, in the
 * same transaction.
 *
 * @param stepId the step the copy was made from, or {@code null}
 */
public record RequestCopied(String requestId, String processInstanceId, String byUserId, List<String> userIds,
		String stepId) {

	public RequestCopied {
		userIds = List.copyOf(userIds);
	}
}
