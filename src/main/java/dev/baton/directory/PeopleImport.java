package dev.baton.directory;

import static dev.baton.directory.DirectoryRules.clean;
import static dev.baton.directory.DirectoryRules.cleanId;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.baton.directory.ImportPlan.PersonChange;

/**
 * The people sheet: each row read and checked on its own, then its department, manager
 * and roles resolved against the organisation and the rest of the file (managers may not
 * form a cycle), and at least one active administrator must remain.
 */
final class PeopleImport {

	private final ImportRows shared;

	PeopleImport(ImportRows shared) {
		this.shared = shared;
	}

	record PersonRow(Table.Row row, String id, boolean valid, Person existing, String name, String email, String phone,
			String departmentRef, String managerRef, List<String> roleRefs, Set<SystemRole> systemRoles, boolean active,
			String password) {
	}

	List<PersonRow> readPeople(ColumnMap<PersonColumn> columns) {
		Map<String, Integer> seen = new HashMap<>();
		List<PersonRow> rows = new ArrayList<>();
		for (Table.Row row : columns.table().rows()) {
			Violations violations = new Violations();
			String id = cleanId(columns.value(row, PersonColumn.LOGIN));
			boolean valid = shared.checkNewId(columns, row, PersonColumn.LOGIN, id, "Login", seen, violations);
			Person existing = valid ? shared.org().people().get(id) : null;
			String name = columns.value(row, PersonColumn.NAME);
			DirectoryRules.checkName(violations, "name", "Person", name);
			String email = columns.has(PersonColumn.EMAIL) ? columns.value(row, PersonColumn.EMAIL)
					: existing == null ? null : existing.email();
			if (columns.has(PersonColumn.EMAIL)) {
				DirectoryRules.checkEmail(violations, "email", email);
			}
			String phone = columns.has(PersonColumn.PHONE) ? columns.value(row, PersonColumn.PHONE)
					: existing == null ? null : existing.phone();
			if (columns.has(PersonColumn.PHONE)) {
				DirectoryRules.checkPhone(violations, "phone", phone);
			}
			String departmentRef = columns.has(PersonColumn.DEPARTMENT) ? columns.value(row, PersonColumn.DEPARTMENT)
					: existing == null ? null : existing.departmentId();
			String managerRef = columns.has(PersonColumn.MANAGER) ? cleanId(columns.value(row, PersonColumn.MANAGER))
					: existing == null ? null : existing.managerId();
			List<String> roleRefs = columns.has(PersonColumn.ROLES) ? split(columns.value(row, PersonColumn.ROLES))
					: existing == null ? List.of() : List.copyOf(existing.roleIds());
			Set<SystemRole> systemRoles = EnumSet.noneOf(SystemRole.class);
			if (columns.has(PersonColumn.SYSTEM_ROLES)) {
				for (String role : split(columns.value(row, PersonColumn.SYSTEM_ROLES))) {
					DirectoryRules.systemRole(role)
						.ifPresentOrElse(systemRoles::add, () -> violations.invalid("systemRoles",
								"directory.systemRole.unknown", "unknown system role", role));
				}
			}
			else if (existing != null) {
				systemRoles.addAll(existing.systemRoles());
			}
			systemRoles.remove(SystemRole.EMPLOYEE);
			boolean active = existing == null || existing.active();
			String activeText = columns.value(row, PersonColumn.ACTIVE);
			if (activeText != null) {
				Boolean yes = yesOrNo(activeText);
				if (yes == null) {
					violations.invalid("active", "directory.import.yesNo", "not yes or no", activeText);
				}
				else {
					active = yes;
				}
			}
			String password = columns.has(PersonColumn.PASSWORD) ? columns.value(row, PersonColumn.PASSWORD) : null;
			if (password != null && existing == null) {
				DirectoryRules.checkPassword(violations, "password", password);
			}
			shared.report(columns, row, violations);
			rows.add(new PersonRow(row, id, valid, existing, name, clean(email), clean(phone), departmentRef,
					managerRef, roleRefs, systemRoles, active, password));
		}
		return rows;
	}

