package dev.baton.notifications;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps each robot under its platform's rate limit across all nodes: before a message
 * goes out, a short transaction of its own locks the robot's row, counts the send slots
 * of the last minute (and second) in {@code baton_send_slots} and takes one — or answers
 * how long to wait. Nothing is dropped: the caller tries again later.
 */
@Component
class RobotRateLimit {

	/**
	 * The windows counted, one second wider than the platform's: a database that keeps
	 * whole seconds (MariaDB through Connector/J) stores a send up to a second early.
	 */
	private static final Duration MINUTE = Duration.ofSeconds(61);

	private static final Duration SECOND = Duration.ofSeconds(2);

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	private final Clock clock;

	@Autowired
	RobotRateLimit(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
		this(jdbc, transactions, Clock.systemUTC());
	}

	RobotRateLimit(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock) {
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactions);
		this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
	}

	/**
	 * Takes a send slot for the robot.
	 * @return empty when the message may go now, else how long to wait
	 */
	Optional<Duration> take(String robotId, RobotPlatform platform) {
		return transaction.execute(status -> {
			// the lock that makes counting and taking one step for every node
			List<String> robot = jdbc.queryForList("SELECT id FROM baton_robots WHERE id = ? FOR UPDATE", String.class,
					robotId);
			if (robot.isEmpty()) {
				return Optional.<Duration>empty();
			}
			Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
			jdbc.update("DELETE FROM baton_send_slots WHERE rate_key = ? AND taken_at <= ?", robotId,
					Timestamp.from(now.minus(MINUTE)));
			List<Instant> taken = jdbc.query(
					"SELECT taken_at FROM baton_send_slots WHERE rate_key = ? AND taken_at > ? ORDER BY taken_at",
					(row, i) -> row.getTimestamp(1).toInstant(), robotId, Timestamp.from(now.minus(MINUTE)));
			if (taken.size() >= platform.perMinute()) {
				// the slot that frees first: the oldest of the last minute's sends
				Instant free = taken.get(taken.size() - platform.perMinute()).plus(MINUTE);
				return Optional.of(atLeastOneMilli(Duration.between(now, free)));
			}
			if (platform.perSecond() > 0) {
				List<Instant> lastSecond = taken.stream().filter(at -> at.isAfter(now.minus(SECOND))).toList();
				if (lastSecond.size() >= platform.perSecond()) {
					Instant free = lastSecond.get(lastSecond.size() - platform.perSecond()).plus(SECOND);
					return Optional.of(atLeastOneMilli(Duration.between(now, free)));
				}
			}
			jdbc.update("INSERT INTO baton_send_slots (rate_key, taken_at) VALUES (?, ?)", robotId,
					Timestamp.from(now));
			return Optional.<Duration>empty();
		});
	}

	private static Duration atLeastOneMilli(Duration wait) {
		return wait.isNegative() || wait.isZero() ? Duration.ofMillis(1) : wait;
	}

}
