package dev.baton.requests;

/**
 * What names a request in a message: its id, process, title and initiator.
 */
public record RequestHeadline(String requestId, String processInstanceId, String processKey, String title,
		String initiatorId) {
}
