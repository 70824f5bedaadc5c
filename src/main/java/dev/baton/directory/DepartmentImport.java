package dev.baton.directory;

import static dev.baton.directory.DirectoryRules.cleanId;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.baton.directory.ImportPlan.DepartmentChange;

/**
 * The departments sheet: each row read and checked on its own, then its parent and head
 * resolved against the organisation and the rest of the file (parents may not form a
 * cycle).
 */
final class DepartmentImport {

	private final ImportRows shared;

	DepartmentImport(ImportRows shared) {
		this.shared = shared;
	}

	record DepartmentRow(Table.Row row, String id, boolean valid, Department existing, String nameZh, String nameEn,
			String parentRef, String headRef, Integer sortOrder) {
	}

	List<DepartmentRow> readDepartments(ColumnMap<DepartmentColumn> columns) {
		Map<String, Integer> seen = new HashMap<>();
		List<DepartmentRow> rows = new ArrayList<>();
		for (Table.Row row : columns.table().rows()) {
			Violations violations = new Violations();
			String id = cleanId(columns.value(row, DepartmentColumn.ID));
			boolean valid = shared.checkNewId(columns, row, DepartmentColumn.ID, id, "Department", seen, violations);
			if (valid && shared.org().roles().containsKey(id)) {
				violations.invalid("id", "directory.id.takenByRole", "taken by a role", id);
				valid = false;
			}
			Department existing = valid ? shared.org().departments().get(id) : null;
			String nameZh = columns.value(row, DepartmentColumn.NAME);
			DirectoryRules.checkName(violations, "name", "Department", nameZh);
			String nameEn = columns.value(row, DepartmentColumn.NAME_EN);
			if (nameEn == null) {
				nameEn = existing != null ? existing.nameEn() : nameZh;
			}
			else {
				DirectoryRules.checkName(violations, "nameEn", "Department", nameEn);
			}
			Integer sortOrder = null;
			String sort = columns.value(row, DepartmentColumn.SORT);
			if (sort != null) {
				try {
					sortOrder = Integer.valueOf(sort.endsWith(".0") ? sort.substring(0, sort.length() - 2) : sort);
				}
				catch (NumberFormatException e) {
					violations.invalid("sortOrder", "directory.import.number", "not a number", sort);
				}
			}
			String parentRef = columns.has(DepartmentColumn.PARENT) ? columns.value(row, DepartmentColumn.PARENT)
					: existing == null ? null : existing.parentId();
			String headRef = columns.has(DepartmentColumn.HEAD) ? cleanId(columns.value(row, DepartmentColumn.HEAD))
					: existing == null ? null : existing.headUserId();
			shared.report(columns, row, violations);
			rows.add(new DepartmentRow(row, id, valid, existing, nameZh, nameEn, parentRef, headRef, sortOrder));
		}
		return rows;
	}

	List<DepartmentChange> resolveDepartments(ColumnMap<DepartmentColumn> columns, List<DepartmentRow> rows) {
		Map<String, String> parents = new HashMap<>();
		shared.org().departments().values().forEach(d -> parents.put(d.id(), d.parentId()));
		Map<String, String> resolvedParents = new HashMap<>();
		for (DepartmentRow row : rows) {
			String parentId = null;
			if (row.parentRef() != null) {
				parentId = shared.department(columns, row.row(), DepartmentColumn.PARENT, row.parentRef(),
						"directory.department.unknown");
				if (parentId != null && parentId.equals(row.id())) {
					shared.problem(columns, row.row(), DepartmentColumn.PARENT, "directory.department.cycle",
							row.parentRef());
					parentId = null;
				}
			}
			if (row.headRef() != null && !shared.isLogin(row.headRef())) {
				shared.problem(columns, row.row(), DepartmentColumn.HEAD, "directory.person.unknown", row.headRef());
			}
			if (row.valid()) {
				parents.put(row.id(), parentId);
				resolvedParents.put(row.id(), parentId);
			}
		}
		List<DepartmentChange> changes = new ArrayList<>();
		for (DepartmentRow row : rows) {
			if (!row.valid()) {
				continue;
			}
			String parentId = resolvedParents.get(row.id());
			if (parentId != null && DirectoryRules.reaches(parentId, row.id(), parents::get)) {
				shared.problem(columns, row.row(), DepartmentColumn.PARENT, "directory.department.cycle",
						row.parentRef());
			}
			Department wanted = new Department(row.id(), row.nameZh(), row.nameEn(), parentId, row.headRef());
			boolean changed = row.existing() == null || !wanted.equals(row.existing())
					|| row.sortOrder() != null && !row.sortOrder().equals(shared.org().sortOrders().get(row.id()));
			changes.add(new DepartmentChange(row.id(), row.existing() == null, changed, row.nameZh(), row.nameEn(),
					parentId, row.headRef(), row.sortOrder()));
		}
		return changes;
	}

}
