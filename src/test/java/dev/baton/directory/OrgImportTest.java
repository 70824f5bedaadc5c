package dev.baton.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import dev.baton.support.BatonTest;

/**
 * Importing the organisation from Excel and CSV files, all or nothing. Tests that import
 * good files roll back (MockMvc runs in the test's thread and transaction); the ones that
 * prove a refused file writes nothing run without a test transaction, so the import's own
 * transaction really commits or rolls back.
 */
@BatonTest
@Transactional
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class OrgImportTest {

	private static final String BOM = "\uFEFF";

	@Autowired
	MockMvc http;

	@Autowired
	Directory directory;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void a_csv_with_chinese_headers_and_a_bom_creates_and_updates_people() throws Exception {
		// given a CSV as Excel saves it ("CSV UTF-8"), whose first person's manager is
		// further down
		String csv = BOM + """
				账号,姓名,邮箱,手机,部门,直属上级,角色,系统角色,在职,初始密码
				imp-chen,陈晨,chenchen@example.com,13900000001,销售部,imp-lu,,,是,Welcome-2026
				imp-lu,陆路,lulu@example.com,13900000002,sales,lina,"会计、purchaser",analyst,1,
				zhangwei,张伟,zhangwei@example.com,13900000003,Sales,lina,,,,ignored-password
				""";
		// when
		upload("people.csv", csv.getBytes(StandardCharsets.UTF_8))
			// then
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.dryRun").value(false))
			.andExpect(jsonPath("$.people.created").value(2))
			.andExpect(jsonPath("$.people.updated").value(1))
			.andExpect(jsonPath("$.peopleWithoutPassword").value(contains("imp-lu")))
			.andExpect(jsonPath("$.passwordsIgnored").value(contains("zhangwei")));
		Person chen = directory.person("imp-chen").orElseThrow();
		assertThat(chen.departmentId()).isEqualTo("sales");
		assertThat(chen.managerId()).isEqualTo("imp-lu");
		assertThat(chen.active()).isTrue();
		Person lu = directory.person("imp-lu").orElseThrow();
		assertThat(lu.roleIds()).containsExactly("accountant", "purchaser");
		assertThat(lu.systemRoles()).containsExactlyInAnyOrder(SystemRole.EMPLOYEE, SystemRole.ANALYST);
		assertThat(directory.person("zhangwei").orElseThrow().phone()).isEqualTo("13900000003");
		// and the initial password works, while a person without one cannot log in until
		// it is reset
		http.perform(get("/api/auth/session").with(httpBasic("imp-chen", "Welcome-2026")))
			.andExpect(jsonPath("$.user.id").value("imp-chen"));
		assertThat(accounts.findByLogin("imp-lu").orElseThrow().passwordHash()).isNull();
		http.perform(get("/api/auth/session").with(httpBasic("zhangwei", "demo"))).andExpect(status().isOk());
	}

	@Test
	void an_xlsx_with_departments_and_people_sheets_creates_both() throws Exception {
		// given a workbook built like an HR export: English headers in another order,
		// typed cells
		byte[] workbook = workbook(book -> {
			Sheet departments = book.createSheet("部门");
			row(departments, 0, "id", "name", "name_en", "parent", "head");
			row(departments, 1, "brand", "品牌组", "Brand", "Marketing", "");
			row(departments, 2, "marketing", "市场部", "Marketing", "总经办", "imp-ma");
			Sheet people = book.createSheet("人员");
			row(people, 0, "Name", "Login", "Department", "Manager", "Phone", "Active", "E-mail", "Employee no.");
			Row ma = row(people, 1, "马安", "imp-ma", "marketing", "zhouming", null, null, "ma@example.com", "1001");
			ma.createCell(4).setCellValue(13800009999d);
			ma.createCell(5).setCellValue(true);
			row(people, 2, "吴悠", "IMP-WU", "品牌组", "imp-ma", "", "否", "", "1002");
			row(people, 3, "王芳", "wangfang", "finance", "zhouming", "13800000005", "yes", "wangfang@demo.baton.dev",
					"1003");
		});
		// when
		upload("org.xlsx", workbook)
			// then
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.departments.created").value(2))
			.andExpect(jsonPath("$.people.created").value(2))
			.andExpect(jsonPath("$.people.unchanged").value(1))
			.andExpect(jsonPath("$.ignoredColumns").value(contains("Employee no.")));
		assertThat(directory.department("marketing"))
			.contains(new Department("marketing", "市场部", "Marketing", "gm", "imp-ma"));
		assertThat(directory.department("brand").orElseThrow().parentId()).isEqualTo("marketing");
		assertThat(directory.person("imp-ma").orElseThrow().phone()).isEqualTo("13800009999");
		Person wu = directory.person("imp-wu").orElseThrow();
		assertThat(wu).extracting(Person::departmentId, Person::managerId, Person::active, Person::email)
			.containsExactly("brand", "imp-ma", false, null);
		assertThat(directory.groupIdsOf("imp-ma")).containsExactly("marketing");
	}

	@Test
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	void a_file_with_bad_rows_names_every_row_in_english_and_writes_nothing() throws Exception {
		// given
		long people = count("baton_users");
		long departments = count("baton_departments");
		// when
		upload("people.csv", badRows(), "en-US")
			// then
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("directory.import.rejected"))
			.andExpect(jsonPath("$.detail")
				.value("Nothing was imported: 5 rows have problems. Correct them and upload the file again."))
			.andExpect(jsonPath("$.rows[*].row").value(contains(2, 3, 4, 5, 6)))
			.andExpect(jsonPath("$.rows[*].field").value(contains("department", "manager", "email", "login", "name")))
			.andExpect(jsonPath("$.rows[0].column").value("Department"))
			.andExpect(jsonPath("$.rows[0].message").value("There is no department \"nowhere\"."))
			.andExpect(jsonPath("$.rows[1].message").value("There is no person \"nobody\" who could be the manager."))
			.andExpect(jsonPath("$.rows[2].message").value("\"not-an-email\" is not a valid e-mail address."))
			.andExpect(jsonPath("$.rows[3].message").value("\"imp-x1\" is already in row 2."))
			.andExpect(jsonPath("$.rows[4].message").value("This field is required."))
			.andExpect(jsonPath("$.errors[0].field").value("row 2: department"))
			.andExpect(jsonPath("$.errors[4].field").value("row 6: name"));
		// and nothing was written, not even the good row
		assertThat(count("baton_users")).isEqualTo(people);
		assertThat(count("baton_departments")).isEqualTo(departments);
		assertThat(directory.person("imp-x6")).isEmpty();
	}

	@Test
	void the_example_files_are_offered_for_download_to_administrators() throws Exception {
		String people = http
			.perform(get("/api/admin/directory/import/examples/people").with(httpBasic("admin", "demo")))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
				.string("Content-Disposition", startsWith("attachment; filename=\"org-import-example.csv\"")))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(people).contains("账号,姓名").contains("mali,马丽");
		http.perform(get("/api/admin/directory/import/examples/departments").with(httpBasic("admin", "demo")))
			.andExpect(status().isOk());
		http.perform(get("/api/admin/directory/import/examples/other").with(httpBasic("admin", "demo")))
			.andExpect(status().isNotFound());
		http.perform(get("/api/admin/directory/import/examples/people").with(httpBasic("zhangwei", "demo")))
			.andExpect(status().isForbidden());
	}

	@Test
	void problems_are_in_chinese_by_default() throws Exception {
		upload("people.csv", badRows(), null).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("未导入任何数据：有 5 行存在问题。请修改后重新上传文件。"))
			.andExpect(jsonPath("$.rows[0].message").value("没有部门“nowhere”。"));
	}

	@Test
	void a_dry_run_checks_and_counts_but_writes_nothing() throws Exception {
		// given
		long people = count("baton_users");
		String csv = """
				login,name,department,manager
				imp-dry,试运行,sales,lina
				lina,李娜,sales,zhouming
				""";
		// when
		http.perform(multipart("/api/admin/directory/import")
			.file(new MockMultipartFile("file", "people.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
			.param("dryRun", "true")
			.with(httpBasic("admin", "demo")))
			// then
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.dryRun").value(true))
			.andExpect(jsonPath("$.people.created").value(1))
			.andExpect(jsonPath("$.people.unchanged").value(1));
		assertThat(count("baton_users")).isEqualTo(people);
		assertThat(directory.person("imp-dry")).isEmpty();
	}

	@Test
	void managers_who_report_to_each_other_are_refused_on_every_row_of_the_cycle() throws Exception {
		String csv = """
				login,name,manager
				imp-a,甲,imp-b
				imp-b,乙,imp-a
				imp-c,丙,imp-a
				""";
		upload("people.csv", csv.getBytes(StandardCharsets.UTF_8)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.rows[*].row").value(contains(2, 3)))
			.andExpect(
					jsonPath("$.rows[*].code").value(contains("directory.manager.cycle", "directory.manager.cycle")));
	}

	@Test
	void departments_come_in_a_csv_of_their_own_and_cannot_contain_themselves() throws Exception {
		String good = """
				编号,名称,英文名称,上级部门,负责人
				marketing,市场部,Marketing,gm,lina
				""";
		multipartUpload("departments.csv", good.getBytes(StandardCharsets.UTF_8), "departments")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.departments.created").value(1));
		assertThat(directory.department("marketing").orElseThrow().headUserId()).isEqualTo("lina");
		String cycle = """
				id,name,parent
				north,北区,south
				south,南区,north
				""";
		multipartUpload("departments.csv", cycle.getBytes(StandardCharsets.UTF_8), "departments")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.rows[*].code")
				.value(contains("directory.department.cycle", "directory.department.cycle")));
	}

	@Test
	void an_import_cannot_take_away_the_last_administrator() throws Exception {
		String csv = """
				login,name,system roles
				admin,系统管理员,designer
				""";
		upload("people.csv", csv.getBytes(StandardCharsets.UTF_8)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.rows[0].field").value("systemRoles"))
			.andExpect(jsonPath("$.rows[0].code").value("directory.lastAdministrator"));
	}

	@Test
	void a_file_without_a_required_column_is_refused_at_its_header_row() throws Exception {
		String csv = """
				login,email
				imp-q,q@example.com
				""";
		upload("people.csv", csv.getBytes(StandardCharsets.UTF_8)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.rows[0].row").value(1))
			.andExpect(jsonPath("$.rows[0].field").value("name"))
			.andExpect(jsonPath("$.rows[0].code").value("directory.import.missingColumn"));
	}

	@Test
	void other_file_types_old_excel_files_and_non_utf8_csv_are_refused_with_a_clear_message() throws Exception {
		upload("org.pdf", "%PDF-1.7".getBytes(StandardCharsets.US_ASCII), "en-US")
			.andExpect(status().isUnsupportedMediaType())
			.andExpect(jsonPath("$.detail")
				.value("Only Excel workbooks (.xlsx) and UTF-8 CSV files (.csv) can be imported."));
		upload("org.xls", new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0, 0, 0 }, "en-US")
			.andExpect(status().isUnsupportedMediaType())
			.andExpect(jsonPath("$.code").value("directory.import.xls"));
		upload("org.xlsx", "login,name\n".getBytes(StandardCharsets.UTF_8), "en-US").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("directory.import.unreadable"));
		upload("people.csv", "账号,姓名\nimp-gbk,国标\n".getBytes(Charset.forName("GBK")), "en-US")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("directory.import.notUtf8"))
			.andExpect(jsonPath("$.detail").value(startsWith("The CSV file is not UTF-8.")));
	}

	@Test
	void a_file_over_the_row_or_size_limit_is_refused() throws Exception {
		StringBuilder csv = new StringBuilder("login,name\n");
		for (int i = 0; i <= ImportFiles.MAX_ROWS; i++) {
			csv.append("imp-").append(i).append(",人").append(i).append('\n');
		}
		upload("people.csv", csv.toString().getBytes(StandardCharsets.UTF_8), "en-US")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("The file has more than 5,000 rows; split it into several files."));
		upload("people.csv", new byte[ImportFiles.MAX_BYTES + 1], "en-US").andExpect(status().isPayloadTooLarge())
			.andExpect(jsonPath("$.code").value("directory.import.tooLarge"));
	}

	@Test
	void an_employee_gets_403_and_imports_nothing() throws Exception {
		long people = count("baton_users");
		http.perform(multipart("/api/admin/directory/import")
			.file(new MockMultipartFile("file", "people.csv", "text/csv",
					"login,name,system roles\nimp-evil,坏人,admin\n".getBytes(StandardCharsets.UTF_8)))
			.with(httpBasic("zhangwei", "demo")))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("auth.forbidden"));
		assertThat(count("baton_users")).isEqualTo(people);
	}

	@Test
	void the_documented_example_files_import_into_the_demo_organisation() throws Exception {
		// given the files of docs/org-import.md
		byte[] departments = Files.readAllBytes(Path.of("docs/org-import-departments-example.csv"));
		byte[] people = Files.readAllBytes(Path.of("docs/org-import-example.csv"));
		// when
		multipartUpload("org-import-departments-example.csv", departments, "departments").andExpect(status().isOk())
			.andExpect(jsonPath("$.departments.created").value(1));
		upload("org-import-example.csv", people)
			// then
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.people.created").value(3))
			.andExpect(jsonPath("$.people.updated").value(1))
			.andExpect(jsonPath("$.peopleWithoutPassword").value(contains("zhaomin", "sunyu")));
		assertThat(directory.person("zhaomin").orElseThrow().managerId()).isEqualTo("mali");
		assertThat(directory.person("sunyu").orElseThrow().roleIds()).containsExactly("accountant", "purchaser");
		assertThat(directory.person("liuyang").orElseThrow().active()).isFalse();
	}

	// ---- helpers ----

	/**
	 * Rows 2 to 6 each have one problem; row 7 is good but must not be written either.
	 */
	private static byte[] badRows() {
		return """
				Login,Name,E-mail,Department,Manager
				imp-x1,X1,x1@example.com,nowhere,lina
				imp-x2,X2,x2@example.com,sales,nobody
				imp-x3,X3,not-an-email,sales,lina
				imp-x1,X1 again,x1b@example.com,sales,lina
				imp-x5,,x5@example.com,sales,lina
				imp-x6,X6,x6@example.com,sales,lina
				""".getBytes(StandardCharsets.UTF_8);
	}

	private ResultActions upload(String fileName, byte[] content) throws Exception {
		return upload(fileName, content, "en-US");
	}

	private ResultActions upload(String fileName, byte[] content, String language) throws Exception {
		var request = multipart("/api/admin/directory/import")
			.file(new MockMultipartFile("file", fileName, "application/octet-stream", content))
			.with(httpBasic("admin", "demo"));
		if (language != null) {
			request.header("Accept-Language", language);
		}
		return http.perform(request);
	}

	private ResultActions multipartUpload(String fileName, byte[] content, String kind) throws Exception {
		return http.perform(multipart("/api/admin/directory/import")
			.file(new MockMultipartFile("file", fileName, "text/csv", content))
			.param("kind", kind)
			.header("Accept-Language", "en-US")
			.with(httpBasic("admin", "demo")));
	}

	private long count(String table) {
		return jdbc.queryForObject("select count(*) from " + table, Long.class);
	}

	private interface WorkbookContent {

		void fill(XSSFWorkbook book);

	}

	private static byte[] workbook(WorkbookContent content) throws IOException {
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			content.fill(book);
			book.write(out);
			return out.toByteArray();
		}
	}

	private static Row row(Sheet sheet, int index, String... values) {
		Row row = sheet.createRow(index);
		for (int i = 0; i < values.length; i++) {
			if (values[i] != null) {
				row.createCell(i).setCellValue(values[i]);
			}
		}
		return row;
	}

}
