package dev.baton.directory;

import java.util.Set;

/**
 * A person to create.
 *
 * @param id login: lower case letters, digits, {@code .}, {@code _} or {@code -}, e.g.
 * {@code zhangwei}
 * @param departmentId an existing department, or {@code null}
 * @param managerId an existing person, or {@code null} (then the department head is the
 * manager)
 * @param systemRoles granted system roles; {@link SystemRole#EMPLOYEE} is implied
 * @param roleIds existing roles the person holds
 */
public record NewPerson(String id, String displayName, String email, String phone, String departmentId,
		String managerId, boolean active, Set<SystemRole> systemRoles, Set<String> roleIds) {

	public NewPerson {
		systemRoles = systemRoles == null ? Set.of() : Set.copyOf(systemRoles);
		roleIds = roleIds == null ? Set.of() : Set.copyOf(roleIds);
	}
}
