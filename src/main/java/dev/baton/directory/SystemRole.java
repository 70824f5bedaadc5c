package dev.baton.directory;

/**
 * What a person may do in Baton itself, independent of their place in the organisation.
 * Everybody is an {@link #EMPLOYEE}; the others are granted.
 */
public enum SystemRole {

	/** Starts requests and works on tasks; implied for every person. */
	EMPLOYEE,
	/** Models processes and forms and publishes them. */
	DESIGNER,
	/** Sees analytics across the whole company. */
	ANALYST,
	/** Maintains the organisation, settings, and stuck or failed requests. */
	ADMIN,
	/**
	 * Reads everything — the audit view, every request — and changes nothing: the server
	 * refuses every write of an auditor's login except to their own account.
	 */
	AUDITOR

}
