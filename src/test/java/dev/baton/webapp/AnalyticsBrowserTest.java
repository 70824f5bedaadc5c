package dev.baton.webapp;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.baton.support.BatonApi;
import dev.baton.support.BatonTest;
import dev.baton.webapp.WebApp.Device;
import dev.baton.webapp.WebApp.User;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The analytics dashboard (/analytics): the general manager finds it in the menu, sees
 * the trend chart and the cycle time per process, narrows it to the leave request and
 * sees its steps; an employee has no such menu entry; on a 375-px phone the page fits.
 * The test starts a leave request (rejected by lina) and a purchase request (left open)
 * today, and removes both afterwards.
 */
@BatonTest
class AnalyticsBrowserTest extends InTheBrowser {

	@Autowired
	MockMvc http;

	@Autowired
	TaskService tasks;

	@Autowired
	RuntimeService runtime;

	@Autowired
	HistoryService history;

	@Autowired
	JdbcTemplate jdbc;

	private final List<String> requests = new ArrayList<>();

	@BeforeEach
	void aLeaveAndAPurchaseToday() throws Exception {
		BatonApi api = new BatonApi(http);
		String leave = api.start("zhangwei", "leave-request", Map.of("leaveType", "annual", "startDate", "2030-07-01",
				"endDate", "2030-07-01", "days", 1, "reason", "分析浏览器测试"));
		requests.add(leave);
		api.decide("lina", tasks.createTaskQuery().processInstanceBusinessKey(leave).singleResult().getId(), "reject",
				"项目关键期", Map.of());
		Map<String, Object> purchase = new LinkedHashMap<>();
		purchase.put("title", "分析浏览器测试 Analytics test");
		purchase.put("reason", "新员工入职 New hires");
		purchase.put("neededBy", "2030-01-15");
		purchase.put("items", List.of(Map.of("name", "笔记本 Notebooks", "quantity", 10, "unitPrice", 12.5)));
		purchase.put("total", 125.0);
		requests.add(api.start("zhangwei", "purchase-request", purchase));
	}

	@AfterEach
	void removeTheRequests() {
		for (String request : requests) {
			String instance = jdbc.queryForObject("SELECT process_instance_id FROM baton_request WHERE id = ?",
					String.class, request);
			if (runtime.createProcessInstanceQuery().processInstanceId(instance).count() > 0) {
				runtime.deleteProcessInstance(instance, "analytics test");
			}
			history.deleteHistoricProcessInstanceIfExists(instance);
			jdbc.update("DELETE FROM baton_notification WHERE request_id = ?", request);
			for (String table : List.of("baton_request_participant", "baton_request_cc", "baton_request_mention",
					"baton_request_idempotency_key")) {
				jdbc.update("DELETE FROM " + table + " WHERE request_id = ?", request);
			}
			jdbc.update("DELETE FROM baton_request WHERE id = ?", request);
		}
	}

	@Test
	void the_general_manager_sees_the_trend_and_narrows_the_figures_to_one_process() {
		try (User zhouming = app.as("zhouming", Device.DESKTOP, "zh-CN")) {
			Page page = zhouming.page;
			// given the general manager, when he opens analytics from the menu
			zhouming.nav("分析");
			page.waitForURL(Pattern.compile(".*/analytics$"));
			// then the trend is drawn on a canvas and both processes have a row
			assertThat(page.getByTestId("chart").locator("canvas")).isVisible();
			Locator cycle = page.getByTestId("cycle-table");
			assertThat(cycle.locator("tr[data-process=leave-request]")).containsText("请假申请");
			assertThat(cycle.locator("tr[data-process=purchase-request]")).isVisible();
			assertThat(page.getByTestId("process-filter")).containsText("全部流程");
			assertThat(page.getByText("选择一个流程，查看其各步骤的耗时。")).isVisible();
			zhouming.screenshot("analytics");

			// when he chooses the leave request
			page.getByTestId("process-filter").click();
			page.locator(".el-select-dropdown__item:visible", new Page.LocatorOptions().setHasText("请假申请")).click();
			// then only the leave request is left, and its manager's step has a row
			assertThat(cycle.locator("tbody tr")).hasCount(1);
			assertThat(cycle.locator("tr[data-process=purchase-request]")).hasCount(0);
			Locator steps = page.getByTestId("step-table");
			assertThat(steps.locator("tr[data-step=Task_ManagerApproval]")).containsText("直属上级审批");
			assertThat(page.getByTestId("chart").locator("canvas")).isVisible();
		}
	}

	@Test
	void an_employee_has_no_analytics() {
		try (User zhangwei = app.as("zhangwei", Device.DESKTOP, "zh-CN")) {
			Page page = zhangwei.page;
			// given an employee, then the menu has no analytics
			assertThat(page.getByRole(AriaRole.NAVIGATION).first()).containsText("待办");
			assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("分析"))).hasCount(0);
			// and typing the address does not show the dashboard
			zhangwei.open("/analytics");
			assertThat(page.getByText("流程分析")).hasCount(0);
			assertThat(page.getByTestId("chart")).hasCount(0);
		}
	}

	@Test
	void the_dashboard_fits_a_phone() {
		try (User zhouming = app.as("zhouming", Device.PHONE, "zh-CN")) {
			Page page = zhouming.page;
			// given a 375-px phone, when the general manager opens analytics
			zhouming.open("/analytics");
			Locator canvas = page.getByTestId("chart").locator("canvas");
			assertThat(canvas).isVisible();
			assertThat(page.getByTestId("cycle-table")).isVisible();
			// then nothing is wider than the screen, the chart included
			zhouming.assertFitsScreen("the analytics dashboard");
			org.assertj.core.api.Assertions.assertThat(canvas.boundingBox().x + canvas.boundingBox().width)
				.isLessThanOrEqualTo(375);
			zhouming.screenshot("phone-analytics");
			// and with a process chosen, its steps fit too
			page.getByTestId("process-filter").click();
			page.locator(".el-select-dropdown__item:visible", new Page.LocatorOptions().setHasText("请假申请")).click();
			assertThat(page.getByTestId("step-table")).isVisible();
			zhouming.assertFitsScreen("the dashboard with a process's steps");
		}
	}

}
