package dev.baton.webapp;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import dev.baton.support.BatonTest;
import dev.baton.webapp.WebApp.Device;
import dev.baton.webapp.WebApp.User;
import org.junit.jupiter.api.Test;

/**
 * A leave request walked end to end on a 375-px-wide phone: the tab bar, cards instead of
 * tables, the actions at the bottom of the task page.
 */
@BatonTest
class LeaveRequestBrowserTest extends InTheBrowser {

	@Test
	void five_days_of_leave_go_to_the_manager_the_department_head_and_hr_on_a_phone() {
		String reason = "回老家探亲 " + System.nanoTime();

		// yangxue (Delivery; manager gaojian, head chenjie) asks for five days from her
		// phone
		String requestId;
		try (User yangxue = app.as("yangxue", Device.PHONE, "zh-CN")) {
			assertThat(yangxue.page.locator(".tabbar")).isVisible();
			assertThat(yangxue.page.locator(".topnav")).isHidden();
			yangxue.screenshot("phone-inbox");
			requestId = yangxue.start("请假申请", form -> {
				form.select("请假类型 / Leave type", "年假 / Annual leave");
				form.date("开始日期 / First day", "2030-05-06");
				form.date("结束日期 / Last day", "2030-05-10");
				form.label("天数 / Days").fill("5");
				form.label("请假事由 / Reason").fill(reason);
				form.screenshot("phone-leave-start-form");
			});
			assertThat(yangxue.page.getByTestId("request-status")).hasText("审批中");
			assertNoHorizontalScroll(yangxue.page);
			yangxue.screenshot("phone-leave-request");
		}

		// her manager gaojian approves on his phone
		try (User gaojian = app.as("gaojian", Device.PHONE, "zh-CN")) {
			gaojian.openTask(requestId);
			assertThat(gaojian.label("天数 / Days")).hasValue("5");
			assertThat(gaojian.page.getByRole(AriaRole.TOOLBAR)).isInViewport();
			assertNoHorizontalScroll(gaojian.page);
			gaojian.screenshot("phone-leave-task");
			gaojian.approve("注意交接工作");
		}

		// more than three days: the head of Delivery approves, then HR records it
		try (User chenjie = app.as("chenjie", Device.PHONE, "zh-CN")) {
			chenjie.openTask(requestId);
			chenjie.approve(null);
		}
		try (User zhouting = app.as("zhouting", Device.PHONE, "zh-CN")) {
			zhouting.openTask(requestId);
			zhouting.label("已录入考勤 / Recorded in attendance").check();
			zhouting.label("人事备注 / HR notes").fill("已录入");
			zhouting.approve(null);
		}

		try (User yangxue = app.as("yangxue", Device.PHONE, "zh-CN")) {
			yangxue.nav("我的申请");
			Locator item = yangxue.page.getByTestId("request-item")
				.filter(new Locator.FilterOptions().setHasText(requestId));
			assertThat(item).isVisible();
			assertThat(item.getByTestId("request-status")).hasText("已完成");
			yangxue.screenshot("phone-my-requests");
			item.getByRole(AriaRole.LINK).first().click();
			yangxue.page.waitForURL(Pattern.compile(".*/requests/.+"));
			assertThat(yangxue.page.getByTestId("request-status")).hasText("已完成");
			assertThat(yangxue.timeline()).containsSubsequence("杨雪 start", "高健 approve", "陈杰 approve", "周婷 approve");
			assertThat(yangxue.timelineComments()).contains("注意交接工作");
			assertNoHorizontalScroll(yangxue.page);
			yangxue.screenshot("phone-leave-completed");
		}
	}

	private static void assertNoHorizontalScroll(Page page) {
		Object overflow = page
			.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
		assertThat(((Number) overflow).intValue()).as("page wider than the phone").isLessThanOrEqualTo(0);
	}

}
