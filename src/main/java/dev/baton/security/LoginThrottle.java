package dev.baton.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Slows down password guessing per login name, in the database so every Baton node sees
 * the same count: the first {@code free-attempts} failures in a row cost nothing, the
 * last of them and each further one locks the login for twice as long as the previous (30
 * s, 60 s, … up to 15 min). A success resets it. Unknown logins are counted like real
 * ones, so the throttle itself reveals nothing.
 * <p>
 * A password is checked only in a free <em>slot</em>: failures so far plus checks under
 * way must stay below {@code free-attempts}. Slots are taken and given back in short
 * transactions of their own that hold the login's row lock, so of any number of parallel
 * wrong passwords at most {@code free-attempts} are ever checked; the rest wait a moment
 * for a slot and then meet the lock. Right passwords never count as failures, so a burst
 * of them (an integration calling in parallel) only waits its turn and is never locked
 * out. Every step commits on its own, whatever transaction the caller is in.
 */
@Component
class LoginThrottle {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(LoginThrottle.class);

	/** How long an attempt waits for a free slot before it is told to come back. */
	private static final Duration SLOT_WAIT = Duration.ofSeconds(5);

	private static final long SLOT_POLL_MILLIS = 25;

	/** A check not given back within this time belonged to a node that died. */
	private static final Duration CHECK_ABANDONED = Duration.ofMinutes(1);

	/** Told to a caller who found no slot in time, or whose row lock wait timed out. */
	private static final long BUSY_SECONDS = 2;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate ownTransaction;

	private final int freeAttempts;

	private final Duration baseLock;

	private final Duration maxLock;

	private Clock clock = Clock.systemUTC();

	LoginThrottle(JdbcTemplate jdbc, PlatformTransactionManager transactions,
			@Value("${baton.security.login.free-attempts:5}") int freeAttempts,
			@Value("${baton.security.login.base-lock:30s}") Duration baseLock,
			@Value("${baton.security.login.max-lock:15m}") Duration maxLock) {
		this.jdbc = jdbc;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.freeAttempts = freeAttempts;
		this.baseLock = baseLock;
		this.maxLock = maxLock;
	}

	void useClock(Clock clock) {
		this.clock = clock;
	}

	/**
	 * Takes a slot to check one password for {@code login}, waiting briefly while all
	 * slots are taken by checks under way.
	 * @return 0 when the password may now be checked (give the slot back with
	 * {@link #recordSuccess} or {@link #recordFailure}); otherwise the seconds to wait,
	 * and nothing was taken
	 */
	long reserveAttempt(String login) {
		String key = key(login);
		long deadline = System.nanoTime() + SLOT_WAIT.toNanos();
		while (true) {
			Long wait;
			try {
				wait = ownTransaction.execute(status -> takeSlot(key));
			}
			catch (DuplicateKeyException raced) {
				wait = null; // a parallel first attempt inserted the row first: try on it
			}
			catch (PessimisticLockingFailureException busy) {
				// a deadlock between first attempts (MariaDB's gap locks) or a lock wait
				// timeout: nothing was taken, try again while there is time
				wait = null;
			}
			if (wait != null) {
				return wait;
			}
			if (System.nanoTime() > deadline) {
				return BUSY_SECONDS;
			}
			pause();
		}
	}

	/**
	 * @return 0 when a slot was taken, seconds to wait when locked, {@code null} when all
	 * slots are busy
	 */
	private Long takeSlot(String key) {
		Instant now = clock.instant();
		List<Map<String, Object>> rows = jdbc.queryForList(
				"SELECT failures, checking, checking_since, locked_until FROM baton_login_throttle WHERE login = ? FOR UPDATE",
				key);
		if (rows.isEmpty()) {
			jdbc.update("INSERT INTO baton_login_throttle (login, failures, checking, checking_since, last_failure) "
					+ "VALUES (?, 0, 1, ?, ?)", key, Timestamp.from(now), Timestamp.from(now));
			return 0L;
		}
		Map<String, Object> row = rows.get(0);
		Instant lockedUntil = instant(row.get("locked_until"));
		if (lockedUntil != null && lockedUntil.isAfter(now)) {
			return Duration.between(now, lockedUntil).toSeconds() + 1;
		}
		int failures = ((Number) row.get("failures")).intValue();
		int checking = ((Number) row.get("checking")).intValue();
		Instant checkingSince = instant(row.get("checking_since"));
		if (checking > 0 && checkingSince != null && checkingSince.plus(CHECK_ABANDONED).isBefore(now)) {
			checking = 0;
		}
		if (failures + checking >= freeAttempts) {
			return null;
		}
		jdbc.update("UPDATE baton_login_throttle SET checking = ?, checking_since = ? WHERE login = ?", checking + 1,
				Timestamp.from(now), key);
		return 0L;
	}

