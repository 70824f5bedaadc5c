package dev.baton.directory;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A small organisation in memory for approver-resolution tests. */
final class InMemoryOrg implements OrgLookup {

	private final Map<String, Department> departments = new LinkedHashMap<>();

	private final Map<String, Person> people = new LinkedHashMap<>();

	InMemoryOrg department(String id, String parentId, String headUserId) {
		departments.put(id, new Department(id, id, id, parentId, headUserId));
		return this;
	}

	InMemoryOrg person(String id, String departmentId, String managerId, String... roleIds) {
		return add(id, departmentId, managerId, true, Set.of(), roleIds);
	}

	InMemoryOrg formerEmployee(String id, String departmentId, String managerId, String... roleIds) {
		return add(id, departmentId, managerId, false, Set.of(), roleIds);
	}

	InMemoryOrg administrator(String id, String departmentId, String managerId) {
		return add(id, departmentId, managerId, true, Set.of(SystemRole.ADMIN));
	}

	private InMemoryOrg add(String id, String departmentId, String managerId, boolean active,
			Set<SystemRole> systemRoles, String... roleIds) {
		people.put(id, new Person(id, id, id + "@example.test", null, departmentId, managerId, active, systemRoles,
				Set.copyOf(Arrays.asList(roleIds))));
		return this;
	}

	@Override
	public Optional<Person> person(String id) {
		return Optional.ofNullable(id == null ? null : people.get(id));
	}

	@Override
	public Optional<Department> department(String id) {
		return Optional.ofNullable(id == null ? null : departments.get(id));
	}

	@Override
	public List<Person> holdersOf(String roleId) {
		return people.values().stream().filter(Person::active).filter(person -> person.holds(roleId)).toList();
	}

	@Override
	public List<Person> withSystemRole(SystemRole role) {
		return people.values().stream().filter(Person::active).filter(person -> person.has(role)).toList();
	}

}
