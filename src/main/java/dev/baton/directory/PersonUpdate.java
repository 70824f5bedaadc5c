package dev.baton.directory;

import java.util.Set;

/**
 * New values for an existing person; every field is replaced. Whether the person still
 * works here ({@link DirectoryAdmin#setActive}) and their password
 * ({@link DirectoryAdmin#setPassword}) change on their own.
 *
 * @param managerId an existing person other than this one who does not report to this
 * one, or {@code null} (then the department head is the manager)
 * @param systemRoles granted system roles; {@link SystemRole#EMPLOYEE} is implied
 * @param roleIds existing roles the person holds
 */
public record PersonUpdate(String displayName, String email, String phone, String departmentId, String managerId,
		Set<SystemRole> systemRoles, Set<String> roleIds) {

	public PersonUpdate {
		systemRoles = systemRoles == null ? Set.of() : Set.copyOf(systemRoles);
		roleIds = roleIds == null ? Set.of() : Set.copyOf(roleIds);
	}
}
