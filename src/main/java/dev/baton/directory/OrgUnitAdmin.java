package dev.baton.directory;

import static dev.baton.directory.DirectoryRules.clean;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Departments and roles: created, renamed, moved (never below themselves), headed. The
 * two share one id namespace, because the engine sees both as groups.
 */
@Component
@Transactional
class OrgUnitAdmin {

	private static final int SORT_STEP = 10;

	private final PersonRepository people;

	private final DepartmentRepository departments;

	private final RoleRepository roles;

	private final DirectoryChanges changes;

	OrgUnitAdmin(PersonRepository people, DepartmentRepository departments, RoleRepository roles,
			DirectoryChanges changes) {
		this.people = people;
		this.departments = departments;
		this.roles = roles;
		this.changes = changes;
	}

	Department createDepartment(NewDepartment department) {
		Violations violations = new Violations();
		String id = department.id();
		DirectoryRules.checkId(violations, "id", "Department", id);
		checkNames(violations, "Department '" + id + "'", department.nameZh(), department.nameEn());
		if (DirectoryRules.isId(id)) {
			if (departments.existsById(id)) {
				violations.conflict("id", "directory.id.taken", "Department '" + id + "' already exists", id);
			}
			if (roles.existsById(id)) {
				violations.invalid("id", "directory.id.takenByRole", "Department id '" + id
						+ "' is already the id of a role; departments and roles share one namespace", id);
			}
		}
		String parentId = clean(department.parentId());
		if (parentId != null && !departments.existsById(parentId)) {
			violations.invalid("parentId", "directory.department.unknown",
					"Parent department '" + parentId + "' of '" + id + "' does not exist", parentId);
		}
		String headId = clean(department.headUserId());
		checkPersonExists(violations, "headUserId", headId, "Head '" + headId + "' of '" + id + "'");
		violations.throwIfAny();
		int sortOrder = department.sortOrder() != null ? department.sortOrder()
				: departments.maxSortOrder() + SORT_STEP;
		Department created = departments
			.save(new DepartmentEntity(id, department.nameZh().trim(), department.nameEn().trim(), parentId, headId,
					sortOrder))
			.toDepartment();
		changes.departmentCreated(created);
		return created;
	}

	Department updateDepartment(String departmentId, DepartmentUpdate update) {
		DepartmentEntity department = existingDepartment(departmentId);
		Violations violations = new Violations();
		checkNames(violations, "Department '" + departmentId + "'", update.nameZh(), update.nameEn());
		String parentId = clean(update.parentId());
		if (parentId != null) {
			if (!departments.existsById(parentId)) {
				violations.invalid("parentId", "directory.department.unknown",
						"Parent department '" + parentId + "' of '" + departmentId + "' does not exist", parentId);
			}
			else if (DirectoryRules.reaches(parentId, departmentId,
					id -> departments.findById(id).map(DepartmentEntity::parentId).orElse(null))) {
				violations.invalid("parentId", "directory.department.cycle", "Department '" + departmentId
						+ "' cannot move below '" + parentId + "', which is itself or inside it", parentId);
			}
		}
		String headId = clean(update.headUserId());
		checkPersonExists(violations, "headUserId", headId, "Head '" + headId + "' of '" + departmentId + "'");
		violations.throwIfAny();
		department.rename(update.nameZh().trim(), update.nameEn().trim());
		department.moveUnder(parentId);
		department.appointHead(headId);
		if (update.sortOrder() != null) {
			department.sortAt(update.sortOrder());
		}
		changes.departmentChanged(department.toDepartment());
		return department.toDepartment();
	}

	Department appointHead(String departmentId, String userId) {
		DepartmentEntity department = existingDepartment(departmentId);
		Violations violations = new Violations();
		checkPersonExists(violations, "headUserId", userId,
				"Cannot appoint '" + userId + "' head of '" + departmentId + "':");
		violations.throwIfAny();
		department.appointHead(userId);
		changes.departmentChanged(department.toDepartment());
		return department.toDepartment();
	}

	Role createRole(Role role) {
		Violations violations = new Violations();
		String id = role.id();
		DirectoryRules.checkId(violations, "id", "Role", id);
		checkNames(violations, "Role '" + id + "'", role.nameZh(), role.nameEn());
		if (DirectoryRules.isId(id)) {
			if (roles.existsById(id)) {
				violations.conflict("id", "directory.id.taken", "Role '" + id + "' already exists", id);
			}
			if (departments.existsById(id)) {
				violations.invalid("id", "directory.id.takenByDepartment", "Role id '" + id
						+ "' is already the id of a department; departments and roles share one namespace", id);
			}
		}
		violations.throwIfAny();
		Role created = roles.save(new RoleEntity(id, role.nameZh().trim(), role.nameEn().trim())).toRole();
		changes.roleCreated(created);
		return created;
	}

	Role updateRole(Role role) {
		RoleEntity existing = roles.findById(String.valueOf(role.id()))
			.orElseThrow(() -> Violations.notFound("id", "directory.role.notFound",
					"Role '" + role.id() + "' does not exist", role.id()));
		Violations violations = new Violations();
		checkNames(violations, "Role '" + role.id() + "'", role.nameZh(), role.nameEn());
		violations.throwIfAny();
		existing.rename(role.nameZh().trim(), role.nameEn().trim());
		changes.roleChanged(existing.toRole());
		return existing.toRole();
	}

	private DepartmentEntity existingDepartment(String departmentId) {
		return departments.findById(String.valueOf(departmentId))
			.orElseThrow(() -> Violations.notFound("id", "directory.department.notFound",
					"Department '" + departmentId + "' does not exist", departmentId));
	}

	private static void checkNames(Violations violations, String what, String nameZh, String nameEn) {
		DirectoryRules.checkName(violations, "nameZh", what, nameZh);
		DirectoryRules.checkName(violations, "nameEn", what, nameEn);
	}

	private void checkPersonExists(Violations violations, String field, String userId, String what) {
		if (userId != null && !people.existsById(userId)) {
			violations.invalid(field, "directory.person.unknown", what + " does not exist", userId);
		}
	}

}
