package dev.baton.notifications;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import dev.baton.web.ProblemException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What administrators see of the outbox: the deliveries that failed for good (with their
 * error) or still wait, and a retry that puts a failed one back in line with its attempts
 * renewed.
 */
@Component
class OutboxAdmin {

	/** One outbox row as the console lists it; never its payload. */
	record Row(long id, String channel, String target, String eventKey, String status, int attempts, String lastError,
			Instant createdAt, Instant nextAttemptAt) {
	}

	private final JdbcTemplate jdbc;

	private final OutboxWorker worker;

	OutboxAdmin(JdbcTemplate jdbc, OutboxWorker worker) {
		this.jdbc = jdbc;
		this.worker = worker;
	}

	List<Row> list(String status, int limit) {
		return jdbc.query("""
				SELECT id, channel, target, event_key, status, attempts, last_error, created_at, next_attempt_at
				FROM baton_outbox WHERE status = ? ORDER BY id DESC LIMIT """ + " " + limit,
				(row, i) -> new Row(row.getLong("id"), row.getString("channel"), row.getString("target"),
						row.getString("event_key"), row.getString("status"), row.getInt("attempts"),
						row.getString("last_error"), row.getTimestamp("created_at").toInstant(),
						row.getTimestamp("next_attempt_at").toInstant()),
				status);
	}

	int count(String status) {
		Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM baton_outbox WHERE status = ?", Integer.class,
				status);
		return count == null ? 0 : count;
	}

	/** Puts a failed delivery back in line; the worker tries it right after commit. */
	@Transactional
	void retry(long id) {
		int updated = jdbc.update("""
				UPDATE baton_outbox SET status = ?, attempts = 0, next_attempt_at = ?, claimed_by = NULL,
				    claimed_until = NULL WHERE id = ? AND status = ?""", Outbox.PENDING,
				Timestamp.from(Instant.now().truncatedTo(ChronoUnit.MILLIS)), id, Outbox.FAILED);
		if (updated == 0) {
			throw new ProblemException(HttpStatus.CONFLICT, "notifications.delivery.notFailed");
		}
		org.springframework.transaction.support.TransactionSynchronizationManager
			.registerSynchronization(new org.springframework.transaction.support.TransactionSynchronization() {
				@Override
				public void afterCommit() {
					worker.wake();
				}
			});
	}

}
