package dev.baton.directory;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * A person in the directory.
 *
 * @param id login, lower case, e.g. {@code zhangwei}; also the engine's user id
 * @param departmentId the department the person belongs to, or {@code null}
 * @param managerId the direct manager, or {@code null} (then the department head is the
 * manager, see {@link ApproverRule.Kind#MANAGER})
 * @param active false once the person has left; inactive people never approve, log in or
 * belong to a group
 * @param systemRoles what the person may do in Baton; always contains
 * {@link SystemRole#EMPLOYEE}
 * @param roleIds roles/posts the person holds, e.g. {@code finance-manager}
 */
public record Person(String id, String displayName, String email, String phone, String departmentId, String managerId,
		boolean active, Set<SystemRole> systemRoles, Set<String> roleIds) {

	public Person {
		EnumSet<SystemRole> roles = EnumSet.of(SystemRole.EMPLOYEE);
		if (systemRoles != null) {
			roles.addAll(systemRoles);
		}
		systemRoles = Collections.unmodifiableSet(roles);
		roleIds = roleIds == null ? Set.of() : Collections.unmodifiableSortedSet(new TreeSet<>(roleIds));
	}

	public boolean holds(String roleId) {
		return roleIds.contains(roleId);
	}

	public boolean has(SystemRole role) {
		return systemRoles.contains(role);
	}
}
