package dev.baton.webapp;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.baton.directory.Directory;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.baton.support.BatonTest;
import dev.baton.support.Http;
import dev.baton.webapp.WebApp.Device;
import dev.baton.webapp.WebApp.User;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Someone leaves (离职交接) in the administrator's console: marking a team lead as left shows
 * the approval waiting for them, their report and the team they head, and hands it all to
 * a successor; on a phone in Chinese the hand-over fits the screen. Everything this test
 * makes has a random suffix and is removed afterwards (the request's instance too), so
 * the demo organisation stays as the other tests expect it.
 */
@BatonTest
class DepartureBrowserTest extends InTheBrowser {

	private static final ObjectMapper JSON = new ObjectMapper();

	@Autowired
	Directory directory;

	@Autowired
	TaskService taskService;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	JdbcTemplate jdbc;

	private String suffix;

	private String team;

	private String lead;

	private String member;

	private String successor;

	@BeforeEach
	void a_team_whose_lead_has_a_leave_request_to_approve() {
		suffix = String.valueOf(ThreadLocalRandom.current().nextInt(100_000, 1_000_000));
		team = "leave-team-" + suffix;
		lead = "lead" + suffix;
		member = "member" + suffix;
		successor = "next" + suffix;
		try (User admin = app.as("admin", Device.DESKTOP, "en-US")) {
			admin.api("POST", "/api/admin/directory/departments",
					Map.of("id", team, "nameZh", "交接组" + suffix, "nameEn", "Hand-over team " + suffix));
			admin.api("POST", "/api/admin/directory/people", Map.of("id", lead, "displayName", "组长" + suffix,
					"departmentId", team, "password", "password-" + suffix));
			admin.api("PUT", "/api/admin/directory/departments/" + team,
					Map.of("nameZh", "交接组" + suffix, "nameEn", "Hand-over team " + suffix, "headUserId", lead));
			admin.api("POST", "/api/admin/directory/people", Map.of("id", member, "displayName", "组员" + suffix,
					"departmentId", team, "managerId", lead, "password", "password-" + suffix));
			admin.api("POST", "/api/admin/directory/people",
					Map.of("id", successor, "displayName", "接任者" + suffix, "departmentId", team));
		}
		// the passwords the administrator chose count as the people's own here (a first
		// password must otherwise be changed before anything else)
		jdbc.update("UPDATE baton_users SET must_change_password = FALSE WHERE id IN (?, ?)", lead, member);
		// the member asks for a day off: it waits for the lead
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("leaveType", "annual");
		data.put("startDate", "2030-05-06");
		data.put("endDate", "2030-05-06");
		data.put("days", 1);
		data.put("reason", "家事");
		Http http = new Http(port);
		var started = http.send(http.request("/api/requests", member, "password-" + suffix)
			.header("Content-Type", "application/json")
			.POST(Http.json(JSON.valueToTree(Map.of("processKey", "leave-request", "data", data)).toString())));
		assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
	}

	@AfterEach
	void remove_what_this_test_made() {
		for (var instance : runtimeService.createProcessInstanceQuery()
			.variableValueEquals("initiator", member)
			.list()) {
			runtimeService.deleteProcessInstance(instance.getId(), "test over", true, true);
		}
		String ours = "%" + suffix;
		jdbc.update("UPDATE baton_departments SET head_user_id = NULL WHERE head_user_id LIKE ?", ours);
		jdbc.update("UPDATE baton_users SET manager_id = NULL WHERE manager_id LIKE ?", ours);
		jdbc.update("DELETE FROM baton_user_roles WHERE user_id LIKE ?", ours);
		jdbc.update("DELETE FROM baton_user_system_roles WHERE user_id LIKE ?", ours);
		jdbc.update("DELETE FROM baton_users WHERE id LIKE ?", ours);
		jdbc.update("DELETE FROM baton_departments WHERE id LIKE ?", ours);
	}

	@Test
	void the_administrator_hands_a_leaving_team_leads_work_to_a_successor() {
		Task approval = taskService.createTaskQuery().taskAssignee(lead).singleResult();
		assertThat(approval).isNotNull();
		try (User admin = app.as("admin", Device.DESKTOP, "en-US")) {
			Page page = admin.page;
			admin.nav("Administration");
			page.waitForURL(Pattern.compile(".*/admin/org$"));
			page.getByTestId("department-" + team).click();
			Locator row = page.locator(".person-row", new Page.LocatorOptions().setHasText(lead));
			row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Mark as left")).click();

			// the hand-over shows what depends on the lead
			Locator dialog = page.getByRole(AriaRole.DIALOG,
					new Page.GetByRoleOptions().setName("组长" + suffix + " leaves"));
			Locator impact = dialog.getByTestId("departure-impact");
			assertThat(impact).containsText("Open tasks (1)");
			assertThat(impact).containsText("theirs to decide");
			assertThat(impact).containsText("组员" + suffix);
			assertThat(impact).containsText("Hand-over team " + suffix);

			// confirming without a successor is refused at the field
			admin.allowConsoleError(Pattern.compile("status of 400 .*/departure"));
			dialog.getByTestId("confirm-departure").click();
			assertThat(dialog.locator(".el-form-item__error")).containsText("Choose who takes over");
			assertThat(directory.person(lead).orElseThrow().active()).isTrue();

			// with a successor, everything moves
			Locator picker = dialog.getByRole(AriaRole.COMBOBOX, new Locator.GetByRoleOptions().setName("Successor"));
			picker.click();
			picker.pressSequentially(successor);
			assertThat(page.locator("[role=option]:visible")).hasCount(1);
			page.getByRole(AriaRole.OPTION,
					new Page.GetByRoleOptions().setName(Pattern.compile("\\(" + successor + "\\)$")))
				.click();
			dialog.getByTestId("departure-comment").fill("组长离职交接");
			admin.screenshot("desktop-departure");
			dialog.getByTestId("confirm-departure").click();
			assertThat(dialog).isHidden();
			assertThat(page.locator(".person-row", new Page.LocatorOptions().setHasText(lead))).hasCount(0);
		}
		// then the approval waits for the successor, recorded as the administrator's
		// transfer
		assertThat(taskService.createTaskQuery().taskId(approval.getId()).singleResult().getAssignee())
			.isEqualTo(successor);
		assertThat(jdbc.queryForObject(
				"SELECT COUNT(*) FROM baton_approval_ledger WHERE task_id = ? AND decision = 'transfer' AND actor_id = 'admin' AND target_id = ?",
				Integer.class, approval.getId(), successor))
			.isEqualTo(1);
		// and the member reports to the successor, who heads the team; the lead has left
		assertThat(directory.person(member).orElseThrow().managerId()).isEqualTo(successor);
		assertThat(directory.department(team).orElseThrow().headUserId()).isEqualTo(successor);
		assertThat(directory.person(lead).orElseThrow().active()).isFalse();
	}

	@Test
	void the_hand_over_fits_a_phone_in_chinese() {
		try (User admin = app.as("admin", Device.PHONE, "zh-CN")) {
			Page page = admin.page;
			admin.open("/admin/org");
			page.getByTestId("department-" + team).click();
			Locator row = page.getByTestId("person-row").filter(new Locator.FilterOptions().setHasText(lead));
			row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("设为离职")).click();
			Locator dialog = page.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions().setName("组长" + suffix + "离职"));
			assertThat(dialog.getByTestId("departure-impact")).containsText("待办任务（1）");
			assertThat(dialog.getByTestId("departure-impact")).containsText("组员" + suffix);
			admin.assertInViewport(dialog, "the hand-over");
			admin.assertFitsScreen("the hand-over");
			admin.screenshot("phone-departure");
			dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("取消")).click();
			assertThat(directory.person(lead).orElseThrow().active()).isTrue();
		}
	}

}
