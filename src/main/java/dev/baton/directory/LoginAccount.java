package dev.baton.directory;

import java.util.Set;

/**
 * What logging in needs to know about a person.
 *
 * @param passwordHash BCrypt hash, or {@code null} when the person has no password
 */
public record LoginAccount(String userId, String passwordHash, boolean active, Set<SystemRole> systemRoles) {

	public LoginAccount {
		systemRoles = Set.copyOf(systemRoles);
	}

	@Override
	public String toString() {
		return "LoginAccount[userId=" + userId + ", active=" + active + ", systemRoles=" + systemRoles + "]";
	}
}
