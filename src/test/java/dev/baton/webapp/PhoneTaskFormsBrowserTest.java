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
import dev.baton.support.BatonTest;
import dev.baton.webapp.WebApp.Device;
import dev.baton.webapp.WebApp.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Every step of the three shipped processes, opened on a 375-px phone by the person whose
 * task it is: the task page with its form is never wider than the screen, and each dialog
 * it opens lies inside the screen. The requests are brought from step to step through the
 * API in each person's own session.
 */
@BatonTest
class PhoneTaskFormsBrowserTest extends InTheBrowser {

	private final Map<String, User> phones = new LinkedHashMap<>();

	@Test
	void every_step_of_a_purchase_fits_the_phone_and_so_do_the_dialogs_of_a_task() {
		Map<String, Object> purchase = Map.of("title", "服务器 " + System.nanoTime(), "reason", "机房扩容", "neededBy",
				"2030-03-01", "items", List.of(Map.of("name", "机架式服务器", "quantity", 2, "unitPrice", 28_500)));
		String id = start("zhangwei", "purchase-request", purchase);

		User lina = step("lina", id, "部门负责人审批", "purchase-1-department-head");
		everyDialogOfTheTaskFits(lina);
		lina.decide(id, "approve", null);
		step("wangfang", id, "财务审批", "purchase-2-finance").decide(id, "return", null);
		step("zhangwei", id, "修改并重新提交", "purchase-3-revise").decide(id, "approve", purchase);
		phone("lina").decide(id, "approve", null);
		phone("wangfang").decide(id, "approve", null);
		step("zhouming", id, "总经理审批", "purchase-4-general-manager").decide(id, "approve", null);
		step("huangqiang", id, "采购下单", "purchase-5-order").decide(id, "approve",
				Map.of("supplier", "联想华北代理", "orderNumber", "PO-2030-118", "expectedDelivery", "2030-02-20"));

		// the receipt step, once 560 px wide: its long checkbox label wraps, the action
		// bar and the tab bar fit, and 提交 opens its dialog where the user sees it
		User zhangwei = step("zhangwei", id, "确认收货", "purchase-6-receipt");
		Locator received = zhangwei.label("已全部收到，数量和质量无误 / Everything received in full and in good order");
		received.scrollIntoViewIfNeeded();
		zhangwei.assertInViewport(received, "the receipt checkbox");
		received.check();
		zhangwei.assertInViewport(zhangwei.page.getByRole(AriaRole.TOOLBAR), "the action bar");
		zhangwei.assertInViewport(zhangwei.page.locator(".tabbar"), "the tab bar");
		zhangwei.button("提交").click();
		Locator dialog = zhangwei.page.getByRole(AriaRole.DIALOG);
		zhangwei.assertInViewport(dialog, "the confirmation of the receipt");
		zhangwei.screenshot("phone-purchase-6-receipt-confirm");
		dialog.getByTestId("confirm-action").click();
		zhangwei.page.waitForURL(Pattern.compile(".*/inbox.*"));

		zhangwei.open("/requests/" + id);
		assertThat(zhangwei.page.getByTestId("request-status")).hasText("已完成");
		zhangwei.assertFitsScreen("the completed purchase request");
		zhangwei.screenshot("phone-purchase-completed");
	}

	@Test
	void every_step_of_a_leave_request_fits_the_phone() {
		String id = start("yangxue", "leave-request", Map.of("leaveType", "annual", "startDate", "2030-05-06",
				"endDate", "2030-05-10", "days", 5, "reason", "回老家探亲"));
		step("gaojian", id, "直属上级审批", "leave-1-manager").decide(id, "approve", null);
		step("chenjie", id, "部门负责人审批", "leave-2-department-head").decide(id, "approve", null);
		step("zhouting", id, "人事备案", "leave-3-hr").decide(id, "approve",
				Map.of("recorded", true, "hrNotes", "已录入考勤系统"));
		User yangxue = phone("yangxue");
		yangxue.open("/requests/" + id);
		assertThat(yangxue.page.getByTestId("request-status")).hasText("已完成");
		yangxue.assertFitsScreen("the completed leave request");
	}

