package dev.baton.directory;

import java.time.Instant;

/**
 * A personal API token, without its secret.
 *
 * @param hint the secret's first characters, so that a person can tell tokens apart
 * @param lastUsedAt when it was last used (to the minute), or {@code null}
 */
public record ApiToken(String id, String userId, String name, String hint, Instant createdAt, Instant expiresAt,
		Instant lastUsedAt) {

	public boolean expiredAt(Instant now) {
		return !now.isBefore(expiresAt);
	}

}
