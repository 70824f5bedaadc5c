package dev.baton.directory;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * BCrypt hashing for the directory's passwords. Deliberately not a
 * {@code PasswordEncoder} bean: the security module decides what, if anything, is exposed
 * as one.
 */
@Component
class Passwords {

	private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder();

	String hash(String password) {
		return bcrypt.encode(password);
	}

	/**
	 * False for a missing password or hash, and for passwords BCrypt cannot take (over 72
	 * bytes).
	 */
	boolean matches(String password, String hash) {
		if (password == null || password.isEmpty() || hash == null || hash.isBlank()) {
			return false;
		}
		try {
			return bcrypt.matches(password, hash);
		}
		catch (IllegalArgumentException e) {
			return false;
		}
	}

}
