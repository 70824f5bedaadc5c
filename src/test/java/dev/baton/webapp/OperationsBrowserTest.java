package dev.baton.webapp;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.baton.support.BatonTest;
import dev.baton.webapp.WebApp.Device;
import dev.baton.webapp.WebApp.User;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The administrator's operations console (/admin/requests): a request stuck with someone
 * who has left is found among those that need help, reassigned with a reason that shows
 * in its history; another is moved to a step picked on the diagram and ended; on a 375-px
 * phone every page and dialog fits. The requests are zhouting's one-day leave requests
 * (her manager is sunli); whatever is still running at the end is ended.
 */
@BatonTest
class OperationsBrowserTest extends InTheBrowser {

	@Autowired
	TaskService tasks;

	@Autowired
	RuntimeService runtime;

	private final List<String> started = new ArrayList<>();

	private String stuck;

	@BeforeEach
	void aRequestWaitingForSomeoneWhoLeft() {
		stuck = leave();
		// qianjun had the step when he left
		tasks.setAssignee(openTask(stuck).getId(), "qianjun");
	}

	@AfterEach
	void endWhatIsStillRunning() {
		try (User admin = app.as("admin")) {
			for (String id : started) {
				if (runtime.createProcessInstanceQuery().processInstanceBusinessKey(id).count() > 0) {
					admin.api("POST", "/api/admin/requests/" + id + "/cancel", Map.of("reason", "测试结束"));
				}
			}
		}
	}

	@Test
	void an_administrator_reassigns_a_stuck_request_and_moves_and_ends_another() {
		String other = leave();
		try (User admin = app.as("admin", Device.DESKTOP, "zh-CN")) {
			Page page = admin.page;
			// the administration leads to operations
			admin.nav("系统管理");
			page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("系统管理"))
				.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("运维"))
				.click();
			page.waitForURL(Pattern.compile(".*/admin/requests$"));

			// the stuck request says why
			Locator row = helpRow(page, stuck, "assigneeLeft");
			assertThat(row).containsText("处理人已离职");
			assertThat(row).containsText("钱军");
			admin.screenshot("operations-needs-help");
			row.getByRole(AriaRole.LINK).click();
			page.waitForURL(Pattern.compile(".*/admin/requests/" + stuck + "$"));
			assertThat(page.getByTestId("ops-step")).containsText("钱军（已离职）");

			// reassigning asks for a reason first
			page.getByTestId("ops-reassign").click();
			Locator dialog = page.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions().setName("改派步骤"));
			pickPerson(page, dialog.getByLabel("改派给", new Locator.GetByLabelOptions().setExact(true)), "xuhao");
			dialog.getByTestId("confirm-ops-action").click();
			assertThat(dialog).containsText("请填写原因");
			dialog.getByLabel("原因").fill("钱军已离职，交给徐浩");
			dialog.getByTestId("confirm-ops-action").click();
			assertThat(page.getByTestId("ops-done")).containsText("已改派");
			assertThat(page.getByTestId("ops-step")).containsText("徐浩");
			assertThat(page.getByTestId("timeline")).containsText("改派（管理员）");
			assertThat(admin.timelineComments()).contains("钱军已离职，交给徐浩");
			assertThat(openTask(stuck).getAssignee()).isEqualTo("xuhao");
			// and no longer needs help
			page.getByText("返回运维").click();
			assertThat(page.locator("[data-testid=help-row][data-request='" + stuck + "']")).hasCount(0);

			// the other request, found among all requests
			page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("全部申请")).click();
			page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("搜索")).fill(other);
			Locator found = page.locator("[data-testid=ops-request][data-request='" + other + "']");
			assertThat(found).containsText("周婷");
			found.getByRole(AriaRole.LINK).click();

			// moved to the department head's approval, picked on the diagram
			page.getByTestId("ops-jump").click();
			Locator jump = page.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions().setName("移动到其他步骤"));
			jump.locator("[data-element-id=Task_DepartmentHeadApproval]").click();
			assertThat(jump.getByTestId("jump-target")).containsText("部门负责人审批");
			jump.getByLabel("原因").fill("经理出差，由部门负责人审批");
			jump.getByTestId("confirm-ops-action").click();
			assertThat(page.getByTestId("ops-done")).containsText("已移动");
			assertThat(page.getByTestId("ops-step")).containsText("部门负责人审批");

			// and ended
			page.getByTestId("ops-cancel").click();
			Locator end = page.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions().setName("终止申请"));
			end.getByLabel("原因").fill("重复申请");
			end.getByTestId("confirm-ops-action").click();
			assertThat(page.getByTestId("ops-done")).containsText("申请已终止");
			assertThat(page.getByText("已取消").first()).isVisible();
			assertThat(page.getByTestId("timeline")).containsText("终止（管理员）");
			assertThat(admin.timeline()).contains("系统管理员 admin-jump", "系统管理员 admin-cancel");
		}
		// zhouting sees who ended her request and why
		try (User zhouting = app.as("zhouting")) {
			zhouting.open("/requests/" + other);
			assertThat(zhouting.page.getByText("重复申请").first()).isVisible();
		}
	}

	@Test
	void the_console_fits_a_phone() {
		try (User admin = app.as("admin", Device.PHONE, "zh-CN")) {
			Page page = admin.page;
			admin.open("/admin/requests");
			helpRow(page, stuck, "assigneeLeft");
			admin.assertFitsScreen("the requests that need help");
			admin.screenshot("phone-operations");
			page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("全部申请")).click();
			assertThat(page.getByTestId("ops-request").first()).isVisible();
			admin.assertFitsScreen("all requests with their filters");
			page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("版本")).click();
			assertThat(page.getByTestId("process-versions").first()).isVisible();
			admin.assertFitsScreen("the versions");
			admin.open("/admin/requests/" + stuck);
			assertThat(page.getByTestId("ops-step")).containsText("钱军");
			admin.assertFitsScreen("a request in the console");
			page.getByTestId("ops-reassign").click();
			admin.assertInViewport(page.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions().setName("改派步骤")),
					"the reassign dialog");
			page.keyboard().press("Escape");
			page.getByTestId("ops-jump").click();
			Locator jump = page.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions().setName("移动到其他步骤"));
			assertThat(jump.getByTestId("bpmn-canvas")).isVisible();
			admin.assertInViewport(jump, "the move dialog with its diagram");
			admin.assertFitsScreen("the move dialog");
		}
	}

	private String leave() {
		try (User zhouting = app.as("zhouting")) {
			String id = zhouting
				.api("POST", "/api/requests",
						Map.of("processKey", "leave-request", "data", Map.of("leaveType", "annual", "startDate",
								"2030-06-03", "endDate", "2030-06-03", "days", 1, "reason", "运维浏览器测试")))
				.path("id")
				.asText();
			started.add(id);
			return id;
		}
	}

	private Task openTask(String requestId) {
		return tasks.createTaskQuery().processInstanceBusinessKey(requestId).singleResult();
	}

	private static Locator helpRow(Page page, String requestId, String reason) {
		Locator row = page
			.locator("[data-testid=help-row][data-request='" + requestId + "'][data-reason=" + reason + "]");
		assertThat(row).isVisible();
		return row;
	}

	/** Types a login into a person picker and picks the person it finds. */
	private static void pickPerson(Page page, Locator picker, String login) {
		picker.click();
		picker.pressSequentially(login);
		assertThat(page.locator("[role=option]:visible")).hasCount(1);
		page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(Pattern.compile("\\(" + login + "\\)$")))
			.click();
	}

}
