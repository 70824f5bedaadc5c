package dev.baton.notifications;

import java.time.Instant;

/**
 * A notice before it is written: to a person, to the members of an engine group, or to a
 * request's initiator; the request's title and key may still be missing (filled in once
 * for the whole transaction, see {@link NoticeWriter}).
 *
 * @param to whom, as {@link #recipient} says
 * @param processInstanceId the request's process instance, or {@code null}
 * @param requestId the request (the instance's business key), or {@code null} when not
 * known yet
 */
record Draft(NoticeKind kind, Recipient recipient, String to, String processInstanceId, String requestId,
		String processKey, String taskId, String title, String stepName, String initiatorId, String actorId,
		String comment, String eventKey, Instant at) {

	enum Recipient {

		PERSON, GROUP, INITIATOR

	}

	/** Whether the request's headline is known (or there is no request to look up). */
	boolean knowsRequest() {
		return processInstanceId == null || (requestId != null && initiatorId != null);
	}

	Draft as(NoticeKind otherKind, String otherActor, String otherComment, String otherEventKey) {
		return new Draft(otherKind, recipient, to, processInstanceId, requestId, processKey, taskId, title, stepName,
				initiatorId, otherActor, otherComment, otherEventKey, at);
	}

	Draft toPerson(String personId) {
		return new Draft(kind, Recipient.PERSON, personId, processInstanceId, requestId, processKey, taskId, title,
				stepName, initiatorId, actorId, comment, eventKey, at);
	}

	Draft withRequest(String otherRequestId, String otherProcessKey, String otherTitle, String otherInitiator) {
		return new Draft(kind, recipient, to, processInstanceId, requestId != null ? requestId : otherRequestId,
				processKey != null ? processKey : otherProcessKey, taskId, title != null ? title : otherTitle, stepName,
				initiatorId != null ? initiatorId : otherInitiator, actorId, comment, eventKey, at);
	}

	/** The path in the web app that opens it: the task, else the request. */
	String link() {
		if (taskId != null && kind != NoticeKind.MENTIONED && kind != NoticeKind.URGED) {
			return "/tasks/" + taskId;
		}
		return requestId != null ? "/requests/" + requestId : "/inbox";
	}

}
