package dev.baton.directory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the organisation as the Excel workbook the import reads back: a sheet
 * {@value #DEPARTMENTS} and a sheet {@value #PEOPLE}, with the Chinese header of each
 * column the import knows ({@link ImportColumn#chineseHeader()}), and values written the
 * way the import reads them (ids, logins, {@code 在职}/{@code 离职}, roles separated by
 * {@code 、}). Importing the export unchanged therefore changes nothing; the template is
 * the same workbook without rows, with the column of first passwords.
 */
@Component
class OrgWorkbook {

	static final String DEPARTMENTS = "部门";

	static final String PEOPLE = "人员";

	static final String LIST_SEPARATOR = "、";

	private final DepartmentRepository departments;

	private final PersonRepository people;

	OrgWorkbook(DepartmentRepository departments, PersonRepository people) {
		this.departments = departments;
		this.people = people;
	}

	/** The empty template: headers only, first passwords included. */
	byte[] template() {
		return write(List.of(), List.of(), true);
	}

	/** The organisation as it is now; passwords are never exported. */
	@Transactional(readOnly = true)
	byte[] current() {
		List<DepartmentEntity> allDepartments = departments.findAllByOrderBySortOrderAscIdAsc();
		List<Person> allPeople = people.findAll()
			.stream()
			.map(PersonEntity::toPerson)
			.sorted(Comparator.comparing(Person::id))
			.toList();
		return write(allDepartments, allPeople, false);
	}

	private static byte[] write(List<DepartmentEntity> departmentRows, List<Person> personRows, boolean passwords) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			CellStyle header = headerStyle(workbook);
			Sheet departmentSheet = sheet(workbook, DEPARTMENTS, List.of(DepartmentColumn.values()), header);
			int row = 1;
			for (DepartmentEntity entity : departmentRows) {
				Department department = entity.toDepartment();
				Row line = departmentSheet.createRow(row++);
				text(line, 0, department.id());
				text(line, 1, department.nameZh());
				text(line, 2, department.nameEn());
				text(line, 3, department.parentId());
				text(line, 4, department.headUserId());
				line.createCell(5).setCellValue(entity.sortOrder());
			}
			List<PersonColumn> personColumns = List.of(PersonColumn.values())
				.stream()
				.filter(column -> passwords || column != PersonColumn.PASSWORD)
				.toList();
			Sheet personSheet = sheet(workbook, PEOPLE, personColumns, header);
			row = 1;
			for (Person person : personRows) {
				Row line = personSheet.createRow(row++);
				text(line, 0, person.id());
				text(line, 1, person.displayName());
				text(line, 2, person.email());
				text(line, 3, person.phone());
				text(line, 4, person.departmentId());
				text(line, 5, person.managerId());
				text(line, 6, String.join(LIST_SEPARATOR, person.roleIds()));
				text(line, 7, systemRoles(person));
				text(line, 8, person.active() ? "在职" : "离职");
			}
			workbook.setActiveSheet(workbook.getSheetIndex(personSheet));
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * Every system role but the employee's (everybody's), as the import reads it back.
	 */
	private static final Map<SystemRole, String> SYSTEM_ROLE_NAMES = Map.of(SystemRole.ADMIN, "管理员",
			SystemRole.DESIGNER, "流程管理员", SystemRole.ANALYST, "分析师", SystemRole.AUDITOR, "审计员");

	private static String systemRoles(Person person) {
		return person.systemRoles()
			.stream()
			.filter(SYSTEM_ROLE_NAMES::containsKey)
			.sorted()
			.map(SYSTEM_ROLE_NAMES::get)
			.collect(Collectors.joining(LIST_SEPARATOR));
	}

	private static Sheet sheet(XSSFWorkbook workbook, String name, List<? extends ImportColumn> columns,
			CellStyle header) {
		Sheet sheet = workbook.createSheet(name);
		Row headers = sheet.createRow(0);
		for (int i = 0; i < columns.size(); i++) {
			Cell cell = headers.createCell(i);
			cell.setCellValue(columns.get(i).chineseHeader());
			cell.setCellStyle(header);
			sheet.setColumnWidth(i, 16 * 256);
		}
		sheet.createFreezePane(0, 1);
		return sheet;
	}

	private static CellStyle headerStyle(XSSFWorkbook workbook) {
		Font bold = workbook.createFont();
		bold.setBold(true);
		CellStyle style = workbook.createCellStyle();
		style.setFont(bold);
		return style;
	}

	/** A text cell, so that Excel keeps phone numbers and ids as they are. */
	private static void text(Row row, int column, String value) {
		if (value != null && !value.isEmpty()) {
			row.createCell(column).setCellValue(value);
		}
	}

}
