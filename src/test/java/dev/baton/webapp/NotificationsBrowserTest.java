package dev.baton.webapp;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import dev.baton.support.BatonTest;
import dev.baton.webapp.WebApp.Device;
import dev.baton.webapp.WebApp.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The bell and the notification list as approvers meet them: a new task rings the bell
 * within two seconds without a reload and its entry opens the task; an @mention picked in
 * a comment box tells the person, who may then read the request.
 */
@BatonTest
class NotificationsBrowserTest extends InTheBrowser {

	@Autowired
	JdbcTemplate jdbc;

	private String requestId;

	@AfterEach
	void cleanUp() {
		if (requestId != null) {
			jdbc.update("DELETE FROM baton_notification WHERE request_id = ?", requestId);
		}
		jdbc.update("DELETE FROM baton_notification_preference WHERE user_id = ?", "lina");
	}

	@Test
	void a_new_task_rings_the_approvers_bell_within_two_seconds_and_its_entry_opens_the_task() {
		try (User lina = app.as("lina"); User zhangwei = app.as("zhangwei")) {
			// given lina's inbox is open and her bell has nothing unread
			lina.api("POST", "/api/notifications/read-all", Map.of());
			lina.open("/inbox");
			Locator bell = lina.page.getByTestId("bell");
			assertThat(bell).isVisible();
			assertThat(bell.getByTestId("bell-count")).isHidden();

			// when zhangwei, in his own browser, starts a leave request
			requestId = zhangwei.api("POST", "/api/requests", leave()).path("id").asText();

			// then her bell shows it within two seconds, without a reload
			assertThat(bell.getByTestId("bell-count")).hasText("1",
					new LocatorAssertions.HasTextOptions().setTimeout(2_000));
			assertThat(bell).hasAttribute("aria-label", "通知：1 条未读");
			lina.screenshot("bell-new-task");

			// and the entry in her list opens the task, read from then on
			bell.click();
			lina.page.waitForURL(Pattern.compile(".*/notifications$"));
			Locator entry = lina.page.getByTestId("notification")
				.filter(new Locator.FilterOptions().setHasText(requestId));
			assertThat(entry).hasAttribute("data-kind", "TASK_ASSIGNED");
			assertThat(entry).containsText("等您处理");
			lina.screenshot("notification-list");
			entry.getByRole(AriaRole.LINK).click();
			lina.page.waitForURL(Pattern.compile(".*/tasks/" + lina.taskOf(requestId) + "$"));
			assertThat(lina.button("同意")).isVisible();
			assertThat(bell.getByTestId("bell-count")).isHidden();
		}
	}

	@Test
	void the_bell_the_list_and_the_settings_fit_a_phone_and_mark_all_read_empties_the_bell() {
		try (User zhangwei = app.as("zhangwei"); User lina = app.as("lina", Device.PHONE, "zh-CN")) {
			lina.api("POST", "/api/notifications/read-all", Map.of());
			requestId = zhangwei.api("POST", "/api/requests", leave()).path("id").asText();
			lina.open("/inbox");
			Locator count = lina.page.getByTestId("bell").getByTestId("bell-count");
			assertThat(count).hasText("1");
			lina.page.getByTestId("bell").click();
			assertThat(lina.page.getByTestId("notification").first()).isVisible();
			lina.assertFitsScreen("the notification list");
			lina.screenshot("phone-notification-list");
			// when she marks all read
			lina.page.getByTestId("mark-all-read").click();
			// then the bell is empty and the entry is read
			assertThat(count).isHidden();
			assertThat(lina.page.getByTestId("notification").first()).not().hasClass(Pattern.compile("unread"));

			// and on her profile she chooses a daily e-mail digest for copies, on the
			// phone's width
			lina.open("/account");
			Locator copies = lina.page.getByTestId("preference-COPIED");
			assertThat(copies).containsText("抄送");
			lina.assertFitsScreen("the notification settings");
			copies.locator(".el-select").click();
			lina.page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("每日邮件摘要")).click();
			lina.page.getByTestId("save-notification-preferences").click();
			assertThat(lina.page.getByText("通知设置已保存")).isVisible();
			lina.screenshot("phone-notification-settings");
			assertThat(lina.api("GET", "/api/notifications/preferences", null).findValues("kinds").get(0).toString())
				.contains("{\"kind\":\"COPIED\",\"app\":true,\"email\":\"DIGEST\",\"robot\":false}");
		}
	}

	@Test
	void a_person_mentioned_in_a_comment_is_told_and_may_read_the_request() {
		try (User zhangwei = app.as("zhangwei")) {
			requestId = zhangwei.api("POST", "/api/requests", leave()).path("id").asText();
		}
		try (User lina = app.as("lina")) {
			// given lina at her task
			lina.open("/tasks/" + lina.taskOf(requestId));
			lina.button("更多").click();
			lina.page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("评论")).click();
			Locator dialog = lina.page.getByRole(AriaRole.DIALOG);
			// when she types @ and picks 赵磊 by his pinyin
			Locator comment = dialog.getByLabel(Pattern.compile("^意见"));
			comment.click();
			lina.page.keyboard().type("请核对 @zhaol");
			lina.page
				.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(Pattern.compile("赵磊 \\(zhaolei\\)")))
				.click();
			lina.page.keyboard().type("预算");
			assertThat(comment).hasValue("请核对 @赵磊(zhaolei) 预算");
			lina.screenshot("mention-picked");
			dialog.getByTestId("confirm-action").click();
			assertThat(dialog).isHidden();
		}
		try (User zhaolei = app.as("zhaolei")) {
			// then zhaolei's bell has it, and its entry opens the request he may now read
			zhaolei.open("/notifications");
			Locator entry = zhaolei.page.getByTestId("notification")
				.filter(new Locator.FilterOptions().setHasText(requestId));
			assertThat(entry).hasAttribute("data-kind", "MENTIONED");
			assertThat(entry).containsText("李娜 在");
			entry.getByRole(AriaRole.LINK).click();
			zhaolei.page.waitForURL(Pattern.compile(".*/requests/" + requestId + "$"));
			assertThat(zhaolei.timelineComments()).contains("请核对 @赵磊(zhaolei) 预算");
			assertThat(zhaolei.page.getByTestId("request-status")).hasText("审批中");
		}
	}

	private static Map<String, Object> leave() {
		return Map.of("processKey", "leave-request", "data", Map.of("leaveType", "annual", "startDate", "2030-05-06",
				"endDate", "2030-05-06", "days", 1, "reason", "探亲 Family visit"));
	}

}
