package dev.baton.requests;

import java.util.List;

/**
 * The initiator withdrew (撤回) a request. Published synchronously inside the transaction
 * that withdraws it; notifications tell the people who were to work on it.
 *
 * @param peopleIds the assignees of its open tasks, or their candidates while nobody had
 * claimed them
 * @param comment what the initiator wrote, or {@code null}
 */
public record RequestWithdrawn(String requestId, String processInstanceId, String byUserId, List<String> peopleIds,
		String comment) {

	public RequestWithdrawn {
		peopleIds = List.copyOf(peopleIds);
	}
}
