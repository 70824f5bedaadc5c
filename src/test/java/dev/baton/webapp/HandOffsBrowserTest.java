package dev.baton.webapp;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import dev.baton.support.BatonTest;
import dev.baton.webapp.WebApp.User;
import org.junit.jupiter.api.Test;

/**
 * The task page's other actions, clicked as approvers would: comment, CC (with the unread
 * mark in "CC'd to me"), transfer and delegate, with people picked from the directory.
 */
@BatonTest
class HandOffsBrowserTest extends InTheBrowser {

	@Test
	void an_approver_comments_copies_transfers_and_the_new_approver_delegates() {
		String title = "投影仪 " + UUID.randomUUID().toString().substring(0, 6);
		try (User zhangwei = app.as("zhangwei")) {
			zhangwei.start("采购申请", form -> {
				form.label("标题 / Title").fill(title);
				form.label("采购理由 / Reason").fill("会议室");
				form.date("需要日期 / Needed by", "2030-05-01");
				form.label("物品名称 / Item").fill("投影仪");
				form.label("数量 / Quantity").fill("1");
				form.label("单价（元） / Unit price (CNY)").fill("3000");
			});
		}

		// lina comments, copies wangfang in, then hands the task to zhouming
		try (User lina = app.as("lina")) {
			lina.openTask(title);
			lina.more("评论", null, "请确认会议室尺寸");
			assertThat(lina.page.getByTestId("timeline")).containsText("请确认会议室尺寸");
			lina.more("抄送", "wangfang", "供财务参考");
			assertThat(lina.page.getByTestId("timeline")).containsText("供财务参考");
			lina.screenshot("task-after-comment-and-cc");
			lina.more("转交", "zhouming", "请周总定夺");
			lina.page.waitForURL(Pattern.compile(".*/inbox.*"));
		}

		// zhouming delegates it to liuyang, who does the work; it comes back to zhouming,
		// who approves
		try (User zhouming = app.as("zhouming")) {
			zhouming.openTask(title);
			zhouming.more("委派", "liuyang", "帮我看一下型号");
			zhouming.page.waitForURL(Pattern.compile(".*/inbox.*"));
		}
		try (User liuyang = app.as("liuyang")) {
			liuyang.nav("待办");
			assertThat(liuyang.taskItem(title)).containsText("委派给我");
			liuyang.openTask(title);
			liuyang.approve("型号合适");
		}
		try (User zhouming = app.as("zhouming")) {
			zhouming.openTask(title);
			zhouming.approve("同意");
		}

		// wangfang finds the copy unread in "CC'd to me"; reading it clears the mark
		try (User wangfang = app.as("wangfang")) {
			wangfang.nav("抄送我的");
			Locator copy = wangfang.page.getByTestId("request-item")
				.filter(new Locator.FilterOptions().setHasText(title));
			assertThat(copy).hasClass(Pattern.compile(".*\\bunread\\b.*"));
			assertThat(copy.getByRole(com.microsoft.playwright.options.AriaRole.IMG,
					new Locator.GetByRoleOptions().setName("未读")))
				.isVisible();
			wangfang.screenshot("cc-unread");
			copy.getByRole(com.microsoft.playwright.options.AriaRole.LINK).first().click();
			wangfang.page.waitForURL(Pattern.compile(".*/requests/.+"));
			assertThat(wangfang.timeline()).containsSubsequence("张伟 start", "李娜 comment", "李娜 cc", "李娜 transfer",
					"周明 delegate", "刘洋 resolve", "周明 approve");
			assertThat(wangfang.timelineComments()).contains("请确认会议室尺寸", "请周总定夺", "帮我看一下型号", "型号合适");
			wangfang.nav("抄送我的");
			assertThat(wangfang.page.getByTestId("request-item").filter(new Locator.FilterOptions().setHasText(title)))
				.not()
				.hasClass(Pattern.compile(".*\\bunread\\b.*"));
		}
	}

}