	List<PersonChange> resolvePeople(ColumnMap<PersonColumn> columns, List<PersonRow> rows) {
		Map<String, String> managers = new HashMap<>();
		shared.org().people().values().forEach(p -> managers.put(p.id(), p.managerId()));
		Map<String, String> departmentIds = new HashMap<>();
		Map<String, Set<String>> roleIds = new HashMap<>();
		for (PersonRow row : rows) {
			String departmentId = row.departmentRef() == null ? null : shared.department(columns, row.row(),
					PersonColumn.DEPARTMENT, row.departmentRef(), "directory.department.unknown");
			String managerId = row.managerRef();
			if (managerId != null) {
				if (managerId.equals(row.id())) {
					shared.problem(columns, row.row(), PersonColumn.MANAGER, "directory.manager.self", managerId);
					managerId = null;
				}
				else if (!shared.isLogin(managerId)) {
					shared.problem(columns, row.row(), PersonColumn.MANAGER, "directory.manager.unknown", managerId);
					managerId = null;
				}
			}
			Set<String> roles = new LinkedHashSet<>();
			for (String reference : row.roleRefs()) {
				String roleId = role(columns, row.row(), reference);
				if (roleId != null) {
					roles.add(roleId);
				}
			}
			if (row.valid()) {
				managers.put(row.id(), managerId);
				departmentIds.put(row.id(), departmentId);
				roleIds.put(row.id(), roles);
			}
		}
		List<PersonChange> changes = new ArrayList<>();
		for (PersonRow row : rows) {
			if (!row.valid()) {
				continue;
			}
			String managerId = managers.get(row.id());
			if (managerId != null && DirectoryRules.reaches(managerId, row.id(), managers::get)) {
				shared.problem(columns, row.row(), PersonColumn.MANAGER, "directory.manager.cycle", managerId);
			}
			Person wanted = new Person(row.id(), row.name(), row.email(), row.phone(), departmentIds.get(row.id()),
					managerId, row.active(), row.systemRoles(), roleIds.get(row.id()));
			changes.add(new PersonChange(row.id(), row.existing() == null,
					row.existing() == null || !wanted.equals(row.existing()), row.name(), row.email(), row.phone(),
					departmentIds.get(row.id()), managerId, row.active(), Set.copyOf(row.systemRoles()),
					Set.copyOf(roleIds.get(row.id())), row.existing() == null ? row.password() : null));
		}
		return changes;
	}

	/**
	 * A role by id or by its exact Chinese or English name; {@code null} (and a problem)
	 * if none or several.
	 */
	private String role(ColumnMap<PersonColumn> columns, Table.Row row, String reference) {
		String asId = reference.toLowerCase(Locale.ROOT);
		if (shared.org().roles().containsKey(asId)) {
			return asId;
		}
		List<String> matches = shared.org()
			.roles()
			.values()
			.stream()
			.filter(role -> reference.equals(role.nameZh()) || reference.equalsIgnoreCase(role.nameEn()))
			.map(Role::id)
			.toList();
		if (matches.size() == 1) {
			return matches.get(0);
		}
		shared.problem(columns, row, PersonColumn.ROLES,
				matches.isEmpty() ? "directory.role.unknown" : "directory.role.ambiguous", reference);
		return null;
	}

	/**
	 * Refuses a file that would leave Baton without an active administrator; names the
	 * rows that would.
	 */
	void checkAnAdministratorRemains(ColumnMap<PersonColumn> columns, List<PersonRow> rows, List<PersonChange> people) {
		Set<String> before = new HashSet<>();
		shared.org()
			.people()
			.values()
			.stream()
			.filter(p -> p.active() && p.has(SystemRole.ADMIN))
			.forEach(p -> before.add(p.id()));
		Set<String> after = new HashSet<>(before);
		for (PersonChange person : people) {
			if (person.active() && person.systemRoles().contains(SystemRole.ADMIN)) {
				after.add(person.id());
			}
			else {
				after.remove(person.id());
			}
		}
		if (before.isEmpty() || !after.isEmpty()) {
			return;
		}
		for (PersonRow row : rows) {
			if (row.valid() && before.contains(row.id())) {
				PersonColumn column = row.active() ? PersonColumn.SYSTEM_ROLES : PersonColumn.ACTIVE;
				shared.problem(columns, row.row(), column, "directory.lastAdministrator");
			}
		}
	}

	private static List<String> split(String list) {
		if (list == null) {
			return List.of();
		}
		return Arrays.stream(list.split("[,，、;；]"))
			.map(String::trim)
			.filter(item -> !item.isEmpty())
			.distinct()
			.toList();
	}

	/**
	 * Yes or no in the ways spreadsheets and people write it; {@code null} for anything
	 * else.
	 */
	static Boolean yesOrNo(String text) {
		return switch (text.trim().toLowerCase(Locale.ROOT)) {
			case "yes", "y", "true", "1", "是", "在职", "active", "√", "✓" -> Boolean.TRUE;
			case "no", "n", "false", "0", "否", "离职", "left", "inactive" -> Boolean.FALSE;
			default -> null;
		};
	}

}
