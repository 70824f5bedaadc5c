package dev.baton.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import dev.baton.directory.DirectoryAdmin;
import dev.baton.directory.NewPerson;
import dev.baton.directory.SystemRole;
import dev.baton.support.BatonTest;
import dev.baton.tasks.ApprovalLedger;
import dev.baton.tasks.LedgerEntry;

/**
 * The audit view's API: the ledger searched by person, request, process, decision and
 * period, exported with Chinese headers, for administrators and auditors only. Every test
 * rolls back, so the entries it appends never reach the shared database.
 */
@BatonTest
@Transactional
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class AuditApiTest {

	static final String AUDITOR = "audit-reader";

	static final String AUDITOR_PASSWORD = "read-only-9";

	@Autowired
	MockMvc http;

	@Autowired
	ApprovalLedger ledger;

	@Autowired
	DirectoryAdmin directory;

	String key;

	@BeforeEach
	void givenAnAuditorAndThreeDecisionsOnTwoRequests() {
		directory.createPerson(
				new NewPerson(AUDITOR, "审计员", null, null, null, null, true, Set.of(SystemRole.AUDITOR), Set.of()),
				AUDITOR_PASSWORD);
		key = "AU-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		append(key + "-1", "leave-request:1:x", "lina", null, "approve", "同意，祝假期愉快", "2026-03-01T09:00:00Z");
		append(key + "-1", "leave-request:1:x", "zhouting", null, "reject", "日期冲突", "2026-03-02T09:00:00Z");
		append(key + "-2", "purchase-request:2:y", "lina", "wangfang", "transfer", "=HYPERLINK(\"x\")",
				"2026-04-01T09:00:00Z");
	}

	@Test
	void an_administrator_finds_entries_by_person_request_process_decision_and_period() throws Exception {
		// by request: both of the first request, newest first
		auditor(get("/api/audit/entries").param("request", key + "-1")).andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(2))
			.andExpect(jsonPath("$.items[0].decision").value("reject"))
			.andExpect(jsonPath("$.items[0].actor.name").value("周婷"))
			.andExpect(jsonPath("$.items[1].decision").value("approve"));
		// a part of the number finds both requests
		admin(get("/api/audit/entries").param("request", key.toLowerCase())).andExpect(jsonPath("$.total").value(3));
		// by person: lina acted twice; wangfang was the target of the transfer
		admin(get("/api/audit/entries").param("request", key).param("person", "lina"))
			.andExpect(jsonPath("$.total").value(2));
		admin(get("/api/audit/entries").param("request", key).param("person", "wangfang"))
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].target.name").value("王芳"));
		// by process and decision
		admin(get("/api/audit/entries").param("request", key).param("process", "purchase-request"))
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].processKey").value("purchase-request"));
		admin(get("/api/audit/entries").param("request", key).param("decision", "approve", "reject"))
			.andExpect(jsonPath("$.total").value(2));
		// by period: March only
		admin(get("/api/audit/entries").param("request", key)
			.param("from", "2026-03-01T00:00:00+08:00")
			.param("to", "2026-04-01T00:00:00+08:00")).andExpect(jsonPath("$.total").value(2));
		// a page of one
		admin(get("/api/audit/entries").param("request", key).param("size", "1").param("page", "2"))
			.andExpect(jsonPath("$.total").value(3))
			.andExpect(jsonPath("$.items.length()").value(1))
			.andExpect(jsonPath("$.items[0].decision").value("approve"));
	}

	@Test
	void bad_search_parameters_answer_400_naming_each() throws Exception {
		admin(get("/api/audit/entries").param("from", "yesterday").param("size", "1000"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("size")));
		admin(get("/api/audit/entries").param("from", "yesterday")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("from"));
		admin(get("/api/audit/entries").param("from", "2026-03-02T00:00:00Z").param("to", "2026-03-01T00:00:00Z"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("to"));
		admin(get("/api/audit/export").param("format", "pdf")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("format"));
	}

	@Test
	void the_xlsx_export_has_chinese_headers_and_one_row_per_entry() throws Exception {
		// when the auditor exports the search as Excel
		byte[] file = auditor(get("/api/audit/export").param("request", key).param("zone", "Asia/Shanghai"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type",
					"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString(".xlsx")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		// then the workbook reads back with the Chinese header and the entries, newest
		// first
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getSheetName()).isEqualTo("审计记录");
			assertThat(cells(sheet.getRow(0))).containsExactlyElementsOf(AuditController.HEADER);
			assertThat(sheet.getLastRowNum()).isEqualTo(3);
			List<String> transfer = cells(sheet.getRow(1));
			assertThat(transfer.subList(1, 10)).containsExactly("2026-04-01 17:00:00", "李娜", "lina", "转办", key + "-2",
					"purchase-request", "", "王芳", "wangfang");
			// a comment that looks like a formula stays text
			assertThat(sheet.getRow(1).getCell(10).getCellType())
				.isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
			assertThat(cells(sheet.getRow(3)).get(4)).isEqualTo("同意");
			assertThat(cells(sheet.getRow(3)).get(10)).isEqualTo("同意，祝假期愉快");
		}
	}

	@Test
	void the_csv_export_is_utf8_with_a_byte_order_mark_and_defuses_formulas() throws Exception {
		byte[] file = admin(
				get("/api/audit/export").param("request", key).param("format", "csv").param("zone", "Asia/Shanghai"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith("text/csv")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(file[0] & 0xFF).isEqualTo(0xEF);
		String[] lines = new String(file, StandardCharsets.UTF_8).substring(1).split("\r\n");
		assertThat(lines[0]).isEqualTo(String.join(",", AuditController.HEADER));
		assertThat(lines).hasSize(4);
		assertThat(lines[1]).contains("转办", "\"'=HYPERLINK(\"\"x\"\")\"");
		assertThat(lines[3]).contains("2026-03-01 17:00:00", "同意");
	}

	@Test
	void an_employee_may_not_read_the_audit() throws Exception {
		for (String path : new String[] { "/api/audit/entries", "/api/audit/export", "/api/audit/verification" }) {
			http.perform(get(path).with(httpBasic("zhangwei", "demo")))
				.andExpect(status().isForbidden())
				.andExpect(jsonPath("$.code").value("auth.forbidden"));
		}
	}

	@Test
	void an_auditor_reads_every_request_like_an_analyst() throws Exception {
		auditor(get("/api/requests").param("scope", "all")).andExpect(status().isOk());
		http.perform(get("/api/requests").param("scope", "all").with(httpBasic("zhangwei", "demo")))
			.andExpect(status().isForbidden());
	}

	private void append(String businessKey, String definition, String actor, String target, String decision,
			String comment, String at) {
		ledger.append(new LedgerEntry(null, "pi-" + businessKey, businessKey, definition, "step", null, "task-1", actor,
				target, decision, comment, null, Instant.parse(at)));
	}

	private static List<String> cells(Row row) {
		List<String> cells = new ArrayList<>();
		for (int i = 0; i < AuditController.HEADER.size(); i++) {
			cells.add(row.getCell(i) == null ? "" : row.getCell(i).getStringCellValue());
		}
		return cells;
	}

	private ResultActions admin(MockHttpServletRequestBuilder request) throws Exception {
		return http.perform(request.with(httpBasic("admin", "demo")));
	}

	private ResultActions auditor(MockHttpServletRequestBuilder request) throws Exception {
		return http.perform(request.with(httpBasic(AUDITOR, AUDITOR_PASSWORD)));
	}

}
