package dev.baton.notifications;

import java.time.Instant;
import java.util.Set;

/**
 * One person is to be told about one event, through the given channels (the person's
 * preferences already applied). Published synchronously inside the transaction of the
 * decision that caused it, so whatever a channel writes (an outbox row) commits or rolls
 * back with that decision.
 *
 * @param eventKey the event, the same for every person told about it (for example
 * {@code task:<taskId>:opened}); together with the recipient and the channel it makes a
 * message unique
 * @param recipientId the person told
 * @param channels the channels the person wants this kind on, {@link Channel#APP}
 * included when it was written to their notification list
 * @param requestId the request it concerns, or {@code null}
 * @param processKey the request's process key, or {@code null}
 * @param taskId the task it concerns, or {@code null}
 * @param title the request's title as its people see it
 * @param stepName the step's name, or {@code null}
 * @param actorId who caused it, or {@code null} for Baton itself (a deadline rule)
 * @param comment what the actor wrote, or {@code null}
 * @param link the path in Baton's web app that opens it, for example {@code /tasks/<id>}
 */
public record Notice(String eventKey, NoticeKind kind, String recipientId, Set<Channel> channels, String requestId,
		String processKey, String taskId, String title, String stepName, String actorId, String comment, String link,
		Instant at) {

	public Notice {
		channels = Set.copyOf(channels);
	}

}
