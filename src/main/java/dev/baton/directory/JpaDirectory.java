package dev.baton.directory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link Directory} on Baton's tables. */
@Service
@Transactional(readOnly = true)
class JpaDirectory implements Directory {

	static final int MAX_SEARCH_RESULTS = 100;

	private final PersonRepository people;

	private final DepartmentRepository departments;

	private final RoleRepository roles;

	JpaDirectory(PersonRepository people, DepartmentRepository departments, RoleRepository roles) {
		this.people = people;
		this.departments = departments;
		this.roles = roles;
	}

	@Override
	public Optional<Person> person(String id) {
		return id == null ? Optional.empty() : people.findById(id).map(PersonEntity::toPerson);
	}

	/**
	 * Declared here (not only as the interface's default) so it runs in this class's
	 * read-only transaction.
	 */
	@Override
	public PersonRef ref(String id) {
		return Directory.super.ref(id);
	}

	@Override
	public List<Person> people(Collection<String> ids) {
		if (ids == null || ids.isEmpty()) {
			return List.of();
		}
		Map<String, Person> byId = people.findWithRolesByIdIn(ids.stream().distinct().toList())
			.stream()
			.map(PersonEntity::toPerson)
			.collect(Collectors.toMap(Person::id, Function.identity()));
		return ids.stream().distinct().map(byId::get).filter(Objects::nonNull).toList();
	}

	@Override
	public Optional<Department> department(String id) {
		return id == null ? Optional.empty() : departments.findById(id).map(DepartmentEntity::toDepartment);
	}

	@Override
	public List<Department> departments() {
		return departments.findAllByOrderBySortOrderAscIdAsc().stream().map(DepartmentEntity::toDepartment).toList();
	}

	@Override
	public List<Role> roles() {
		return roles.findAllByOrderByIdAsc().stream().map(RoleEntity::toRole).toList();
	}

	@Override
	public List<Person> holdersOf(String roleId) {
		return roleId == null ? List.of()
				: people.findActiveHolders(roleId).stream().map(PersonEntity::toPerson).toList();
	}

	@Override
	public List<Person> activeReportsOf(String managerId) {
		return managerId == null ? List.of()
				: people.findByManagerIdAndActiveTrueOrderByIdAsc(managerId)
					.stream()
					.map(PersonEntity::toPerson)
					.toList();
	}

	@Override
	public List<Person> activeMembers(String departmentId) {
		return departmentId == null ? List.of()
				: people.findByDepartmentIdAndActiveTrueOrderByIdAsc(departmentId)
					.stream()
					.map(PersonEntity::toPerson)
					.toList();
	}

	@Override
	public List<Person> search(String text, int limit) {
		if (text == null || text.isBlank() || limit <= 0) {
			return List.of();
		}
		String escaped = LikePatterns.escape(text.trim().toLowerCase(Locale.ROOT));
		return people
			.search("%" + escaped + "%", escaped + "%", true, null, null,
					PageRequest.of(0, Math.min(limit, MAX_SEARCH_RESULTS)))
			.stream()
			.map(PersonEntity::toPerson)
			.toList();
	}

	@Override
	public List<String> groupIdsOf(String userId) {
		Optional<Person> person = person(userId).filter(Person::active);
		if (person.isEmpty()) {
			return List.of();
		}
		List<String> groups = new ArrayList<>();
		if (person.get().departmentId() != null) {
			groups.add(person.get().departmentId());
		}
		groups.addAll(person.get().roleIds());
		return groups;
	}

}
