package dev.baton.directory;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
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

	private final JdbcTemplate jdbc;

	JpaDirectory(PersonRepository people, DepartmentRepository departments, RoleRepository roles, JdbcTemplate jdbc) {
		this.people = people;
		this.departments = departments;
		this.roles = roles;
		this.jdbc = jdbc;
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
	public Map<String, List<String>> activeMembersOf(Collection<String> groupIds) {
		List<String> groups = groupIds == null ? List.of() : groupIds.stream().distinct().toList();
		if (groups.isEmpty()) {
			return Map.of();
		}
		String marks = String.join(", ", Collections.nCopies(groups.size(), "?"));
		List<Object> arguments = new ArrayList<>(groups);
		arguments.addAll(groups);
		Map<String, List<String>> members = new LinkedHashMap<>();
		jdbc.query("SELECT u.department_id AS group_id, u.id FROM baton_users u WHERE u.active = TRUE"
				+ " AND u.department_id IN (" + marks
				+ ") UNION SELECT r.role_id AS group_id, u.id FROM baton_user_roles r"
				+ " JOIN baton_users u ON u.id = r.user_id WHERE u.active = TRUE AND r.role_id IN (" + marks
				+ ") ORDER BY 1, 2", (ResultSet row) -> {
					members.computeIfAbsent(row.getString(1), id -> new ArrayList<>()).add(row.getString(2));
				}, arguments.toArray());
		return members;
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
