package dev.baton.directory;

import static dev.baton.directory.DirectoryRules.clean;

import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link DirectoryAdmin} on Baton's tables: people here, departments and roles in
 * {@link OrgUnitAdmin}.
 */
@Service
@Transactional
class JpaDirectoryAdmin implements DirectoryAdmin {

	private final PersonRepository people;

	private final DepartmentRepository departments;

	private final RoleRepository roles;

	private final Passwords passwords;

	private final AccessChanges accessChanges;

	private final DirectoryChanges changes;

	private final OrgUnitAdmin units;

	JpaDirectoryAdmin(PersonRepository people, DepartmentRepository departments, RoleRepository roles,
			Passwords passwords, AccessChanges accessChanges, DirectoryChanges changes, OrgUnitAdmin units) {
		this.units = units;
		this.changes = changes;
		this.people = people;
		this.departments = departments;
		this.roles = roles;
		this.passwords = passwords;
		this.accessChanges = accessChanges;
	}

	@Override
	public Department createDepartment(NewDepartment department) {
		return units.createDepartment(department);
	}

	@Override
	public Department updateDepartment(String departmentId, DepartmentUpdate update) {
		return units.updateDepartment(departmentId, update);
	}

	@Override
	public Department appointHead(String departmentId, String userId) {
		return units.appointHead(departmentId, userId);
	}

	@Override
	public Role createRole(Role role) {
		return units.createRole(role);
	}

	@Override
	public Role updateRole(Role role) {
		return units.updateRole(role);
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
			else if (DirectoryRules.reaches(managerId, userId,
					id -> people.findById(id).map(PersonEntity::managerId).orElse(null))) {
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

}
