package dev.baton.security;

import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A password encoder that counts every password it checks (meter {@value #CHECKS}), so
 * that an operator can see how many hashes the login paths really compute — for instance
 * that a burst of parallel guesses for one login stops at the throttle instead of
 * reaching BCrypt.
 */
final class CountedPasswordEncoder implements PasswordEncoder {

	static final String CHECKS = "baton.security.password.checks";

	private final PasswordEncoder delegate;

	private final AtomicLong checks = new AtomicLong();

	CountedPasswordEncoder(PasswordEncoder delegate, MeterRegistry meters) {
		this.delegate = delegate;
		FunctionCounter.builder(CHECKS, checks, AtomicLong::get)
			.description("Passwords checked against their hash")
			.register(meters);
	}

	@Override
	public String encode(CharSequence rawPassword) {
		return delegate.encode(rawPassword);
	}

	@Override
	public boolean matches(CharSequence rawPassword, String encodedPassword) {
		checks.incrementAndGet();
		return delegate.matches(rawPassword, encodedPassword);
	}

	@Override
	public boolean upgradeEncoding(String encodedPassword) {
		return delegate.upgradeEncoding(encodedPassword);
	}

	/** Passwords checked since start. */
	long checks() {
		return checks.get();
	}

}
