package dev.baton.requests;

import java.time.Instant;

/**
 * One row of {@code baton_request}.
 *
 * @param summary the values of its summary fields as stored
 * ({@link dev.baton.engine.RequestSummaryValues}), or {@code null}
 * @param initiatorUnread its initiator has not seen how it ended yet
 * @param unread in a list of copies (scope cc): whether the caller has not read it yet;
 * otherwise {@code null}
 */
record RequestRow(String id, String processInstanceId, String processDefinitionId, String processKey, String title,
		String initiatorId, RequestStatus status, Instant startedAt, Instant endedAt, String summary,
		boolean initiatorUnread, Boolean unread) {

	boolean running() {
		return status == RequestStatus.RUNNING;
	}
}
