package dev.baton.directory;

import java.time.Instant;
import java.util.Set;

/**
 * What authenticating a request with an API token needs to know: whose token it is, and
 * that person's state right now.
 *
 * @param active whether the person still works here
 * @param systemRoles the person's system roles now; always contains
 * {@link SystemRole#EMPLOYEE}
 */
public record TokenAccount(String tokenId, String userId, Instant expiresAt, boolean active,
		Set<SystemRole> systemRoles) {

	public TokenAccount {
		systemRoles = Set.copyOf(systemRoles);
	}

	public boolean expiredAt(Instant now) {
		return !now.isBefore(expiresAt);
	}

}
