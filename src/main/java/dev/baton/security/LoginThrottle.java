package dev.baton.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing per login name, in the database so every Baton node sees
 * the same count: the first {@code free-attempts} failures in a row cost nothing, each
 * further one locks the login for twice as long as the previous (30 s, 60 s, … up to 15
 * min). A success resets it. Unknown logins are counted like real ones, so the throttle
 * itself reveals nothing.
 */
@Component
class LoginThrottle {

	private final JdbcTemplate jdbc;

	private final int freeAttempts;

	private final Duration baseLock;

	private final Duration maxLock;

	private Clock clock = Clock.systemUTC();

	LoginThrottle(JdbcTemplate jdbc, @Value("${baton.security.login.free-attempts:5}") int freeAttempts,
			@Value("${baton.security.login.base-lock:30s}") Duration baseLock,
			@Value("${baton.security.login.max-lock:15m}") Duration maxLock) {
		this.jdbc = jdbc;
		this.freeAttempts = freeAttempts;
		this.baseLock = baseLock;
		this.maxLock = maxLock;
	}

	void useClock(Clock clock) {
		this.clock = clock;
	}

	long secondsToWait(String login) {
		List<Timestamp> lockedUntil = jdbc.queryForList("SELECT locked_until FROM baton_login_throttle WHERE login = ?",
				Timestamp.class, key(login));
		if (lockedUntil.isEmpty() || lockedUntil.get(0) == null) {
			return 0;
		}
		long seconds = Duration.between(clock.instant(), lockedUntil.get(0).toInstant()).toSeconds();
		return seconds > 0 ? seconds + 1 : 0;
	}

	void recordFailure(String login) {
		String key = key(login);
		List<Integer> failures = jdbc.queryForList("SELECT failures FROM baton_login_throttle WHERE login = ?",
				Integer.class, key);
		int count = failures.isEmpty() ? 1 : failures.get(0) + 1;
		Instant now = clock.instant();
		Timestamp lockedUntil = count >= freeAttempts ? Timestamp.from(now.plus(lockFor(count))) : null;
		if (failures.isEmpty()) {
			jdbc.update(
					"INSERT INTO baton_login_throttle (login, failures, locked_until, last_failure) VALUES (?, ?, ?, ?)",
					key, count, lockedUntil, Timestamp.from(now));
		}
		else {
			jdbc.update(
					"UPDATE baton_login_throttle SET failures = ?, locked_until = ?, last_failure = ? WHERE login = ?",
					count, lockedUntil, Timestamp.from(now), key);
		}
	}

	void recordSuccess(String login) {
		jdbc.update("DELETE FROM baton_login_throttle WHERE login = ?", key(login));
	}

	private Duration lockFor(int failures) {
		int doublings = Math.min(failures - freeAttempts, 20);
		Duration lock = baseLock.multipliedBy(1L << doublings);
		return lock.compareTo(maxLock) > 0 ? maxLock : lock;
	}

	private static String key(String login) {
		String normalized = login == null ? "" : login.trim().toLowerCase(Locale.ROOT);
		return normalized.length() > 100 ? normalized.substring(0, 100) : normalized;
	}

}
