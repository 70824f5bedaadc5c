package dev.baton.webapp;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import dev.baton.support.BatonTest;
import dev.baton.webapp.WebApp.Device;
import dev.baton.webapp.WebApp.User;
import org.junit.jupiter.api.Test;

/**
 * On a phone a request's progress is a list of its steps (done with who and when, where
 * it waits and for whom, what may still come), the diagram is one tap away, full screen
 * and zoomable with the buttons and two fingers; the header says who is logged in and its
 * menu switches the language and logs out. None of it leaves an error in the browser's
 * console.
 */
@BatonTest
class PhoneProgressBrowserTest extends InTheBrowser {

	@Test
	void a_phone_lists_the_steps_of_a_request_and_shows_its_diagram_full_screen_and_zoomable() {
		String id;
		try (User zhangwei = app.as("zhangwei", Device.PHONE, "zh-CN")) {
			id = purchase(zhangwei, "服务器 " + System.nanoTime(), 57_000);
		}
		try (User lina = app.as("lina", Device.PHONE, "zh-CN")) {
			lina.decide(id, "approve", null);
		}

		try (User zhangwei = app.as("zhangwei", Device.PHONE, "zh-CN")) {
			zhangwei.open("/requests/" + id);
			Locator steps = zhangwei.page.getByTestId("progress-steps").locator(":scope > li");
			assertThat(steps).hasCount(6);
			assertThat(steps.nth(0)).hasAttribute("data-state", "done");
			assertThat(steps.nth(0)).containsText("张伟");
			assertThat(steps.nth(1)).hasAttribute("data-state", "done");
			assertThat(steps.nth(1)).containsText("部门负责人审批");
			assertThat(steps.nth(1)).containsText("李娜");
			assertThat(steps.nth(1)).containsText("同意");
			assertThat(steps.nth(1).locator("time")).hasText(Pattern.compile("\\d{4}年\\d{1,2}月\\d{1,2}日"));
			assertThat(steps.nth(2)).hasAttribute("data-state", "current");
			assertThat(steps.nth(2)).containsText("财务审批");
			assertThat(steps.nth(2)).containsText("等待 王芳 处理");
			// above 50,000 the general manager approves too: the model's condition over
			// the
			// request's total says so
			assertThat(steps.nth(3)).hasAttribute("data-state", "pending");
			assertThat(steps.nth(3)).containsText("总经理审批");
			assertThat(steps.nth(3)).containsText("未开始");
			assertThat(steps.nth(4)).containsText("采购下单");
			assertThat(steps.nth(4)).containsText("未开始");
			assertThat(steps.nth(5)).containsText("确认收货");
			// the diagram is not drawn on the page, it is one tap away
			assertThat(zhangwei.page.getByTestId("bpmn-canvas")).hasCount(0);
			zhangwei.screenshot("phone-request-progress");

			zhangwei.page.getByTestId("show-diagram").tap();
			Locator dialog = zhangwei.page.getByRole(AriaRole.DIALOG);
			Locator current = dialog.locator(".djs-element.baton-current");
			assertThat(current).hasCount(1);
			assertThat(current).containsText("财务审批");
			zhangwei.assertInViewport(dialog, "the full-screen diagram");
			zhangwei.assertInViewport(current, "the current step on the diagram");

			double start = scale(zhangwei);
			dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("放大")).tap();
			assertThat(scale(zhangwei)).isGreaterThan(start);
			double zoomed = scale(zhangwei);
			pinchOpen(zhangwei, dialog.getByTestId("bpmn-canvas"));
			assertThat(scale(zhangwei)).isGreaterThan(zoomed * 1.5);
			zhangwei.assertFitsScreen("the request page with its diagram zoomed");
			zhangwei.screenshot("phone-request-diagram-zoomed");
			dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(Pattern.compile("^关闭"))).tap();
			assertThat(dialog).isHidden();
		}
	}

	@Test
	void a_rejected_request_ends_at_the_rejecting_step_in_the_list_and_on_the_diagram() {
		String id;
		try (User zhangwei = app.as("zhangwei", Device.PHONE, "zh-CN")) {
			id = purchase(zhangwei, "游戏机 " + System.nanoTime(), 4_000);
		}
		try (User lina = app.as("lina", Device.PHONE, "zh-CN")) {
			lina.decide(id, "reject", null);
		}
		try (User zhangwei = app.as("zhangwei", Device.PHONE, "zh-CN")) {
			zhangwei.open("/requests/" + id);
			Locator steps = zhangwei.page.getByTestId("progress-steps").locator(":scope > li");
			assertThat(steps).hasCount(3);
			assertThat(steps.nth(1)).hasAttribute("data-state", "rejected");
			assertThat(steps.nth(1)).containsText("部门负责人审批");
			assertThat(steps.nth(1)).containsText("拒绝");
			assertThat(steps.nth(2)).hasAttribute("data-state", "end");
			assertThat(steps.nth(2)).containsText("已拒绝");
			zhangwei.page.getByTestId("show-diagram").tap();
			Locator ended = zhangwei.page.getByRole(AriaRole.DIALOG).locator(".djs-element.baton-stopped");
			assertThat(ended).hasCount(1);
			assertThat(ended).containsText("部门负责人审批");
			assertThat(zhangwei.page.getByRole(AriaRole.DIALOG)).containsText("在此被拒绝");
			zhangwei.screenshot("phone-request-rejected-diagram");
		}
	}

	@Test
	void the_phone_header_names_who_is_logged_in_and_its_menu_switches_language_and_logs_out() {
		try (User zhangwei = app.as("zhangwei", Device.PHONE, "zh-CN")) {
			Locator name = zhangwei.page.getByTestId("current-user");
			assertThat(name).hasText("张伟");
			zhangwei.assertInViewport(name, "the name in the header");
			zhangwei.assertFitsScreen("the inbox with its header");

			name.tap();
			Locator menu = zhangwei.page.getByRole(AriaRole.MENU);
			zhangwei.assertInViewport(menu, "the user menu");
			zhangwei.screenshot("phone-user-menu");
			menu.getByRole(AriaRole.MENUITEM, new Locator.GetByRoleOptions().setName("语言：English")).tap();
			assertThat(zhangwei.page.locator(".tabbar")).containsText("Inbox");

			name.tap();
			zhangwei.page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("Language: 简体中文")).tap();
			assertThat(zhangwei.page.locator(".tabbar")).containsText("待办");

			// logging out from a page that loads data asks the server for nothing more
			zhangwei.nav("我的申请");
			assertThat(zhangwei.page.getByTestId("request-item").first()).isVisible();
			name.tap();
			zhangwei.page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("退出登录")).tap();
			zhangwei.page.waitForURL(Pattern.compile(".*/login$"));
			assertThat(zhangwei.page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("登录 Baton")))
				.isVisible();
			zhangwei.page.waitForTimeout(1_000);
			assertThat(zhangwei.consoleProblems()).isEmpty();
		}
	}

	@Test
	void leaving_a_request_page_while_its_diagram_is_still_drawn_leaves_no_error() {
		String id;
		try (User zhangwei = app.as("zhangwei")) {
			id = purchase(zhangwei, "键盘 " + System.nanoTime(), 600);
		}
		for (Device device : List.of(Device.DESKTOP, Device.PHONE)) {
			try (User zhangwei = app.as("zhangwei", device, "zh-CN")) {
				for (int wait : List.of(0, 30, 80, 150, 300)) {
					zhangwei.nav("我的申请");
					zhangwei.page.getByTestId("request-item")
						.filter(new Locator.FilterOptions().setHasText(id))
						.getByRole(AriaRole.LINK)
						.first()
						.click();
					zhangwei.page.waitForURL(Pattern.compile(".*/requests/" + id + "$"));
					if (device == Device.PHONE) {
						zhangwei.page.getByTestId("show-diagram").click();
					}
					zhangwei.page.waitForTimeout(wait);
					zhangwei.page.goBack();
					zhangwei.page.waitForURL(Pattern.compile(".*/requests$"));
				}
				zhangwei.page.waitForTimeout(1_000);
				assertThat(zhangwei.consoleProblems()).isEmpty();
			}
		}
	}

	/** The zoom of the diagram in the dialog (the scale of its viewport). */
	private static double scale(User user) {
		return ((Number) user.page.evaluate(
				"() => document.querySelector('[role=dialog] .viewport').transform.baseVal.consolidate().matrix.a"))
			.doubleValue();
	}

	/**
	 * Two fingers on the diagram moving apart, as the phone's touch screen reports them.
	 */
	private static void pinchOpen(User user, Locator canvas) {
		BoundingBox box = canvas.boundingBox();
		double x = box.x + box.width / 2;
		double y = box.y + box.height / 2;
		CDPSession touch = user.page.context().newCDPSession(user.page);
		touch.send("Input.dispatchTouchEvent", touches("touchStart", x, y, 20));
		for (int step = 1; step <= 8; step++) {
			touch.send("Input.dispatchTouchEvent", touches("touchMove", x, y, 20 + step * 10));
		}
		touch.send("Input.dispatchTouchEvent", touches("touchEnd", x, y, -1));
		touch.detach();
	}

	private static JsonObject touches(String type, double x, double y, double spread) {
		JsonArray points = new JsonArray();
		if (spread >= 0) {
			points.add(point(1, x - spread, y));
			points.add(point(2, x + spread, y));
		}
		JsonObject event = new JsonObject();
		event.addProperty("type", type);
		event.add("touchPoints", points);
		return event;
	}

	private static JsonObject point(int id, double x, double y) {
		JsonObject point = new JsonObject();
		point.addProperty("id", id);
		point.addProperty("x", x);
		point.addProperty("y", y);
		return point;
	}

	private static String purchase(User user, String title, int price) {
		return user
			.api("POST", "/api/requests",
					Map.of("processKey", "purchase-request", "data",
							Map.of("title", title, "reason", "办公", "neededBy", "2030-04-01", "items",
									List.of(Map.of("name", title, "quantity", 1, "unitPrice", price)))))
			.path("id")
			.asText();
	}

}
