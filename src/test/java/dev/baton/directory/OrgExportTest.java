package dev.baton.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import dev.baton.support.BatonTest;

/**
 * The organisation as an Excel workbook: the export and the template carry exactly the
 * import's columns with Chinese headers, and importing the export unchanged changes
 * nothing. Tests that import roll back.
 */
@BatonTest
@Transactional
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class OrgExportTest {

	@Autowired
	MockMvc http;

	@Autowired
	DirectoryAdmin directoryAdmin;

	@Test
	void given_the_demo_organisation_when_the_admin_exports_it_then_each_sheet_has_the_import_columns_in_chinese()
			throws Exception {
		// when
		byte[] xlsx = download("/api/admin/directory/export");
		// then
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			assertThat(headers(workbook.getSheet("部门"))).containsExactly("编号", "名称", "英文名称", "上级部门", "负责人", "排序");
			assertThat(headers(workbook.getSheet("人员"))).containsExactly("账号", "姓名", "邮箱", "手机", "部门", "直属上级", "角色",
					"系统角色", "在职");
			List<String> admin = row(workbook.getSheet("人员"), "admin");
			assertThat(admin).containsExactly("admin", "系统管理员", "admin@demo.baton.dev", admin.get(3), "it", "xuhao",
					"it-admin", "管理员", "在职");
			assertThat(row(workbook.getSheet("人员"), "qianjun")).last().isEqualTo("离职");
			assertThat(row(workbook.getSheet("部门"), "sales")).containsExactly("sales", "销售部", "Sales", "gm", "lina",
					"10");
		}
	}

	@Test
	void given_every_header_the_workbooks_write_then_the_import_recognises_it_as_its_column() {
		Stream.<ImportColumn>concat(Stream.of(PersonColumn.values()), Stream.of(DepartmentColumn.values()))
			.forEach(column -> assertThat(column.headers()).as(column.field())
				.contains(ImportColumn.normalize(column.chineseHeader())));
	}

	@Test
	void given_an_exported_organisation_when_it_is_imported_back_unchanged_then_nothing_changes() throws Exception {
		// given
		byte[] xlsx = download("/api/admin/directory/export");
		// when
		http.perform(multipart("/api/admin/directory/import")
			.file(new MockMultipartFile("file", "组织架构.xlsx", "application/octet-stream", xlsx))
			.param("dryRun", "true")
			.with(httpBasic("admin", "demo")))
			// then
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.departments.created").value(0))
			.andExpect(jsonPath("$.departments.updated").value(0))
			.andExpect(jsonPath("$.people.created").value(0))
			.andExpect(jsonPath("$.people.updated").value(0))
			.andExpect(jsonPath("$.ignoredColumns").isEmpty());
	}

	@Test
	void given_an_auditor_who_left_when_the_export_is_imported_back_then_nothing_changes() throws Exception {
		// given every system role on someone (rolled back with the test)
		directoryAdmin.createPerson(new NewPerson("audit-rt", "审计往返", null, null, null, null, false,
				java.util.Set.of(SystemRole.AUDITOR, SystemRole.ANALYST), java.util.Set.of()), null);
		byte[] xlsx = download("/api/admin/directory/export");
		// when
		http.perform(multipart("/api/admin/directory/import")
			.file(new MockMultipartFile("file", "组织架构.xlsx", "application/octet-stream", xlsx))
			.param("dryRun", "true")
			.with(httpBasic("admin", "demo")))
			// then the auditor comes back as they are
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.people.updated").value(0));
	}

	@Test
	void given_an_exported_organisation_when_a_person_is_edited_in_excel_then_the_import_updates_only_that_person()
			throws Exception {
		// given
		byte[] exported = download("/api/admin/directory/export");
		ByteArrayOutputStream edited = new ByteArrayOutputStream();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(exported))) {
			Sheet people = workbook.getSheet("人员");
			for (Row row : people) {
				if ("zhangwei".equals(new DataFormatter().formatCellValue(row.getCell(0)))) {
					row.createCell(3).setCellValue("13912345678");
				}
			}
			workbook.write(edited);
		}
		// when
		http.perform(multipart("/api/admin/directory/import")
			.file(new MockMultipartFile("file", "组织架构.xlsx", "application/octet-stream", edited.toByteArray()))
			.with(httpBasic("admin", "demo")))
			// then
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.people.updated").value(1))
			.andExpect(jsonPath("$.departments.updated").value(0));
	}

	@Test
	void given_the_template_then_it_has_the_columns_and_first_passwords_but_no_rows() throws Exception {
		byte[] xlsx = download("/api/admin/directory/import/template");
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			assertThat(headers(workbook.getSheet("人员"))).endsWith("在职", "初始密码");
			assertThat(workbook.getSheet("人员").getLastRowNum()).isZero();
			assertThat(workbook.getSheet("部门").getLastRowNum()).isZero();
		}
	}

	@Test
	void given_an_employee_when_they_ask_for_the_export_then_it_is_refused() throws Exception {
		http.perform(get("/api/admin/directory/export").with(httpBasic("zhangwei", "demo")))
			.andExpect(status().isForbidden());
	}

	private byte[] download(String path) throws Exception {
		return http.perform(get(path).with(httpBasic("admin", "demo")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", OrgExportController.XLSX.toString()))
			.andExpect(
					header().string("Content-Disposition", org.hamcrest.Matchers.containsString("filename*=UTF-8''")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

	private static List<String> headers(Sheet sheet) {
		return cells(sheet.getRow(0), sheet.getRow(0).getLastCellNum());
	}

	private static List<String> row(Sheet sheet, String id) {
		int width = sheet.getRow(0).getLastCellNum();
		for (Row row : sheet) {
			if (id.equals(new DataFormatter().formatCellValue(row.getCell(0)))) {
				return cells(row, width);
			}
		}
		throw new AssertionError("no row " + id);
	}

	private static List<String> cells(Row row, int width) {
		DataFormatter formatter = new DataFormatter();
		List<String> cells = new ArrayList<>();
		for (int i = 0; i < width; i++) {
			cells.add(formatter.formatCellValue(row.getCell(i)));
		}
		return cells;
	}

}
