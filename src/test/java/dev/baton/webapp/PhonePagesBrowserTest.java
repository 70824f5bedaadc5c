package dev.baton.webapp;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import dev.baton.support.BatonTest;
import dev.baton.webapp.WebApp.Device;
import dev.baton.webapp.WebApp.User;
import org.junit.jupiter.api.Test;

/**
 * Every page of Baton on a 375-px phone (the task pages:
 * {@link PhoneTaskFormsBrowserTest}) is never wider than the screen, and every dialog and
 * menu it opens lies inside the screen.
 */
@BatonTest
class PhonePagesBrowserTest extends InTheBrowser {

	@Test
	void the_login_and_not_found_pages_fit_the_phone() {
		try (User visitor = app.visitor(Device.PHONE, "zh-CN")) {
			visitor.open("/login");
			assertThat(visitor.page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("登录 Baton")))
				.isVisible();
			visitor.assertFitsScreen("the login page");
			visitor.screenshot("phone-login");
			visitor.open("/no-such-page");
			assertThat(visitor.page.getByText("页面不存在")).isVisible();
			visitor.assertFitsScreen("the not-found page");
		}
	}

	@Test
	void an_employees_pages_and_dialogs_fit_the_phone() {
		String running;
		String rejected;
		String withdrawn;
		try (User zhangwei = app.as("zhangwei", Device.PHONE, "zh-CN")) {
			running = purchase(zhangwei, "显示器 " + System.nanoTime(), 1_800);
			rejected = purchase(zhangwei, "人体工学椅 " + System.nanoTime(), 3_200);
			withdrawn = purchase(zhangwei, "投影幕布 " + System.nanoTime(), 900);
			zhangwei.api("POST", "/api/requests/" + withdrawn + "/withdraw", Map.of("comment", "买错了"));
		}
		try (User lina = app.as("lina", Device.PHONE, "zh-CN")) {
			lina.decide(rejected, "reject", null);
		}

		try (User zhangwei = app.as("zhangwei", Device.PHONE, "zh-CN")) {
			fits(zhangwei, "/inbox", "phone-inbox-empty");
			for (String tab : List.of("可认领", "全部")) {
				zhangwei.page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName(Pattern.compile("^" + tab)))
					.click();
				zhangwei.assertFitsScreen("the inbox, " + tab);
			}
			fits(zhangwei, "/start", "phone-start");
			for (String process : List.of("purchase-request", "leave-request", "project-handoff")) {
				zhangwei.open("/start/" + process);
				assertThat(zhangwei.page.locator(".fjs-form")).isVisible();
				zhangwei.assertFitsScreen("the start form of " + process);
				zhangwei.screenshot("phone-start-" + process);
			}
			fits(zhangwei, "/requests", "phone-my-requests");
			assertThat(zhangwei.page.getByTestId("request-item").first()).isVisible();
			fits(zhangwei, "/cc", "phone-cc");

			// a running request: its urge and withdraw dialogs, its diagram full screen
			fits(zhangwei, "/requests/" + running, "phone-request-running");
			for (String action : List.of("催办", "撤回")) {
				zhangwei.button(action).click();
				Locator dialog = zhangwei.page.getByRole(AriaRole.DIALOG);
				zhangwei.assertInViewport(dialog, "the " + action + " dialog");
				zhangwei.assertFitsScreen("the request page with the " + action + " dialog");
				dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("取消")).click();
				assertThat(dialog).isHidden();
			}
			zhangwei.page.getByTestId("show-diagram").click();
			Locator diagram = zhangwei.page.getByRole(AriaRole.DIALOG);
			assertThat(diagram.locator(".djs-element.baton-current")).hasCount(1);
			zhangwei.assertInViewport(diagram, "the full-screen diagram");
			zhangwei.assertFitsScreen("the request page with its diagram open");
			zhangwei.screenshot("phone-request-diagram");
			diagram.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(Pattern.compile("^关闭"))).click();
			assertThat(diagram).isHidden();

			fits(zhangwei, "/requests/" + rejected, "phone-request-rejected");
			fits(zhangwei, "/requests/" + withdrawn, "phone-request-withdrawn");

			// the menu behind the name in the header
			zhangwei.page.getByTestId("current-user").click();
			zhangwei.assertInViewport(zhangwei.page.getByRole(AriaRole.MENU), "the user menu");
		}
	}

	@Test
	void an_approvers_inbox_and_its_batch_dialog_fit_the_phone() {
		String batch = "批量 " + System.nanoTime();
		try (User zhangwei = app.as("zhangwei", Device.PHONE, "zh-CN")) {
			purchase(zhangwei, "订书机 " + batch, 25);
			purchase(zhangwei, "白板笔 " + batch, 30);
		}
		try (User lina = app.as("lina", Device.PHONE, "zh-CN")) {
			lina.page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("搜索")).fill(batch);
			assertThat(lina.page.getByTestId("task-item")).hasCount(2);
			for (Locator item : lina.page.getByTestId("task-item").all()) {
				item.locator("label.el-checkbox").click();
			}
			lina.assertFitsScreen("the inbox with two tasks selected");
			lina.screenshot("phone-inbox-selected");
			lina.button("批量同意").click();
			Locator dialog = lina.page.getByRole(AriaRole.DIALOG);
			lina.assertInViewport(dialog, "the batch approval dialog");
			lina.assertFitsScreen("the inbox with the batch approval dialog");
			lina.screenshot("phone-inbox-batch-dialog");
			dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("取消")).click();
			assertThat(dialog).isHidden();
		}
	}

	@Test
	void a_designers_pages_and_dialogs_fit_the_phone() {
		try (User designer = app.as("designer", Device.PHONE, "zh-CN")) {
			fits(designer, "/designer", "phone-designer-list");
			designer.button("新建流程").click();
			Locator dialog = designer.page.getByRole(AriaRole.DIALOG);
			designer.assertInViewport(dialog, "the new-process dialog");
			designer.assertFitsScreen("the process list with the new-process dialog");
			dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("取消")).click();
			assertThat(dialog).isHidden();

			// other tests may have left a draft of the process: "edit from here" then
			// offers it
			for (var process : designer.api("GET", "/api/modeling/processes", null)) {
				if (process.path("key").asText().equals("leave-request") && !process.path("draft").isNull()) {
					designer.api("DELETE", "/api/modeling/processes/leave-request/draft", null);
				}
			}
			designer.open("/designer/leave-request/versions/1");
			assertThat(designer.page.locator(".djs-container").first())
				.isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(20_000));
			designer.assertFitsScreen("a version page");
			designer.screenshot("phone-designer-version");
			designer.button("从此版本编辑").click();
			designer.page.waitForURL(Pattern.compile(".*/designer/leave-request/draft$"));
			assertThat(designer.page.locator(".djs-container").first())
				.isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(20_000));
			designer.assertFitsScreen("the draft page");
			designer.screenshot("phone-designer-draft");
			designer.api("DELETE", "/api/modeling/processes/leave-request/draft", null);
		}
	}

	/** Opens a page, waits until it settled and checks that it fits the screen. */
	private static void fits(User user, String path, String screenshot) {
		user.open(path);
		user.page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
		assertThat(user.page.locator(".el-skeleton")).hasCount(0);
		user.assertFitsScreen(path);
		user.screenshot(screenshot);
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
