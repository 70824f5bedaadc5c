package dev.baton.tasks;

import java.util.List;

/**
 * Someone mentioned people ({@code @张伟(zhangwei)}) in a comment on a task: a comment of
 * its own or one written with a decision. Published synchronously inside the transaction
 * that records the comment; the requests module lets them read the request, notifications
 * tell them.
 *
 * @param userIds the active people mentioned, each once, the author left out
 */
public record PeopleMentioned(String processInstanceId, String businessKey, String taskId, String stepName,
		String byUserId, List<String> userIds, String comment) {

	public PeopleMentioned {
		userIds = List.copyOf(userIds);
	}
}
