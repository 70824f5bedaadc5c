package dev.baton.directory;

import java.util.List;
import java.util.Optional;

/**
 * The narrow view of the organisation that approver resolution needs, so that it can be
 * tested on a small in-memory organisation.
 */
interface OrgLookup {

	/** The person with this id, active or not. */
	Optional<Person> person(String id);

	Optional<Department> department(String id);

	/** Active holders of the role. */
	List<Person> holdersOf(String roleId);

	/**
	 * Active people granted this system role, by id ({@link SystemRole#EMPLOYEE} is
	 * implied, not granted).
	 */
	List<Person> withSystemRole(SystemRole role);

}
