package dev.baton.directory;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.springframework.stereotype.Component;

import dev.baton.directory.ImportPlan.DepartmentChange;
import dev.baton.directory.ImportPlan.PersonChange;

/**
 * Writes a checked {@link ImportPlan} in the caller's transaction. New departments and
 * people are inserted first without parents, heads and managers, which are then set as
 * updates: the database's foreign keys hold at every statement even when a manager is a
 * row further down the file. Passwords are hashed once per distinct password (BCrypt is
 * slow on purpose).
 */
@Component
class OrgImportWriter {

	private static final int SORT_STEP = 10;

	@PersistenceContext
	private EntityManager entityManager;

	private final DepartmentRepository departments;

	private final PersonRepository people;

	private final Passwords passwords;

	private final AccessChanges accessChanges;

	private final DirectoryChanges changes;

	OrgImportWriter(DepartmentRepository departments, PersonRepository people, Passwords passwords,
			AccessChanges accessChanges, DirectoryChanges changes) {
		this.changes = changes;
		this.departments = departments;
		this.people = people;
		this.passwords = passwords;
		this.accessChanges = accessChanges;
	}

	void write(ImportPlan plan) {
		Map<String, DepartmentEntity> departmentRows = byId(departments.findAllById(
				plan.departments().stream().filter(change -> !change.isNew()).map(DepartmentChange::id).toList()),
				DepartmentEntity::id);
		Map<String, PersonEntity> personRows = byId(
				people.findAllById(
						plan.people().stream().filter(change -> !change.isNew()).map(PersonChange::id).toList()),
				PersonEntity::id);
		int sortOrder = departments.maxSortOrder();

		for (DepartmentChange change : plan.departments()) {
			if (change.isNew()) {
				sortOrder = change.sortOrder() != null ? Math.max(sortOrder, change.sortOrder())
						: sortOrder + SORT_STEP;
				DepartmentEntity department = new DepartmentEntity(change.id(), change.nameZh(), change.nameEn(), null,
						change.sortOrder() != null ? change.sortOrder() : sortOrder);
				entityManager.persist(department);
				departmentRows.put(change.id(), department);
			}
		}
		Map<String, String> hashes = new HashMap<>();
		for (PersonChange change : plan.people()) {
			if (change.isNew()) {
				String hash = change.password() == null ? null
						: hashes.computeIfAbsent(change.password(), passwords::hash);
				PersonEntity person = new PersonEntity(
						new NewPerson(change.id(), change.displayName(), change.email(), change.phone(),
								change.departmentId(), null, change.active(), change.systemRoles(), change.roleIds()),
						null);
				person.setPasswordHashToChange(hash);
				entityManager.persist(person);
				personRows.put(change.id(), person);
			}
		}

		for (DepartmentChange change : plan.departments()) {
			if (!change.changed()) {
				continue;
			}
			DepartmentEntity department = departmentRows.get(change.id());
			department.rename(change.nameZh(), change.nameEn());
			department.moveUnder(change.parentId());
			department.appointHead(change.headUserId());
			if (change.sortOrder() != null) {
				department.sortAt(change.sortOrder());
			}
		}
		for (PersonChange change : plan.people()) {
			if (!change.changed()) {
				continue;
			}
			PersonEntity person = personRows.get(change.id());
			if (!change.isNew()) {
				boolean wasActive = person.active();
				Set<SystemRole> systemRolesBefore = person.systemRoleSet();
				person.update(new PersonUpdate(change.displayName(), change.email(), change.phone(),
						change.departmentId(), change.managerId(), change.systemRoles(), change.roleIds()));
				person.setActive(change.active());
				accessChanges.changed(person, wasActive, systemRolesBefore);
			}
			person.reportTo(change.managerId());
		}
		entityManager.flush();
		changes.imported(plan);
	}

	private static <T> Map<String, T> byId(List<T> rows, Function<T, String> id) {
		return rows.stream().collect(Collectors.toMap(id, Function.identity(), (a, b) -> a, HashMap::new));
	}

}
