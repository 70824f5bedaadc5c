package dev.baton.directory;

import java.util.Set;

/**
 * What logging in needs to know about a person.
 *
 * @param passwordHash BCrypt hash, or {@code null} when the person has no password
 * @param mustChangePassword the password was set by an administrator (on creation, reset
 * or import) and must be changed before anything else
 * @param language the person's own language ({@code zh-CN}, {@code en-US}), {@code null}
 * when they chose none
 */
public record LoginAccount(String userId, String passwordHash, boolean active, Set<SystemRole> systemRoles,
		boolean mustChangePassword, String language) {

	public LoginAccount {
		systemRoles = Set.copyOf(systemRoles);
	}

	@Override
	public String toString() {
		return "LoginAccount[userId=" + userId + ", active=" + active + ", systemRoles=" + systemRoles
				+ ", mustChangePassword=" + mustChangePassword + ", language=" + language + "]";
	}
}
