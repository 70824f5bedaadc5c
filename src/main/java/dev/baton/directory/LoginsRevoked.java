package dev.baton.directory;

/**
 * A change took access away from a person, so every login they already have must end now:
 * published inside the transaction of the change, before it commits.
 *
 * @param userId the person
 * @param reason what changed
 */
public record LoginsRevoked(String userId, Reason reason) {

	/** What took the access away. */
	public enum Reason {

		/** The person left (was deactivated). */
		LEFT,
		/**
		 * The person lost at least one system role (administrator, designer, analyst).
		 */
		SYSTEM_ROLE_REMOVED,
		/** The person got a new password. */
		PASSWORD_CHANGED

	}

}
