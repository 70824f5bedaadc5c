package dev.baton.directory;

/**
 * Changes to the organisation. Every write goes through here, so the rules hold everywhere: ids
 * are lower-case slugs, references point at existing rows, and department ids and role ids never
 * collide (the engine sees both as groups). A refused change throws a
 * {@link DirectoryChangeException} and writes nothing.
 */
public interface DirectoryAdmin {

    Department createDepartment(NewDepartment department);

    /** Makes a person the department's head; {@code null} removes the head. */
    Department appointHead(String departmentId, String userId);

    Role createRole(Role role);

    /**
     * Creates a person. {@code password} is hashed with BCrypt; {@code null} creates a person who
     * cannot log in with a password.
     */
    Person createPerson(NewPerson person, String password);

    /** Deactivates a person who has left (or reactivates them); history keeps their name. */
    Person setActive(String userId, boolean active);
}
