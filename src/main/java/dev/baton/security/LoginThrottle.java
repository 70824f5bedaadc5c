package dev.baton.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

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
 * Every attempt is counted as a failure <em>before</em> its password is checked, in one
 * short transaction that holds the login's row lock, so that simultaneous attempts are
 * counted one after the other: of any number of parallel wrong passwords at most
 * {@code free-attempts} are ever checked, the rest wait without a password check. An
 * attempt that turns out right deletes the count again ({@link #recordSuccess}).
 */
@Component
class LoginThrottle {

	/** A lock wait on one login's row means a burst of attempts: they wait this long. */
	private static final long BUSY_SECONDS = 5;

	private static final int RACE_RETRIES = 5;

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
	 * Counts one attempt at {@code login} as a failure, unless the login is locked.
	 * @return 0 when the password may now be checked (the attempt is counted); otherwise
	 * the seconds to wait, and nothing was counted
	 */
	long reserveAttempt(String login) {
		String key = key(login);
		for (int round = 0; round < RACE_RETRIES; round++) {
			try {
				Long wait = ownTransaction.execute(status -> countAttempt(key));
				if (wait != null) {
					return wait;
				}
				// the row appeared or disappeared between two statements: count again
			}
			catch (DuplicateKeyException raced) {
				// a parallel first attempt inserted the row first: count on it
			}
			catch (PessimisticLockingFailureException busy) {
				return BUSY_SECONDS;
			}
		}
		return BUSY_SECONDS;
	}

	/**
	 * @return 0 when counted, seconds to wait when locked, {@code null} to try again
	 */
	private Long countAttempt(String key) {
		Instant now = clock.instant();
		// the row lock taken here is held until commit: parallel attempts queue behind
		// it,
		// and each sees the count of the one before
		int counted = jdbc.update(
				"UPDATE baton_login_throttle SET failures = failures + 1, last_failure = ? "
						+ "WHERE login = ? AND (locked_until IS NULL OR locked_until <= ?)",
				Timestamp.from(now), key, Timestamp.from(now));
		if (counted == 1) {
			Integer failures = jdbc.queryForObject("SELECT failures FROM baton_login_throttle WHERE login = ?",
					Integer.class, key);
			if (failures != null && failures >= freeAttempts) {
				jdbc.update("UPDATE baton_login_throttle SET locked_until = ? WHERE login = ?",
						Timestamp.from(now.plus(lockFor(failures))), key);
			}
			return 0L;
		}
		List<Timestamp> lockedUntil = jdbc.queryForList("SELECT locked_until FROM baton_login_throttle WHERE login = ?",
				Timestamp.class, key);
		if (lockedUntil.isEmpty()) {
			jdbc.update(
					"INSERT INTO baton_login_throttle (login, failures, locked_until, last_failure) VALUES (?, 1, ?, ?)",
					key, freeAttempts <= 1 ? Timestamp.from(now.plus(lockFor(1))) : null, Timestamp.from(now));
			return 0L;
		}
		Timestamp until = lockedUntil.get(0);
		if (until == null || !until.toInstant().isAfter(now)) {
			return null; // unlocked meanwhile
		}
		return Duration.between(now, until.toInstant()).toSeconds() + 1;
	}

	void recordSuccess(String login) {
		jdbc.update("DELETE FROM baton_login_throttle WHERE login = ?", key(login));
	}

	private Duration lockFor(int failures) {
		int doublings = Math.max(0, Math.min(failures - freeAttempts, 20));
		Duration lock = baseLock.multipliedBy(1L << doublings);
		return lock.compareTo(maxLock) > 0 ? maxLock : lock;
	}

	private static String key(String login) {
		String normalized = login == null ? "" : login.trim().toLowerCase(Locale.ROOT);
		return normalized.length() > 100 ? normalized.substring(0, 100) : normalized;
	}

}
