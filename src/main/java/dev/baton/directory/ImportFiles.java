package dev.baton.directory;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import dev.baton.web.ProblemException;
import org.springframework.http.HttpStatus;

/**
 * Turns an uploaded file into the tables to import: an Excel workbook (.xlsx) or a UTF-8
 * CSV file, at most {@link #MAX_BYTES} bytes and {@link #MAX_ROWS} rows. A workbook holds
 * the people on the sheet named like {@link #PEOPLE_SHEETS} (or else the first sheet) and
 * may hold the departments on a sheet named like {@link #DEPARTMENT_SHEETS}; a CSV file
 * holds one of the two, as the caller says.
 */
final class ImportFiles {

	static final int MAX_BYTES = 5 * 1024 * 1024;
	static final int MAX_ROWS = 5000;

	static final Set<String> DEPARTMENT_SHEETS = Set.of("departments", "department", "部门", "部门表");
	static final Set<String> PEOPLE_SHEETS = Set.of("people", "persons", "users", "employees", "staff", "人员", "员工",
			"用户", "人员表", "员工表", "通讯录");

	/** What a CSV file (or a workbook without named sheets) holds. */
	enum Kind {

		PEOPLE, DEPARTMENTS;

		static Kind of(String text) {
			return switch (text == null ? "people" : text.trim().toLowerCase(Locale.ROOT)) {
				case "people", "persons", "users" -> PEOPLE;
				case "departments", "department" -> DEPARTMENTS;
				default -> throw new ProblemException(HttpStatus.BAD_REQUEST, "directory.import.kind");
			};
		}

	}

	/** The tables of one upload; either may be {@code null}. */
	record Tables(Table departments, Table people) {
	}

	private ImportFiles() {
	}

	static Tables read(String fileName, byte[] bytes, Kind kind) {
		if (bytes.length == 0) {
			throw new ProblemException(HttpStatus.BAD_REQUEST, "directory.import.empty");
		}
		checkSize(bytes.length);
		String name = fileName == null ? "" : fileName.trim().toLowerCase(Locale.ROOT);
		TableBuilder.RowBudget budget = new TableBuilder.RowBudget(MAX_ROWS);
		if (name.endsWith(".xlsx")) {
			if (!startsWith(bytes, 0x50, 0x4B, 0x03, 0x04)) {
				throw new ProblemException(HttpStatus.BAD_REQUEST, "directory.import.unreadable");
			}
			return workbook(bytes, kind, budget);
		}
		if (name.endsWith(".xls") || startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0)) {
			throw new ProblemException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "directory.import.xls");
		}
		if (name.endsWith(".csv") && !startsWith(bytes, 0x50, 0x4B, 0x03, 0x04)) {
			Table table = CsvTables.read(bytes, budget);
			return kind == Kind.DEPARTMENTS ? new Tables(table, null) : new Tables(null, table);
		}
		throw new ProblemException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "directory.import.unsupportedFile");
	}

	static void checkSize(long bytes) {
		if (bytes > MAX_BYTES) {
			throw new ProblemException(HttpStatus.PAYLOAD_TOO_LARGE, "directory.import.tooLarge",
					MAX_BYTES / 1024 / 1024);
		}
	}

	private static Tables workbook(byte[] bytes, Kind kind, TableBuilder.RowBudget budget) {
		List<Table> sheets = XlsxTables.read(bytes,
				(index, sheet) -> index == 0 || DEPARTMENT_SHEETS.contains(ImportColumn.normalize(sheet))
						|| kind == Kind.PEOPLE && PEOPLE_SHEETS.contains(ImportColumn.normalize(sheet)),
				budget);
		Table departments = sheets.stream()
			.filter(sheet -> DEPARTMENT_SHEETS.contains(ImportColumn.normalize(sheet.sheet())))
			.findFirst()
			.orElse(null);
		if (kind == Kind.DEPARTMENTS) {
			return new Tables(departments != null ? departments : sheets.isEmpty() ? null : sheets.get(0), null);
		}
		Table people = sheets.stream()
			.filter(sheet -> PEOPLE_SHEETS.contains(ImportColumn.normalize(sheet.sheet())))
			.findFirst()
			.orElse(sheets.isEmpty() || sheets.get(0) == departments ? null : sheets.get(0));
		return new Tables(departments, people);
	}

	private static boolean startsWith(byte[] bytes, int... prefix) {
		if (bytes.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if ((bytes[i] & 0xFF) != prefix[i]) {
				return false;
			}
		}
		return true;
	}

}
