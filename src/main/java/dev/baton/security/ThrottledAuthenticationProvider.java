package dev.baton.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * Takes a slot from the throttle before a password is looked at (a locked login is
 * refused unchecked), clears the count after a success, counts a failure otherwise, and
 * turns every failure (unknown login, left the company, wrong password) into the same
 * "bad credentials" so the answer never tells whether a login exists.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

	private final AuthenticationProvider delegate;

	private final LoginThrottle throttle;

	ThrottledAuthenticationProvider(AuthenticationProvider delegate, LoginThrottle throttle) {
		this.delegate = delegate;
		this.throttle = throttle;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String login = String.valueOf(authentication.getName());
		long wait = throttle.reserveAttempt(login);
		if (wait > 0) {
			throw new LoginThrottledException(wait);
		}
		Authentication result;
		try {
			result = delegate.authenticate(authentication);
		}
		catch (AuthenticationException failure) {
			throttle.recordFailure(login);
			throw new BadCredentialsException("bad credentials");
		}
		catch (RuntimeException broken) {
			// no answer about the password: its slot is free again, nothing is counted
			throttle.releaseSlot(login);
			throw broken;
		}
		throttle.recordSuccess(login);
		return result;
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
