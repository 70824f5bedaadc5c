package dev.baton.security;

import org.springframework.security.authentication.LockedException;

/**
 * Too many wrong passwords in a row for one login: further attempts wait
 * {@link #retryAfterSeconds()}.
 */
class LoginThrottledException extends LockedException {

	private final long retryAfterSeconds;

	LoginThrottledException(long retryAfterSeconds) {
		super("login throttled");
		this.retryAfterSeconds = retryAfterSeconds;
	}

	long retryAfterSeconds() {
		return retryAfterSeconds;
	}

}