	/** A wrong password: its slot becomes a failure, and enough failures lock. */
	void recordFailure(String login) {
		String key = key(login);
		retried("count a failure of", key, () -> ownTransaction.executeWithoutResult(status -> {
			Instant now = clock.instant();
			List<Integer> failures = jdbc.queryForList(
					"SELECT failures FROM baton_login_throttle WHERE login = ? FOR UPDATE", Integer.class, key);
			if (failures.isEmpty()) {
				// a parallel success reset the count while this password was checked
				jdbc.update(
						"INSERT INTO baton_login_throttle (login, failures, checking, locked_until, last_failure) VALUES (?, 1, 0, ?, ?)",
						key, lockUntil(now, 1), Timestamp.from(now));
				return;
			}
			int counted = failures.get(0) + 1;
			jdbc.update(
					"UPDATE baton_login_throttle SET failures = ?, checking = CASE WHEN checking > 0 "
							+ "THEN checking - 1 ELSE 0 END, locked_until = ?, last_failure = ? WHERE login = ?",
					counted, lockUntil(now, counted), Timestamp.from(now), key);
		}));
	}

	/** The check ended without telling right from wrong: its slot is free again. */
	void releaseSlot(String login) {
		String key = key(login);
		retried("free the slot of", key, () -> ownTransaction.executeWithoutResult(status -> jdbc
			.update("UPDATE baton_login_throttle SET checking = checking - 1 WHERE login = ? AND checking > 0", key)));
	}

	/** A right password: the count starts again. */
	void recordSuccess(String login) {
		String key = key(login);
		retried("reset", key, () -> ownTransaction
			.executeWithoutResult(status -> jdbc.update("DELETE FROM baton_login_throttle WHERE login = ?", key)));
	}

	/**
	 * Runs a count's update again after a deadlock or lock timeout (parallel attempts at
	 * one login on MariaDB); if it still cannot, the caller's answer stands and the count
	 * is left as it was (an abandoned slot frees itself after a minute).
	 */
	private static void retried(String what, String key, Runnable update) {
		for (int attempt = 1;; attempt++) {
			try {
				update.run();
				return;
			}
			catch (PessimisticLockingFailureException busy) {
				if (attempt == 3) {
					log.warn("Could not {} the login throttle's count for {}: {}", what, key, busy.getMessage());
					return;
				}
				pause();
			}
		}
	}

	private Timestamp lockUntil(Instant now, int failures) {
		return failures >= freeAttempts ? Timestamp.from(now.plus(lockFor(failures))) : null;
	}

	private Duration lockFor(int failures) {
		int doublings = Math.max(0, Math.min(failures - freeAttempts, 20));
		Duration lock = baseLock.multipliedBy(1L << doublings);
		return lock.compareTo(maxLock) > 0 ? maxLock : lock;
	}

	private static Instant instant(Object value) {
		if (value instanceof Timestamp timestamp) {
			return timestamp.toInstant();
		}
		if (value instanceof java.time.LocalDateTime local) {
			return Timestamp.valueOf(local).toInstant();
		}
		if (value instanceof java.time.OffsetDateTime offset) {
			return offset.toInstant();
		}
		return null;
	}

	private static void pause() {
		try {
			Thread.sleep(SLOT_POLL_MILLIS);
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
		}
	}

	private static String key(String login) {
		String normalized = login == null ? "" : login.trim().toLowerCase(Locale.ROOT);
		return normalized.length() > 100 ? normalized.substring(0, 100) : normalized;
	}

}
