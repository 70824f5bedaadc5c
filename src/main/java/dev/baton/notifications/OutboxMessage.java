package dev.baton.notifications;

import java.time.Instant;

/**
 * One row of the outbox as a sender sees it.
 *
 * @param channel the sender's name, for example {@code email} or {@code dingtalk}
 * @param target whom it goes to in that channel's terms (a person's id, a robot's id)
 * @param eventKey the event it tells about; (channel, target, eventKey) is unique
 * @param payload what the message says, as JSON written by whoever enqueued it
 * @param attempts deliveries tried before this one
 */
public record OutboxMessage(long id, String channel, String target, String eventKey, String payload, int attempts,
		Instant createdAt) {

}
