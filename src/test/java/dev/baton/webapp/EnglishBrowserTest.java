package dev.baton.webapp;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.baton.support.BatonTest;
import dev.baton.webapp.WebApp.Device;
import dev.baton.webapp.WebApp.User;
import org.junit.jupiter.api.Test;

/**
 * A browser that prefers English gets the English UI: labels, buttons, dates, Element
 * Plus and the bpmn-js viewer (English step names, also in a phone's list of steps); the
 * language switch brings Chinese back. Also saves the English screenshots of the main
 * pages, on a desktop and a phone.
 */
@BatonTest
class EnglishBrowserTest extends InTheBrowser {

	@Test
	void an_english_browser_gets_english_pages_and_diagram_and_can_switch_to_chinese() {
		String title = "Standing desk " + UUID.randomUUID().toString().substring(0, 6);
		String requestId;
		try (User zhangwei = app.as("zhangwei", Device.DESKTOP, "en-US")) {
			assertThat(zhangwei.page.locator("html")).hasAttribute("lang", "en-US");
			assertThat(zhangwei.page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Inbox")))
				.isVisible();
			zhangwei.nav("Start");
			assertThat(zhangwei.page.getByRole(AriaRole.LINK,
					new Page.GetByRoleOptions().setName(Pattern.compile("^Purchase request"))))
				.isVisible();
			zhangwei.screenshot("en-desktop-start");
			zhangwei.page
				.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("^Purchase request")))
				.click();
			// form labels are content and stay as designed; form-js's own texts follow
			// the UI language
			zhangwei.label("标题 / Title").fill(title);
			zhangwei.label("采购理由 / Reason").fill("Back pain");
			zhangwei.date("需要日期 / Needed by", "2030-07-01");
			zhangwei.label("物品名称 / Item").fill("Desk");
			zhangwei.label("数量 / Quantity").fill("1");
			zhangwei.label("单价（元） / Unit price (CNY)").fill("2000");
			assertThat(zhangwei.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add new")))
				.isVisible();
			zhangwei.button("Submit request").click();
			zhangwei.page.waitForURL(Pattern.compile(".*/requests/.+"));
			requestId = zhangwei.page.url().replaceAll(".*/requests/", "");
			assertThat(zhangwei.page.getByTestId("request-status")).hasText("In progress");
			assertThat(zhangwei.page.getByTestId("timeline")).containsText("Submitted");
			assertThat(zhangwei.page.locator(".data-row")
				.filter(new Locator.FilterOptions().setHasText("需要日期 / Needed by"))).containsText("2030-07-01");
			// dates in English, the diagram with English step names
			assertThat(zhangwei.page.getByText(Pattern.compile("Started [A-Z][a-z]{2} \\d{1,2}, \\d{4}"))).isVisible();
			Locator diagram = zhangwei.page.getByTestId("bpmn-canvas");
			assertThat(diagram.locator(".djs-element.baton-current")).containsText("Department head approval");
			assertThat(zhangwei.page.getByText("Current", new Page.GetByTextOptions().setExact(true))).isVisible();
			zhangwei.screenshot("en-desktop-request");
		}

		try (User lina = app.as("lina", Device.PHONE, "en-US")) {
			lina.nav("Inbox");
			lina.page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Search")).fill(requestId);
			assertThat(lina.page.getByTestId("task-item")).hasCount(1);
			Locator item = lina.page.getByTestId("task-item").filter(new Locator.FilterOptions().setHasText(title));
			assertThat(item).containsText("Department head approval");
			lina.screenshot("en-phone-inbox");
			item.getByRole(AriaRole.LINK).first().click();
			lina.page.waitForURL(Pattern.compile(".*/tasks/.+"));
			assertThat(lina.button("Approve")).isVisible();
			assertThat(lina.button("Reject")).isVisible();
			// on a phone the steps are a list, the diagram one tap away
			Locator current = lina.page.getByTestId("progress-steps").locator("[data-state=current]");
			assertThat(current).containsText("Department head approval");
			lina.screenshot("en-phone-task");
			lina.page.getByTestId("show-diagram").tap();
			assertThat(lina.page.getByTestId("bpmn-canvas").locator(".djs-element.baton-current"))
				.containsText("Department head approval");
			lina.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Close this dialog")).tap();

			// back to Chinese with one click: every label follows, the diagram too
			lina.button("简体中文").click();
			assertThat(lina.button("同意")).isVisible();
			assertThat(lina.page.locator("html")).hasAttribute("lang", "zh-CN");
			assertThat(current).containsText("部门负责人审批");
			lina.page.getByTestId("show-diagram").tap();
			assertThat(lina.page.getByTestId("bpmn-canvas").locator(".djs-element.baton-current"))
				.containsText("部门负责人审批");
			lina.screenshot("zh-phone-task");
		}
	}

	@Test
	void the_login_page_lists_the_demo_logins_in_the_browser_language() {
		try (User visitor = app.visitor(Device.DESKTOP, "en-US")) {
			Page page = visitor.page;
			visitor.open("/inbox");
			page.waitForURL(Pattern.compile(".*/login.*"));
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Log in to Baton")))
				.isVisible();
			assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in as 王芳 (wangfang)")))
				.isVisible();
			assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in as 王芳 (wangfang)")))
				.containsText("Finance manager");
			page.screenshot(new Page.ScreenshotOptions().setPath(WebApp.SCREENSHOTS.resolve("en-desktop-login.png"))
				.setFullPage(true));
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("简体中文")).click();
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("登录 Baton"))).isVisible();
			assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("使用 王芳（wangfang）登录")))
				.containsText("财务经理");
			// a demo login fills in the form
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("使用 王芳（wangfang）登录")).click();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登录").setExact(true)).click();
			page.waitForURL(Pattern.compile(".*/inbox"));
			assertThat(page.getByTestId("current-user")).hasText("王芳");
		}
	}

}
