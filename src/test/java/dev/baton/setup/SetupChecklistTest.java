package dev.baton.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.List;

import jakarta.servlet.http.Cookie;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import dev.baton.support.BatonTest;

/**
 * The getting-started checklist on the shared demo database: its items tick from the real
 * state, the approvers can be marked reviewed, login slips set passwords shown once.
 * Every test rolls back what it writes.
 */
@BatonTest
@Transactional
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SetupChecklistTest {

	@Autowired
	MockMvc http;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void given_the_demo_organisation_then_the_checklist_lists_its_items_in_order_with_what_each_found()
			throws Exception {
		http.perform(get("/api/admin/setup").with(httpBasic("admin", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].id").value(contains("company", "organisation", "approvers", "logins")))
			.andExpect(jsonPath("$.items[0].link").value("/admin/settings"))
			.andExpect(jsonPath("$.items[1].link").value("/admin/org"))
			.andExpect(jsonPath("$.items[1].facts.demoPeople").value(17))
			.andExpect(jsonPath("$.items[2].facts.routes").value(org.hamcrest.Matchers.greaterThanOrEqualTo(21)))
			.andExpect(jsonPath("$.items[3].facts.neverLoggedIn").isNumber())
			.andExpect(jsonPath("$.dismissed").value(false));
	}

	@Test
	void given_a_person_of_the_company_in_a_department_then_the_organisation_item_ticks() throws Exception {
		http.perform(post("/api/admin/directory/people").with(httpBasic("admin", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"id\":\"own-person\",\"displayName\":\"自己人\",\"departmentId\":\"hr\"}"))
			.andExpect(status().isCreated());
		http.perform(get("/api/admin/setup").with(httpBasic("admin", "demo")))
			.andExpect(jsonPath("$.items[?(@.id == 'organisation')].done").value(contains(true)));
	}

	@Test
	void given_nobody_holds_the_role_a_step_asks_then_the_approver_check_marks_that_step_as_finding_nobody()
			throws Exception {
		String salesLeave = "$.samples[?(@.departmentId == 'sales' && @.processKey == 'leave-request')]";
		http.perform(get("/api/admin/setup/approvers").with(httpBasic("admin", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath(salesLeave + ".person.id").value(contains("liuyang")))
			.andExpect(jsonPath(salesLeave + ".steps[?(@.findsNobody == true)]").isEmpty());
		// given the HR specialist no longer holds the role that records leave
		jdbc.update("DELETE FROM baton_user_roles WHERE role_id = 'hr-specialist'");
		// when
		http.perform(get("/api/admin/setup/approvers").with(httpBasic("admin", "demo")))
			// then that step finds nobody, for every department's sample person
			.andExpect(status().isOk())
			.andExpect(jsonPath(salesLeave + ".steps[?(@.findsNobody == true)].name.en").value(contains("HR record")))
			.andExpect(jsonPath("$.samples[?(@.departmentId == 'hr' && @.processKey == 'leave-request')]"
					+ ".steps[?(@.findsNobody == true)].name.en")
				.value(contains("HR record")));
		http.perform(get("/api/admin/setup").with(httpBasic("admin", "demo")))
			.andExpect(jsonPath("$.items[?(@.id == 'approvers')].done").value(contains(false)));
		// and once an administrator marks them reviewed, the item ticks
		http.perform(post("/api/admin/setup/approvers/reviewed").with(httpBasic("admin", "demo")))
			.andExpect(status().isNoContent());
		http.perform(get("/api/admin/setup").with(httpBasic("admin", "demo")))
			.andExpect(jsonPath("$.items[?(@.id == 'approvers')].done").value(contains(true)))
			.andExpect(jsonPath("$.items[?(@.id == 'approvers')].facts.reviewed").value(contains(true)));
	}

	@Test
	void given_a_checklist_that_is_not_done_when_the_admin_dismisses_it_then_it_is_refused_naming_what_is_left()
			throws Exception {
		// given someone who has never logged in
		http.perform(post("/api/admin/directory/people").with(httpBasic("admin", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"id\":\"not-yet\",\"displayName\":\"还没登录\"}")).andExpect(status().isCreated());
		// when / then
		http.perform(
				post("/api/admin/setup/dismiss").with(httpBasic("admin", "demo")).header("Accept-Language", "en-US"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("logins")));
	}

	@Test
	void given_people_who_never_logged_in_when_the_admin_exports_login_slips_then_each_gets_a_first_password_to_change()
			throws Exception {
		// given two people who never logged in (browser tests earlier in the run may have
		// logged them in; rolled back with the test)
		jdbc.update("UPDATE baton_users SET last_login_at = NULL WHERE id IN ('yangxue', 'gaojian')");
		http.perform(get("/api/admin/setup/logins").with(httpBasic("admin", "demo")))
			.andExpect(jsonPath("$[*].id").value(hasItem("yangxue")));
		// when
		byte[] sheet = http
			.perform(post("/api/admin/setup/login-slips").with(httpBasic("admin", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"logins\":[\"yangxue\",\"gaojian\"]}"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		// then
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(sheet))) {
			DataFormatter cells = new DataFormatter();
			Row header = workbook.getSheetAt(0).getRow(0);
			assertThat(List.of(cells.formatCellValue(header.getCell(0)), cells.formatCellValue(header.getCell(1)),
					cells.formatCellValue(header.getCell(2))))
				.containsExactly("姓名", "账号", "初始密码");
			Row yangxue = workbook.getSheetAt(0).getRow(1);
			assertThat(cells.formatCellValue(yangxue.getCell(0))).isEqualTo("杨雪");
			assertThat(cells.formatCellValue(yangxue.getCell(1))).isEqualTo("yangxue");
			String password = cells.formatCellValue(yangxue.getCell(2));
			assertThat(password).hasSize(12);
			// the new password works, the old one no longer
			http.perform(get("/api/auth/session").with(httpBasic("yangxue", password)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.user.mustChangePassword").value(true));
			http.perform(get("/api/auth/session").with(httpBasic("yangxue", "demo")))
				.andExpect(status().isUnauthorized());
		}
	}

	@Test
	void given_someone_who_has_not_logged_in_when_they_log_in_on_the_login_page_then_they_are_no_longer_waiting()
			throws Exception {
		// given wujing has not logged in (as far as this test's transaction knows)
		jdbc.update("UPDATE baton_users SET last_login_at = NULL WHERE id = 'wujing'");
		http.perform(get("/api/admin/setup/logins").with(httpBasic("admin", "demo")))
			.andExpect(jsonPath("$[*].id").value(hasItem("wujing")));
		// when she logs in on the login page
		Cookie xsrf = http.perform(get("/api/auth/session")).andReturn().getResponse().getCookie("XSRF-TOKEN");
		http.perform(post("/api/auth/login").cookie(xsrf)
			.header("X-XSRF-TOKEN", xsrf.getValue())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"login\":\"wujing\",\"password\":\"demo\"}")).andExpect(status().isOk());
		// then
		assertThat(jdbc.queryForObject("SELECT last_login_at FROM baton_users WHERE id = 'wujing'",
				java.sql.Timestamp.class))
			.isNotNull();
		http.perform(get("/api/admin/setup/logins").with(httpBasic("admin", "demo")))
			.andExpect(jsonPath("$[*].id").value(not(hasItem("wujing"))));
	}

	@Test
	void given_an_unknown_login_when_the_admin_asks_for_slips_then_it_is_refused_naming_the_entry_and_nothing_changes()
			throws Exception {
		http.perform(post("/api/admin/setup/login-slips").with(httpBasic("admin", "demo"))
			.header("Accept-Language", "en-US")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"logins\":[\"yangxue\",\"nobody-here\"]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("logins[1]"))
			.andExpect(jsonPath("$.errors[0].message").value("There is nobody with the login \"nobody-here\"."));
		http.perform(get("/api/auth/session").with(httpBasic("yangxue", "demo"))).andExpect(status().isOk());
	}

	@Test
	void given_an_employee_then_the_checklist_and_its_actions_are_forbidden() throws Exception {
		http.perform(get("/api/admin/setup").with(httpBasic("zhangwei", "demo"))).andExpect(status().isForbidden());
		http.perform(post("/api/admin/setup/login-slips").with(httpBasic("zhangwei", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"logins\":[\"yangxue\"]}")).andExpect(status().isForbidden());
	}

}
