package dev.baton.directory;

import java.util.List;
import java.util.Set;

/**
 * The demo company that {@code baton.demo.enabled} seeds into an empty directory: who is
 * part of it, and removing it once a company sets up its own organisation.
 */
public interface DemoCompany {

	/** The logins of the demo people (whether or not they are still in the directory). */
	Set<String> logins();

	/** The demo people still in the directory, by login. */
	List<String> remaining();

	/**
	 * Removes the demo people except {@code keep} (the administrator doing it, who stays,
	 * detached from the demo departments, manager and roles), and the demo departments
	 * and roles that no one else belongs to or holds. Departments that stay lose a
	 * removed head; people who stay lose a removed manager. Removed people's API tokens
	 * go, and their logins end ({@link LoginsRevoked}).
	 */
	Removed remove(String keep);

	/** What {@link #remove} removed. */
	record Removed(List<String> people, List<String> departments, List<String> roles) {
	}

}
