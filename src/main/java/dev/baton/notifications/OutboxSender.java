package dev.baton.notifications;

/**
 * One way out of Baton (e-mail, a robot platform). The outbox worker calls it after
 * commit, outside any transaction, with a row it has claimed; what it answers decides
 * what happens to the row.
 */
public interface OutboxSender {

	/** The channel name it sends, as written in {@code baton_outbox.channel}. */
	String channel();

	/** Delivers one message; never throws for a failed delivery, answers it. */
	Delivery send(OutboxMessage message);

}
