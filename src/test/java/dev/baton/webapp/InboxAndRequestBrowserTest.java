package dev.baton.webapp;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.baton.directory.DirectoryAdmin;
import dev.baton.directory.NewPerson;
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
import org.springframework.test.web.servlet.MockMvc;

/**
 * The inbox and the request page as an approver, a purchaser and an employee meet them,
 * in Chinese and English, on a phone and a desktop: tasks waiting to be claimed are not
 * "nothing to do", cards and task pages carry the request's key figures, the search finds
 * the initiator, a step of work is submitted rather than approved, a rejected request is
 * news with its reason on top and can be resubmitted, the request page shows what later
 * steps filled in, and every status has a name.
 */
@BatonTest
class InboxAndRequestBrowserTest extends InTheBrowser {

	@Autowired
	MockMvc http;

	@Autowired
	DirectoryAdmin directory;

	@Autowired
	TaskService taskService;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	HistoryService historyService;

	BatonApi api;

	private final List<String> buyers = new ArrayList<>();

	@BeforeEach
	void api() {
		api = new BatonApi(http);
	}

	@AfterEach
	void buyersLeave() {
		// the purchaser role's holders are the demo ones again for the tests that follow
		buyers.forEach(buyer -> directory.setActive(buyer, false));
	}

	@Test
	void a_task_waiting_to_be_claimed_is_not_nothing_to_do() throws Exception {
		// given a new purchaser with nothing assigned, and a purchase waiting to be
		// ordered
		String buyer = newPurchaser();
		String title = "文件柜 " + UUID.randomUUID().toString().substring(0, 8);
		String requestId = api.start("zhangwei", "purchase-request", purchase(title));
		api.decide("lina", openTask(requestId), "approve", null, Map.of());
		long waiting = BatonApi
			.body(http.perform(get("/api/tasks/counts").with(httpBasic(buyer, BUYER_PASSWORD)))
				.andExpect(status().isOk()))
			.path("candidate")
			.asLong();
		assertThat(waiting).isPositive();

		// when they open the inbox on a phone
		try (User phone = login(buyer, Device.PHONE, "zh-CN")) {
			// then it says how many tasks wait to be claimed, and the tab bar counts them
			Locator empty = phone.page.getByTestId("waiting-to-claim");
			assertThat(empty).containsText("没有分配给你的待办，但有 " + waiting + " 项待办等你认领");
			assertThat(empty).not().containsText("一切都处理完了");
			assertThat(phone.page.locator(".tabbar").getByTestId("tab-badge").first())
				.hasText(waiting > 99 ? "99+" : String.valueOf(waiting));
			phone.screenshot("phone-inbox-waiting-to-claim");
			// and one tap shows them, with the request's total
			empty.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("去认领")).click();
			assertThat(phone.page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName(Pattern.compile("^可认领"))))
				.hasAttribute("aria-selected", "true");
			phone.page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("搜索")).fill(title);
			Locator card = phone.taskItem(title);
			assertThat(card.getByTestId("request-summary")).containsText("合计（元）");
			assertThat(card.getByTestId("request-summary")).containsText("185");
			phone.assertFitsScreen("the claimable tab");
			phone.screenshot("phone-inbox-claimable-with-summary");
		}

		// and in English on a desktop
		try (User desktop = login(buyer, Device.DESKTOP, "en-US")) {
			assertThat(desktop.page.getByTestId("waiting-to-claim")).containsText("Nothing is assigned to you, but "
					+ (waiting == 1 ? "one task is" : waiting + " tasks are") + " waiting to be claimed");
			assertThat(desktop.page.locator(".topnav").getByTestId("nav-badge").first())
				.hasText(String.valueOf(waiting));
			desktop.screenshot("inbox-waiting-to-claim-en");
		}
	}

	@Test
	void an_approver_finds_a_request_by_its_initiator_sees_its_total_first_and_procurement_submits_its_step()
			throws Exception {
		String title = "投影仪 " + UUID.randomUUID().toString().substring(0, 8);
		String requestId = api.start("zhangwei", "purchase-request", purchase(title));

		// lina finds it by the initiator's name, and its total is on the card
		try (User lina = app.as("lina")) {
			Locator search = lina.page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("搜索"));
			assertThat(search).hasAttribute("placeholder", Pattern.compile("发起人"));
			search.fill("张伟");
			Locator row = lina.taskItem(title);
			assertThat(row.getByTestId("request-summary")).containsText("185");
			search.fill("刘洋");
			assertThat(lina.taskItem(title)).hasCount(0);
			search.fill(requestId);
			lina.screenshot("inbox-search-with-summary");

			// the task page shows the total at the top, above the form that ends with it
			lina.taskItem(title).getByRole(AriaRole.LINK).first().click();
			lina.page.waitForURL(Pattern.compile(".*/tasks/.+"));
			Locator summary = lina.page.locator(".task-header").getByTestId("request-summary");
			assertThat(summary).containsText("合计（元）");
			assertThat(summary).containsText("185");
			assertThat(summary).isInViewport();
			assertThat(lina.page.locator(".fjs-form")).isVisible();
			assertThat(summary.boundingBox().y).isLessThan(lina.page.locator(".fjs-form").boundingBox().y);
			// an approval step is approved
			lina.button("同意").click();
			assertThat(lina.page.getByRole(AriaRole.DIALOG)).containsText("同意申请");
			lina.page.getByRole(AriaRole.DIALOG).getByTestId("confirm-action").click();
			lina.page.waitForURL(Pattern.compile(".*/inbox.*"));
		}

		// wujing's order step asks for input: it is submitted, and its dialog says so
		try (User wujing = app.as("wujing")) {
			wujing.openTask(title);
			assertThat(wujing.button("同意")).hasCount(0);
			wujing.label("供应商 / Supplier").fill("得力 Deli");
			wujing.label("订单号 / Order number").fill("DL-2030-9");
			wujing.date("预计到货日期 / Expected delivery", "2030-02-20");
			wujing.button("提交").click();
			Locator dialog = wujing.page.getByRole(AriaRole.DIALOG);
			assertThat(dialog).containsText("提交本环节");
			assertThat(dialog).not().containsText("同意申请");
			assertThat(dialog.getByTestId("confirm-action")).hasText("提交");
			wujing.screenshot("task-order-submit-dialog");
			dialog.getByTestId("confirm-action").click();
			wujing.page.waitForURL(Pattern.compile(".*/inbox.*"));
		}

		// zhangwei's request page shows the order under the step that placed it
		try (User zhangwei = app.as("zhangwei")) {
			zhangwei.openMyRequest(title);
			Locator order = zhangwei.page.locator("[data-testid=data-section][data-step=Task_PlaceOrder]");
			assertThat(order).containsText("采购下单");
			assertThat(order).containsText("供应商 / Supplier");
			assertThat(order).containsText("得力 Deli");
			assertThat(order).containsText("DL-2030-9");
			assertThat(zhangwei.page.locator("[data-testid=data-section][data-step=StartEvent_RequestSubmitted]"))
				.containsText("合计（元） / Total (CNY)");
			assertThat(zhangwei.page.locator(".page-header ~ [data-testid=request-summary]")).containsText("得力 Deli");
			zhangwei.screenshot("request-data-by-step");
		}
		try (User zhangwei = app.as("zhangwei", Device.PHONE, "zh-CN")) {
			zhangwei.open("/requests/" + requestId);
			assertThat(zhangwei.page.locator("[data-testid=data-section][data-step=Task_PlaceOrder]"))
				.containsText("得力 Deli");
			zhangwei.assertFitsScreen("the request's data by step");
			zhangwei.screenshot("phone-request-data-by-step");
		}

		// in English, the step of work says Submit too
		try (User huangqiang = app.as("huangqiang", Device.DESKTOP, "en-US")) {
			String other = api.start("zhangwei", "purchase-request", purchase("Shelves " + title));
			api.decide("lina", openTask(other), "approve", null, Map.of());
			String order = openTask(other);
			api.claim("huangqiang", order);
			huangqiang.open("/tasks/" + order);
			assertThat(huangqiang.button("Approve")).hasCount(0);
			huangqiang.label("供应商 / Supplier").fill("IKEA");
			huangqiang.label("订单号 / Order number").fill("IK-1");
			huangqiang.date("预计到货日期 / Expected delivery", "2030-02-20");
			huangqiang.button("Submit").click();
			assertThat(huangqiang.page.getByRole(AriaRole.DIALOG)).containsText("Submit this step");
			assertThat(huangqiang.page.getByRole(AriaRole.DIALOG).getByTestId("confirm-action")).hasText("Submit");
			huangqiang.page.getByRole(AriaRole.DIALOG).getByTestId("confirm-action").click();
			huangqiang.page.waitForURL(Pattern.compile(".*/inbox.*"));
		}
	}

	@Test
	void a_rejected_request_is_news_with_its_reason_on_top_and_can_be_resubmitted() throws Exception {
		// given lina rejected zhangwei's two days of leave
		String requestId = api.start("zhangwei", "leave-request", leave(2));
		api.decide("lina", openTask(requestId), "reject", "项目关键期，请改期 Critical phase", Map.of());
		long unread = api.get("zhangwei", "/api/requests/counts").path("unread").asLong();
		assertThat(unread).isPositive();

		try (User zhangwei = app.as("zhangwei", Device.PHONE, "zh-CN")) {
			// the tab bar shows news on his requests, and the list marks it unread
			Locator badge = zhangwei.page.locator(".tabbar")
				.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(Pattern.compile("我的申请")))
				.getByTestId("tab-badge");
			assertThat(badge).hasText(unread > 99 ? "99+" : String.valueOf(unread));
			zhangwei.nav("我的申请");
			Locator item = zhangwei.page.getByTestId("request-item")
				.filter(new Locator.FilterOptions().setHasText(requestId));
			assertThat(item).hasClass(Pattern.compile("unread"));
			assertThat(item.getByTestId("request-status")).hasText("已拒绝");
			assertThat(item.getByTestId("request-summary")).containsText("年假");
			zhangwei.screenshot("phone-my-requests-unread");

			// the request page says who rejected it, where and why, before anything else
			item.getByRole(AriaRole.LINK).first().click();
			zhangwei.page.waitForURL(Pattern.compile(".*/requests/.+"));
			Locator outcome = zhangwei.page.getByTestId("request-outcome");
			assertThat(outcome).containsText("李娜 在「直属上级审批」拒绝了这项申请");
			assertThat(outcome).containsText("项目关键期，请改期 Critical phase");
			assertThat(outcome).isInViewport();
			zhangwei.assertFitsScreen("the rejected request");
			zhangwei.screenshot("phone-request-rejected");
			// and the diagram, one tap away on a phone, draws the step where it ended
			zhangwei.page.getByTestId("show-diagram").tap();
			Locator diagram = zhangwei.page.getByRole(AriaRole.DIALOG);
			assertThat(diagram.locator(".bpmn-canvas .djs-element.baton-stopped[data-element-id=Task_ManagerApproval]"))
				.hasCount(1);
			assertThat(diagram.getByTestId("diagram-stopped")).hasText("在此被拒绝");
			zhangwei.page.keyboard().press("Escape");
			assertThat(diagram).isHidden();
			// and having read it, the badge goes down
			if (unread == 1) {
				assertThat(badge).hasCount(0);
			}
			else {
				assertThat(badge).hasText(unread - 1 > 99 ? "99+" : String.valueOf(unread - 1));
			}

			// he starts again from it: the form is filled in with its data
			zhangwei.button("重新提交").click();
			zhangwei.page.waitForURL(Pattern.compile(".*/start/leave-request\\?from=.*"));
			assertThat(zhangwei.page.getByTestId("prefilled-from")).containsText(requestId);
			assertThat(zhangwei.label("天数 / Days")).hasValue("2");
			assertThat(zhangwei.label("请假事由 / Reason")).hasValue("探亲 Family visit");
			zhangwei.screenshot("phone-resubmit-prefilled");
			zhangwei.button("提交申请").click();
			zhangwei.page.waitForURL(Pattern.compile(".*/requests/[^/]+$"));
			assertThat(zhangwei.page).not().hasURL(Pattern.compile(".*/requests/" + requestId + "$"));
			assertThat(zhangwei.page.getByTestId("request-status")).hasText("审批中");
		}

		// in English on a desktop
		try (User zhangwei = app.as("zhangwei", Device.DESKTOP, "en-US")) {
			zhangwei.open("/requests/" + requestId);
			assertThat(zhangwei.page.getByTestId("request-outcome"))
				.containsText("李娜 rejected this request at “Manager approval”");
			assertThat(zhangwei.button("Resubmit")).isVisible();
			zhangwei.screenshot("request-rejected-en");
		}
	}

	@Test
	void what_i_did_is_under_done_and_every_status_has_a_name() throws Exception {
		// given lina rejected liuyang's leave and an administrator cancelled another
		String rejected = api.start("liuyang", "leave-request", leave(1));
		api.decide("lina", openTask(rejected), "reject", "人手不足 Short-staffed", Map.of());
		String cancelled = api.start("liuyang", "leave-request", leave(3));
		runtimeService.deleteProcessInstance(instanceOf(cancelled), "obsolete");

		// lina finds her reject under "done", with the request's status now
		try (User lina = app.as("lina", Device.PHONE, "zh-CN")) {
			lina.page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName(Pattern.compile("^已处理"))).click();
			Locator done = lina.page.getByTestId("handled-item").first();
			assertThat(done).containsText("直属上级审批");
			assertThat(done.getByTestId("request-status")).hasText("已拒绝");
			assertThat(done.locator(".handled-decision")).hasText("拒绝");
			assertThat(done).containsText("人手不足 Short-staffed");
			lina.assertFitsScreen("the done-by-me list");
			lina.screenshot("phone-inbox-done");
		}
		try (User lina = app.as("lina")) {
			lina.open("/inbox?scope=done");
			assertThat(lina.page.getByTestId("handled-item").first().getByTestId("request-status")).hasText("已拒绝");
			lina.screenshot("inbox-done");
		}

		// liuyang's cancelled request is named and found by its status, in both languages
		try (User liuyang = app.as("liuyang")) {
			liuyang.nav("我的申请");
			Locator item = liuyang.page.getByTestId("request-item")
				.filter(new Locator.FilterOptions().setHasText(cancelled));
			assertThat(item.getByTestId("request-status")).hasText("已取消");
			liuyang.page.locator(".status-filter").click();
			liuyang.page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("已取消")).click();
			assertThat(
					liuyang.page.getByTestId("request-item").filter(new Locator.FilterOptions().setHasText(cancelled)))
				.hasCount(1);
			assertThat(liuyang.page.getByText("CANCELLED")).hasCount(0);
			assertThat(
					liuyang.page.getByTestId("request-item").filter(new Locator.FilterOptions().setHasText(rejected)))
				.hasCount(0);
			liuyang.screenshot("my-requests-cancelled");
		}
		try (User liuyang = app.as("liuyang", Device.DESKTOP, "en-US")) {
			liuyang.nav("My requests");
			assertThat(liuyang.page.getByTestId("request-item")
				.filter(new Locator.FilterOptions().setHasText(cancelled))
				.getByTestId("request-status")).hasText("Cancelled");
		}
	}

	// ---------------------------------------------------------------- helpers

	private static final String BUYER_PASSWORD = "buyer-password";

	/** A new person who holds the purchaser role (password {@value #BUYER_PASSWORD}). */
	private String newPurchaser() {
		String id = "buyer-" + UUID.randomUUID().toString().substring(0, 8);
		directory.createPerson(
				new NewPerson(id, "采购员" + id.substring(6), null, null, null, null, true, Set.of(), Set.of("purchaser")),
				BUYER_PASSWORD);
		buyers.add(id);
		return id;
	}

	/** A new purchaser logged in on the login page, as WebApp logs in the demo users. */
	private User login(String buyer, Device device, String locale) {
		User user = app.visitor(device, locale);
		user.login(buyer, BUYER_PASSWORD);
		return user;
	}

	private String instanceOf(String requestId) {
		return historyService.createHistoricProcessInstanceQuery()
			.processInstanceBusinessKey(requestId)
			.singleResult()
			.getId();
	}

	/** The request's only open task. */
	private String openTask(String requestId) {
		return taskService.createTaskQuery().processInstanceId(instanceOf(requestId)).singleResult().getId();
	}

	private static Map<String, Object> purchase(String title) {
		Map<String, Object> data = new java.util.LinkedHashMap<>();
		data.put("title", title);
		data.put("reason", "办公室扩容 More desks");
		data.put("neededBy", "2030-01-15");
		data.put("items", java.util.List.of(Map.of("name", "笔记本 Notebooks", "quantity", 10, "unitPrice", 12.5),
				Map.of("name", "签字笔 Pens", "quantity", 20, "unitPrice", 3)));
		data.put("total", 0);
		return data;
	}

	private static Map<String, Object> leave(double days) {
		Map<String, Object> data = new java.util.LinkedHashMap<>();
		data.put("leaveType", "annual");
		data.put("startDate", "2030-05-06");
		data.put("endDate", "2030-05-10");
		data.put("days", days);
		data.put("reason", "探亲 Family visit");
		return data;
	}

}