	@Test
	void every_step_of_a_project_handoff_fits_the_phone() {
		String id = start("zhangwei", "project-handoff",
				Map.of("projectName", "华东仓储系统 " + System.nanoTime(), "customer", "华东物流有限公司", "contractNumber",
						"HT-2030-018", "contractAmount", 380_000, "signedDate", "2026-11-01", "handoffChecklist",
						List.of("contract-signed"), "notes", "客户希望一月上线"));
		User review = step("chenjie", id, "交付评审", "handoff-1-review");
		// whether delivery sends it back is not decided yet: the list says that step may
		// come
		assertThat(review.page.getByTestId("progress-steps")
			.locator("[data-state=pending]")
			.filter(new Locator.FilterOptions().setHasText("补充交接资料"))).containsText("视情况");
		review.decide(id, "approve", Map.of("handoffDecision", "return", "reviewNotes", "缺少工作说明书"));
		step("zhangwei", id, "补充交接资料", "handoff-2-missing-information").decide(id, "approve",
				Map.of("answer", "已上传工作说明书 v2", "handoffChecklist", List.of("contract-signed", "sow-attached")));
		phone("chenjie").decide(id, "approve", Map.of("handoffDecision", "accept", "reviewNotes", "可以启动"));
		step("zhaolei", id, "设置开票计划", "handoff-3-billing").decide(id, "approve", Map.of("invoiceSchedule",
				List.of(Map.of("milestone", "首付款", "invoiceDate", "2030-01-10", "amount", 114_000))));
		step("xuhao", id, "准备项目资源", "handoff-4-resources").decide(id, "approve", Map.of("resourcesReady", true));
		step("chenjie", id, "项目启动会", "handoff-5-kickoff").decide(id, "approve", Map.of("kickoffDate", "2030-01-15"));
		User zhangwei = phone("zhangwei");
		zhangwei.open("/requests/" + id);
		assertThat(zhangwei.page.getByTestId("request-status")).hasText("已完成");
		zhangwei.assertFitsScreen("the completed project handoff");
	}

	/** Starts a request through the API as the initiator; answers its id. */
	private String start(String initiator, String processKey, Map<String, Object> data) {
		return phone(initiator).api("POST", "/api/requests", Map.of("processKey", processKey, "data", data))
			.path("id")
			.asText();
	}

	/**
	 * Opens the person's task of the request on their phone, waits for its form and the
	 * request's progress, and checks that the page fits the screen.
	 */
	private User step(String login, String requestId, String stepName, String screenshot) {
		User user = phone(login);
		user.open("/tasks/" + user.taskOf(requestId));
		assertThat(user.page.getByTestId("task-step")).hasText(stepName);
		assertThat(user.page.locator(".fjs-form")).isVisible();
		assertThat(user.page.getByTestId("progress-steps")).isVisible();
		user.assertFitsScreen("the task page of " + stepName);
		user.assertInViewport(user.page.getByRole(AriaRole.TOOLBAR), "the action bar of " + stepName);
		user.screenshot("phone-" + screenshot);
		return user;
	}

	/** Opens and cancels each dialog and menu of a task page, each inside the screen. */
	private static void everyDialogOfTheTaskFits(User user) {
		for (String action : List.of("同意", "拒绝", "退回")) {
			user.button(action).click();
			dialogFits(user, action);
		}
		for (String action : List.of("转交", "委派", "加签", "抄送", "评论")) {
			user.button("更多").click();
			Locator menu = user.page.getByRole(AriaRole.MENU);
			user.assertInViewport(menu, "the task's more menu");
			menu.getByRole(AriaRole.MENUITEM, new Locator.GetByRoleOptions().setName(action)).click();
			if (action.equals("转交")) {
				// the person picker's list of people fits too
				user.page.getByRole(AriaRole.DIALOG).locator(".el-select").click();
				user.page.keyboard().type("wang");
				Locator option = user.page.getByRole(AriaRole.OPTION).first();
				assertThat(option).isVisible();
				user.assertInViewport(
						user.page.locator(".el-select-dropdown")
							.filter(new Locator.FilterOptions().setHas(user.page.getByRole(AriaRole.OPTION))),
						"the list of people");
				option.click();
				assertThat(option).isHidden();
				user.screenshot("phone-task-transfer-dialog");
			}
			dialogFits(user, action);
		}
	}

	private static void dialogFits(User user, String action) {
		Locator dialog = user.page.getByRole(AriaRole.DIALOG);
		user.assertInViewport(dialog, "the dialog of " + action);
		user.assertFitsScreen("the task page with the dialog of " + action);
		dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("取消")).click();
		assertThat(dialog).isHidden();
	}

	private User phone(String login) {
		return phones.computeIfAbsent(login, person -> app.as(person, Device.PHONE, "zh-CN"));
	}

	@AfterEach
	void closePhones() {
		List<AssertionError> failures = new ArrayList<>();
		for (User user : phones.values()) {
			try {
				user.close();
			}
			catch (AssertionError failure) {
				failures.add(failure);
			}
		}
		phones.clear();
		if (!failures.isEmpty()) {
			AssertionError all = new AssertionError(failures.size() + " phone(s) reported errors");
			failures.forEach(all::addSuppressed);
			throw all;
		}
	}

}
