package dev.baton.directory;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.baton.directory.ImportPlan.DepartmentChange;
import dev.baton.directory.ImportPlan.PersonChange;

/**
 * Imports the organisation from the tables of an uploaded file, all or nothing: every row
 * is checked first, and one bad row refuses the whole file with every problem listed; a
 * good file is written in this one transaction. A dry run checks and counts but writes
 * nothing.
 */
@Service
class OrgImport {

	private static final Logger log = LoggerFactory.getLogger(OrgImport.class);

	private final DepartmentRepository departments;

	private final RoleRepository roles;

	private final PersonRepository people;

	private final OrgImportWriter writer;

	OrgImport(DepartmentRepository departments, RoleRepository roles, PersonRepository people, OrgImportWriter writer) {
		this.departments = departments;
		this.roles = roles;
		this.people = people;
		this.writer = writer;
	}

	@Transactional
	OrgImportResult run(ImportFiles.Tables tables, boolean dryRun) {
		ImportPlan plan = new OrgImportPlanner(snapshot()).plan(tables);
		if (!dryRun) {
			writer.write(plan);
		}
		OrgImportResult result = OrgImportResult.of(plan, dryRun);
		log.info("Organisation import{}: departments {}, people {}", dryRun ? " (dry run)" : "", result.departments(),
				result.people());
		return result;
	}

	private OrgSnapshot snapshot() {
		List<DepartmentEntity> allDepartments = departments.findAll();
		return new OrgSnapshot(
				allDepartments.stream()
					.map(DepartmentEntity::toDepartment)
					.collect(Collectors.toMap(Department::id, Function.identity())),
				allDepartments.stream().collect(Collectors.toMap(DepartmentEntity::id, DepartmentEntity::sortOrder)),
				roles.findAll()
					.stream()
					.map(RoleEntity::toRole)
					.collect(Collectors.toMap(Role::id, Function.identity())),
				people.findAll()
					.stream()
					.map(PersonEntity::toPerson)
					.collect(Collectors.toMap(Person::id, Function.identity())));
	}

	/** What an import did (or, in a dry run, would do). */
	record OrgImportResult(boolean dryRun, Counts departments, Counts people, List<String> peopleWithoutPassword,
			List<String> passwordsIgnored, List<String> ignoredColumns) {

		record Counts(int created, int updated, int unchanged) {

			@Override
			public String toString() {
				return created + " created, " + updated + " updated, " + unchanged + " unchanged";
			}
		}

		static OrgImportResult of(ImportPlan plan, boolean dryRun) {
			return new OrgImportResult(dryRun,
					counts(plan.departments(), DepartmentChange::isNew, DepartmentChange::changed),
					counts(plan.people(), PersonChange::isNew, PersonChange::changed),
					plan.people()
						.stream()
						.filter(p -> p.isNew() && p.password() == null)
						.map(PersonChange::id)
						.toList(),
					plan.passwordsIgnored(), plan.ignoredColumns());
		}

		private static <T> Counts counts(List<T> changes, Function<T, Boolean> isNew, Function<T, Boolean> changed) {
			int created = (int) changes.stream().filter(isNew::apply).count();
			int updated = (int) changes.stream().filter(c -> !isNew.apply(c) && changed.apply(c)).count();
			return new Counts(created, updated, changes.size() - created - updated);
		}
	}

}
