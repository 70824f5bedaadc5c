package dev.baton.requests;

import java.time.Instant;

/**
 * One row of {@code baton_request}.
 *
 * @param unread in a list of copies (scope cc): whether the caller has not read it yet;
 * otherwise {@code null}
 */
record RequestRow(String id, String processInstanceId, String processDefinitionId, String processKey, String title,
		String initiatorId, RequestStatus status, Instant startedAt, Instant endedAt, Boolean unread) {

	boolean running() {
		return status == RequestStatus.RUNNING;
	}
}
