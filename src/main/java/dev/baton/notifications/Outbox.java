package dev.baton.notifications;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.function.UnaryOperator;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Writes what is to leave Baton as rows of {@code baton_outbox}, inside the caller's
 * transaction: the row commits or rolls back with the decision that caused it. Right
 * after that transaction commits the {@link OutboxWorker} is woken to deliver it; a poll
 * picks up whatever a wake-up missed. One event reaches one target of one channel once:
 * enqueueing (channel, target, event key) again changes nothing.
 */
@Component
public class Outbox {

	static final String PENDING = "PENDING";

	static final String SENT = "SENT";

	static final String FAILED = "FAILED";

	/** The longest payload the table keeps. */
	static final int MAX_PAYLOAD = 8000;

	private final JdbcTemplate jdbc;

	private final OutboxWorker worker;

	private final Clock clock;

	@Autowired
	Outbox(JdbcTemplate jdbc, OutboxWorker worker) {
		this(jdbc, worker, Clock.systemUTC());
	}

	Outbox(JdbcTemplate jdbc, OutboxWorker worker, Clock clock) {
		this.jdbc = jdbc;
		this.worker = worker;
		this.clock = clock;
	}

	/**
	 * Adds a message for delivery after the current transaction commits.
	 * @param channel the {@link OutboxSender#channel() sender} that delivers it
	 * @param target whom it goes to in that channel's terms
	 * @param eventKey the event it tells about
	 * @param payload the message as JSON, at most 8000 characters
	 * @return {@code false} when this (channel, target, event) was enqueued before
	 * @throws IllegalStateException outside a transaction: a row written on its own could
	 * be sent for a decision that then rolls back
	 */
	public boolean enqueue(String channel, String target, String eventKey, String payload) {
		return enqueue(channel, target, eventKey, payload, null);
	}

	/**
	 * Like {@link #enqueue(String, String, String, String)}, but when the row exists and
	 * is still waiting in this transaction's view, its payload is replaced by
	 * {@code merge(payload)}: one robot message for a task offered to five people lists
	 * all five.
	 */
	boolean enqueue(String channel, String target, String eventKey, String payload, UnaryOperator<String> merge) {
		if (!TransactionSynchronizationManager.isActualTransactionActive()) {
			throw new IllegalStateException(
					"The outbox is written inside the transaction of the decision it tells about");
		}
		if (payload.length() > MAX_PAYLOAD) {
			throw new IllegalArgumentException("An outbox payload has at most " + MAX_PAYLOAD + " characters");
		}
		var existing = jdbc.query(
				"SELECT id, payload FROM baton_outbox WHERE channel = ? AND target = ? AND event_key = ? AND status = ?",
				(row, i) -> new Object[] { row.getLong(1), row.getString(2) }, channel, target, eventKey, PENDING);
		if (!existing.isEmpty() || exists(channel, target, eventKey)) {
			if (merge != null && !existing.isEmpty()) {
				String merged = merge.apply((String) existing.get(0)[1]);
				if (merged.length() <= MAX_PAYLOAD) {
					jdbc.update("UPDATE baton_outbox SET payload = ? WHERE id = ? AND claimed_by IS NULL", merged,
							existing.get(0)[0]);
				}
			}
			return false;
		}
		Timestamp now = Timestamp.from(clock.instant().truncatedTo(ChronoUnit.MILLIS));
		try {
			jdbc.update(
					"""
							INSERT INTO baton_outbox (channel, target, event_key, payload, status, attempts, next_attempt_at, created_at)
							VALUES (?, ?, ?, ?, ?, 0, ?, ?)""",
					channel, target, eventKey, payload, PENDING, now, now);
		}
		catch (DuplicateKeyException enqueuedConcurrently) {
			return false;
		}
		wakeAfterCommit();
		return true;
	}

	private boolean exists(String channel, String target, String eventKey) {
		Integer count = jdbc.queryForObject(
				"SELECT COUNT(*) FROM baton_outbox WHERE channel = ? AND target = ? AND event_key = ?", Integer.class,
				channel, target, eventKey);
		return count != null && count > 0;
	}

	private void wakeAfterCommit() {
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				worker.wake();
			}
		});
	}

}
