package dev.baton.directory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.baton.directory.DirectoryChangeException.Violation;

/**
 * What the department and people parts of one import share: the organisation as it is,
 * the ids and names the file will add (so that rows may refer to rows further down), and
 * the problems found, each named by sheet, row and column.
 */
final class ImportRows {

	private final OrgSnapshot org;

	private final List<RowProblem> problems = new ArrayList<>();

	private final Map<String, String[]> departmentNames = new LinkedHashMap<>();

	private final Set<String> logins = new HashSet<>();

	ImportRows(OrgSnapshot org) {
		this.org = org;
	}

	OrgSnapshot org() {
		return org;
	}

	/** Where {@link ColumnMap#of} reports missing and ambiguous columns. */
	List<RowProblem> problems() {
		return problems;
	}

	/**
	 * A department that exists after the import, by id, with its Chinese and English
	 * names.
	 */
	void knowDepartment(String id, String nameZh, String nameEn) {
		departmentNames.put(id, new String[] { nameZh, nameEn });
	}

	/** A login that exists after the import. */
	void knowLogin(String login) {
		logins.add(login);
	}

	boolean isLogin(String login) {
		return logins.contains(login);
	}

	/**
	 * A department by id or by its exact Chinese or English name; {@code null} (and a
	 * problem) if none or several.
	 */
	<C extends Enum<C> & ImportColumn> String department(ColumnMap<C> columns, Table.Row row, C column,
			String reference, String unknownCode) {
		String asId = reference.toLowerCase(Locale.ROOT);
		if (departmentNames.containsKey(asId)) {
			return asId;
		}
		List<String> matches = departmentNames.entrySet()
			.stream()
			.filter(entry -> reference.equals(entry.getValue()[0]) || reference.equalsIgnoreCase(entry.getValue()[1]))
			.map(Map.Entry::getKey)
			.toList();
		if (matches.size() == 1) {
			return matches.get(0);
		}
		problem(columns, row, column, matches.isEmpty() ? unknownCode : "directory.department.ambiguous", reference);
		return null;
	}

	/** Checks a row's id: present, well-formed and not given twice in the file. */
	<C extends Enum<C> & ImportColumn> boolean checkNewId(ColumnMap<C> columns, Table.Row row, C column, String id,
			String what, Map<String, Integer> seen, Violations violations) {
		if (id == null) {
			violations.invalid(column.field(), "directory.required", what + " is missing");
			return false;
		}
		DirectoryRules.checkId(violations, column.field(), what, id);
		if (!DirectoryRules.isId(id)) {
			return false;
		}
		Integer first = seen.putIfAbsent(id, row.number());
		if (first != null) {
			violations.invalid(column.field(), "directory.import.duplicate", "given twice", id, first);
			return false;
		}
		return true;
	}

	<C extends Enum<C> & ImportColumn> void report(ColumnMap<C> columns, Table.Row row, Violations violations) {
		for (Violation violation : violations.list()) {
			C column = columns.column(violation.field());
			problems.add(new RowProblem(columns.table().sheet(), row.number(), violation.field(),
					column != null && columns.has(column) ? columns.header(column) : null, violation.code(),
					violation.arguments()));
		}
	}

	<C extends Enum<C> & ImportColumn> void problem(ColumnMap<C> columns, Table.Row row, C column, String code,
			Object... arguments) {
		problems.add(new RowProblem(columns.table().sheet(), row.number(), column.field(),
				columns.has(column) ? columns.header(column) : null, code, Arrays.asList(arguments)));
	}

	void rejectIfProblems() {
		if (!problems.isEmpty()) {
			List<RowProblem> sorted = new ArrayList<>(problems);
			// departments before people (a workbook's two sheets), then by row; within a
			// row, as found
			sorted.sort(
					Comparator
						.comparing((RowProblem problem) -> !ImportFiles.DEPARTMENT_SHEETS
							.contains(ImportColumn.normalize(problem.sheet())))
						.thenComparingInt(RowProblem::row));
			throw new OrgImportRejectedException(sorted);
		}
	}

}
