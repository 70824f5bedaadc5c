package dev.baton.directory;

/**
 * Changes to the organisation. Every write goes through here (or through the organisation
 * import, which applies the same rules to a whole file at once), so the rules hold
 * everywhere: ids are lower-case slugs, references point at existing rows, departments
 * and managers form no cycles, department ids and role ids never collide (the engine sees
 * both as groups), and one active administrator always remains. A refused change throws a
 * {@link DirectoryChangeException} that lists every problem, and writes nothing.
 */
public interface DirectoryAdmin {

	Department createDepartment(NewDepartment department);

	/** Renames, moves (never below itself), re-heads or re-sorts a department. */
	Department updateDepartment(String departmentId, DepartmentUpdate update);

	/** Makes a person the department's head; {@code null} removes the head. */
	Department appointHead(String departmentId, String userId);

	Role createRole(Role role);

	/** Renames a role; its id stays. */
	Role updateRole(Role role);

	/**
	 * Creates a person. {@code password} is hashed with BCrypt; {@code null} creates a
	 * person who cannot log in with a password. The person need not change it.
	 */
	default Person createPerson(NewPerson person, String password) {
		return createPerson(person, password, false);
	}

	/**
	 * Creates a person; with {@code mustChange} (an administrator chose the password)
	 * they must replace the password at their first login before doing anything else.
	 */
	Person createPerson(NewPerson person, String password, boolean mustChange);

	/** Replaces a person's details, department, manager and roles. */
	Person updatePerson(String userId, PersonUpdate update);

	/**
	 * Deactivates a person who has left (or reactivates them); history keeps their name.
	 */
	Person setActive(String userId, boolean active);

	/**
	 * Sets a new password (hashed with BCrypt), e.g. when a person forgot theirs; the
	 * person need not change it.
	 */
	default void setPassword(String userId, String password) {
		setPassword(userId, password, false);
	}

	/**
	 * Sets a new password; with {@code mustChange} (an administrator chose it) the person
	 * must replace it at their next login before doing anything else.
	 */
	void setPassword(String userId, String password, boolean mustChange);

}
