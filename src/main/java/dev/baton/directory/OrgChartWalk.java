package dev.baton.directory;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Walks up the organisation: a person's manager and the nearest department head above
 * someone. The walk follows the structure as recorded, active or not; callers decide who
 * may approve. Cycles in bad data end the walk instead of looping.
 */
final class OrgChartWalk {

	private final OrgLookup org;

	OrgChartWalk(OrgLookup org) {
		this.org = org;
	}

	/**
	 * A person's manager: their {@code managerId}; without one, the head of their
	 * department, or when they are that head (or it has none), the head of the nearest
	 * department above.
	 */
	Optional<String> managerOf(Person person) {
		String managerId = person.managerId();
		if (managerId != null && !managerId.isBlank() && !managerId.equals(person.id())) {
			return Optional.of(managerId);
		}
		return headAbove(person.departmentId(), person.id());
	}

	/**
	 * The head of the department, or of the nearest department above it that has a head
	 * other than {@code excludedPersonId} (pass {@code null} to accept any head).
	 */
	Optional<String> headAbove(String departmentId, String excludedPersonId) {
		Set<String> seen = new HashSet<>();
		String current = departmentId;
		while (current != null && seen.add(current)) {
			Optional<Department> department = org.department(current);
			if (department.isEmpty()) {
				return Optional.empty();
			}
			String head = department.get().headUserId();
			if (head != null && !head.isBlank() && !head.equals(excludedPersonId)) {
				return Optional.of(head);
			}
			current = department.get().parentId();
		}
		return Optional.empty();
	}

}
