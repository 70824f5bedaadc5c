package dev.baton.directory;

import static dev.baton.directory.DirectoryRules.clean;

import java.util.HashSet;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link DirectoryAdmin} on Baton's tables. */
@Service
@Transactional
class JpaDirectoryAdmin implements DirectoryAdmin {

	private static final int SORT_STEP = 10;

	private final PersonRepository people;

	private final DepartmentRepository departments;

	private final RoleRepository roles;

	private final Passwords passwords;

	private final AccessChanges accessChanges;

	private final DirectoryChanges changes;

	JpaDirectoryAdmin(PersonRepository people, DepartmentRepository departments, RoleRepository roles,
			Passwords passwords, AccessChanges accessChanges, DirectoryChanges changes) {
		this.changes = changes;
		this.people = people;
		this.departments = departments;
		this.roles = roles;
		this.passwords = passwords;
		this.accessChanges = accessChanges;
	}

	@Override
	public Department createDepartment(NewDepartment department) {
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

	@Override
	public Department updateDepartment(String departmentId, DepartmentUpdate update) {
		DepartmentEntity department = existingDepartment(departmentId);
		Violations violations = new Violations();
		checkNames(violations, "Department '" + departmentId + "'", update.nameZh(), update.nameEn());
		String parentId = clean(update.parentId());
		if (parentId != null) {
			if (!departments.existsById(parentId)) {
				violations.invalid("parentId", "directory.department.unknown",
						"Parent department '" + parentId + "' of '" + departmentId + "' does not exist", parentId);
			}
			else if (reaches(parentId, departmentId,
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

	@Override
	public Department appointHead(String departmentId, String userId) {
		DepartmentEntity department = existingDepartment(departmentId);
		Violations violations = new Violations();
		checkPersonExists(violations, "headUserId", userId,
				"Cannot appoint '" + userId + "' head of '" + departmentId + "':");
		violations.throwIfAny();
		department.appointHead(userId);
		changes.departmentChanged(department.toDepartment());
		return department.toDepartment();
	}

	@Override
	public Role createRole(Role role) {
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

	@Override
	public Role updateRole(Role role) {
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

	@Override
	public Person createPerson(NewPerson person, String password, boolean mustChange) {
		Violations violations = new Violations();
		NewPerson checked = checkNewPerson(person, violations);
		if (password != null) {
			DirectoryRules.checkPassword(violations, "password", password);
		}
		violations.throwIfAny();
		String hash = password == null ? null : passwords.hash(password);
		PersonEntity created = new PersonEntity(checked, mustChange ? null : hash);
		if (mustChange) {
			created.setPasswordHashToChange(hash);
		}
		Person saved = people.save(created).toPerson();
		changes.personCreated(saved);
		return saved;
	}

	/**
	 * For callers in this module that hashed one password for many people (the demo
	 * organisation).
	 */
	Person createPersonWithHash(NewPerson person, String passwordHash) {
		Violations violations = new Violations();
		NewPerson checked = checkNewPerson(person, violations);
		violations.throwIfAny();
		return people.save(new PersonEntity(checked, passwordHash)).toPerson();
	}

	/**
	 * Adds what is wrong with a new person to {@code violations}; returns them with text
	 * fields trimmed.
	 */
	private NewPerson checkNewPerson(NewPerson person, Violations violations) {
		String id = person.id();
		DirectoryRules.checkId(violations, "id", "Login", id);
		if (DirectoryRules.isId(id) && people.existsById(id)) {
			violations.conflict("id", "directory.id.taken", "Person '" + id + "' already exists", id);
		}
		checkDetails(violations, id, person.displayName(), person.email(), person.phone(), person.departmentId(),
				person.roleIds());
		String managerId = clean(person.managerId());
		if (managerId != null && managerId.equals(id)) {
			violations.invalid("managerId", "directory.manager.self",
					"Manager '" + managerId + "' of '" + id + "' must be another existing person", managerId);
		}
		else {
			checkPersonExists(violations, "managerId", managerId, "Manager '" + managerId + "' of '" + id + "'",
					"directory.manager.unknown");
		}
		return new NewPerson(id, person.displayName() == null ? null : person.displayName().trim(),
				clean(person.email()), clean(person.phone()), clean(person.departmentId()), managerId, person.active(),
				person.systemRoles(), person.roleIds());
	}

	@Override
	public Person updatePerson(String userId, PersonUpdate update) {
		PersonEntity person = existingPerson(userId);
		Violations violations = new Violations();
		checkDetails(violations, userId, update.displayName(), update.email(), update.phone(), update.departmentId(),
				update.roleIds());
		String managerId = clean(update.managerId());
		if (managerId != null) {
			if (managerId.equals(userId)) {
				violations.invalid("managerId", "directory.manager.self",
						"'" + userId + "' cannot be their own manager", managerId);
			}
			else if (!people.existsById(managerId)) {
				violations.invalid("managerId", "directory.manager.unknown",
						"Manager '" + managerId + "' of '" + userId + "' does not exist", managerId);
			}
			else if (reaches(managerId, userId, id -> people.findById(id).map(PersonEntity::managerId).orElse(null))) {
				violations.invalid("managerId", "directory.manager.cycle", "'" + managerId + "' reports to '" + userId
						+ "', directly or through others; managers cannot form a cycle", managerId);
			}
		}
		if (!update.systemRoles().contains(SystemRole.ADMIN)) {
			checkAnAdministratorRemains(violations, "systemRoles", person);
		}
		violations.throwIfAny();
		Set<SystemRole> systemRolesBefore = person.systemRoleSet();
		person.update(new PersonUpdate(update.displayName().trim(), clean(update.email()), clean(update.phone()),
				clean(update.departmentId()), managerId, update.systemRoles(), update.roleIds()));
		accessChanges.changed(person, person.active(), systemRolesBefore);
		changes.personChanged(person.toPerson());
		return person.toPerson();
	}

	@Override
	public Person setActive(String userId, boolean active) {
		PersonEntity person = existingPerson(userId);
		if (!active) {
			Violations violations = new Violations();
			checkAnAdministratorRemains(violations, "active", person);
			violations.throwIfAny();
		}
		boolean wasActive = person.active();
		person.setActive(active);
		accessChanges.changed(person, wasActive, person.systemRoleSet());
		changes.activeChanged(person.toPerson(), wasActive);
		return person.toPerson();
	}

	@Override
	public void setPassword(String userId, String password, boolean mustChange) {
		PersonEntity person = existingPerson(userId);
		Violations violations = new Violations();
		DirectoryRules.checkPassword(violations, "password", password);
		violations.throwIfAny();
		if (mustChange) {
			person.setPasswordHashToChange(passwords.hash(password));
		}
		else {
			person.setOwnPasswordHash(passwords.hash(password));
		}
		accessChanges.passwordChanged(person);
		changes.passwordReset(person.id());
	}

	private DepartmentEntity existingDepartment(String departmentId) {
		return departments.findById(String.valueOf(departmentId))
			.orElseThrow(() -> Violations.notFound("id", "directory.department.notFound",
					"Department '" + departmentId + "' does not exist", departmentId));
	}

	private PersonEntity existingPerson(String userId) {
		return people.findById(String.valueOf(userId))
			.orElseThrow(() -> Violations.notFound("id", "directory.person.notFound",
					"Person '" + userId + "' does not exist", userId));
	}

	private void checkDetails(Violations violations, String id, String displayName, String email, String phone,
			String departmentId, Set<String> roleIds) {
		DirectoryRules.checkName(violations, "displayName", "Person '" + id + "'", displayName);
		DirectoryRules.checkEmail(violations, "email", clean(email));
		DirectoryRules.checkPhone(violations, "phone", clean(phone));
		String department = clean(departmentId);
		if (department != null && !departments.existsById(department)) {
			violations.invalid("departmentId", "directory.department.unknown",
					"Department '" + department + "' of '" + id + "' does not exist", department);
		}
		for (String roleId : roleIds) {
			if (!roles.existsById(roleId)) {
				violations.invalid("roleIds", "directory.role.unknown",
						"Role '" + roleId + "' of '" + id + "' does not exist", roleId);
			}
		}
	}

	private static void checkNames(Violations violations, String what, String nameZh, String nameEn) {
		DirectoryRules.checkName(violations, "nameZh", what, nameZh);
		DirectoryRules.checkName(violations, "nameEn", what, nameEn);
	}

	private void checkPersonExists(Violations violations, String field, String userId, String what) {
		checkPersonExists(violations, field, userId, what, "directory.person.unknown");
	}

	private void checkPersonExists(Violations violations, String field, String userId, String what, String code) {
		if (userId != null && !people.existsById(userId)) {
			violations.invalid(field, code, what + " does not exist", userId);
		}
	}

	/**
	 * Refuses to take away the last active administrator: nobody could maintain Baton any
	 * more.
	 */
	private void checkAnAdministratorRemains(Violations violations, String field, PersonEntity person) {
		if (person.active() && person.isAdministrator()
				&& people.findActiveWithSystemRole(SystemRole.ADMIN.name())
					.stream()
					.allMatch(admin -> admin.id().equals(person.id()))) {
			violations.invalid(field, "directory.lastAdministrator",
					"'" + person.id() + "' is the last active administrator; make someone else administrator first");
		}
	}

	/**
	 * Whether following {@code next} from {@code start} arrives at {@code target}; stops
	 * at cycles in old data.
	 */
	static boolean reaches(String start, String target, UnaryOperator<String> next) {
		Set<String> seen = new HashSet<>();
		for (String current = start; current != null && seen.add(current); current = next.apply(current)) {
			if (current.equals(target)) {
				return true;
			}
		}
		return false;
	}

}
