package dev.baton.directory;

import java.util.ArrayList;
import java.util.List;

import dev.baton.directory.ImportPlan.DepartmentChange;
import dev.baton.directory.ImportPlan.PersonChange;
import dev.baton.web.ProblemException;
import org.springframework.http.HttpStatus;

/**
 * Checks every row of an import against the organisation as it is and against the rest of
 * the file, and turns the file into an {@link ImportPlan}. Every problem of every row is
 * collected; if there is any, the whole import is refused with all of them
 * ({@link OrgImportRejectedException}).
 * <p>
 * Rows are matched by login (people) and id (departments): a known one is updated, an
 * unknown one created. A column the file lacks keeps the current value of existing rows;
 * an empty cell in a column the file has clears the value, except that an empty "active"
 * cell keeps the person as they are (new people are active) and an empty English name
 * keeps the current one (new departments use the Chinese name). Managers, heads and
 * parents may be rows further down the same file.
 * <p>
 * This class runs the steps in order; {@link DepartmentImport} and {@link PeopleImport}
 * read and resolve their sheets, sharing what the file adds and the problems through
 * {@link ImportRows}.
 */
final class OrgImportPlanner {

	private final ImportRows shared;

	private final DepartmentImport departmentImport;

	private final PeopleImport peopleImport;

	OrgImportPlanner(OrgSnapshot org) {
		this.shared = new ImportRows(org);
		this.departmentImport = new DepartmentImport(shared);
		this.peopleImport = new PeopleImport(shared);
	}

	ImportPlan plan(ImportFiles.Tables tables) {
		OrgSnapshot org = shared.org();
		ColumnMap<DepartmentColumn> departmentColumns = tables.departments() == null ? null
				: ColumnMap.of(DepartmentColumn.class, tables.departments(), shared.problems());
		ColumnMap<PersonColumn> personColumns = tables.people() == null ? null
				: ColumnMap.of(PersonColumn.class, tables.people(), shared.problems());
		shared.rejectIfProblems();
		if (rows(departmentColumns) + rows(personColumns) == 0) {
			throw new ProblemException(HttpStatus.BAD_REQUEST, "directory.import.noRows");
		}
		List<DepartmentImport.DepartmentRow> departmentRows = departmentColumns == null ? List.of()
				: departmentImport.readDepartments(departmentColumns);
		List<PeopleImport.PersonRow> personRows = personColumns == null ? List.of()
				: peopleImport.readPeople(personColumns);

		org.departments().values().forEach(d -> shared.knowDepartment(d.id(), d.nameZh(), d.nameEn()));
		departmentRows.stream()
			.filter(DepartmentImport.DepartmentRow::valid)
			.forEach(row -> shared.knowDepartment(row.id(), row.nameZh(), row.nameEn()));
		org.people().keySet().forEach(shared::knowLogin);
		personRows.stream().filter(PeopleImport.PersonRow::valid).forEach(row -> shared.knowLogin(row.id()));

		List<DepartmentChange> departments = departmentImport.resolveDepartments(departmentColumns, departmentRows);
		List<PersonChange> people = peopleImport.resolvePeople(personColumns, personRows);
		peopleImport.checkAnAdministratorRemains(personColumns, personRows, people);
		shared.rejectIfProblems();

		List<String> ignored = new ArrayList<>();
		if (departmentColumns != null) {
			ignored.addAll(departmentColumns.ignored());
		}
		if (personColumns != null) {
			ignored.addAll(personColumns.ignored());
		}
		List<String> passwordsIgnored = personRows.stream()
			.filter(row -> row.existing() != null && row.password() != null)
			.map(PeopleImport.PersonRow::id)
			.toList();
		return new ImportPlan(departments, people, ignored, passwordsIgnored);
	}

	private static int rows(ColumnMap<?> columns) {
		return columns == null ? 0 : columns.table().rows().size();
	}

}
