package dev.baton.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * Checks the throttle before a password is looked at, records the outcome after, and
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
		long wait = throttle.secondsToWait(login);
		if (wait > 0) {
			throw new LoginThrottledException(wait);
		}
		try {
			Authentication result = delegate.authenticate(authentication);
			throttle.recordSuccess(login);
			return result;
		}
		catch (AuthenticationException failure) {
			throttle.recordFailure(login);
			throw new BadCredentialsException("bad credentials");
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
