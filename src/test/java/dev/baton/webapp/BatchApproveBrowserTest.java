package dev.baton.webapp;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.baton.support.BatonTest;
import dev.baton.webapp.WebApp.User;
import org.junit.jupiter.api.Test;

/**
 * An approver selects several tasks of one step in the inbox and approves them at once.
 */
@BatonTest
class BatchApproveBrowserTest extends InTheBrowser {

	@Test
	void the_department_head_approves_two_small_purchases_at_once() {
		String batch = UUID.randomUUID().toString().substring(0, 6);
		List<String> titles = List.of("订书机 " + batch, "白板笔 " + batch);
		try (User zhangwei = app.as("zhangwei")) {
			for (String title : titles) {
				zhangwei.start("采购申请", form -> {
					form.label("标题 / Title").fill(title);
					form.label("采购理由 / Reason").fill("办公用品");
					form.date("需要日期 / Needed by", "2030-04-01");
					form.label("物品名称 / Item").fill(title);
					form.label("数量 / Quantity").fill("3");
					form.label("单价（元） / Unit price (CNY)").fill("25");
				});
			}
		}

		try (User lina = app.as("lina")) {
			lina.nav("待办");
			lina.page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("搜索")).fill(batch);
			assertThat(lina.page.getByTestId("task-item")).hasCount(2);
			for (String title : titles) {
				lina.page.locator("label.el-checkbox[aria-label='选择 " + title + "']").click();
			}
			assertThat(lina.page.getByText("已选 2 项")).isVisible();
			lina.screenshot("inbox-batch-selected");
			lina.button("批量同意").click();
			Locator dialog = lina.page.getByRole(AriaRole.DIALOG);
			assertThat(dialog).containsText(titles.get(0));
			dialog.getByLabel(Pattern.compile("^意见")).fill("同意，小额办公用品");
			dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("同意")).click();
			assertThat(lina.page.getByText("已同意 2 项")).isVisible();
			assertThat(lina.page.getByTestId("task-item")).hasCount(0);
		}

		// both went on to procurement (75 CNY needs no finance approval)
		try (User zhangwei = app.as("zhangwei")) {
			for (String title : titles) {
				zhangwei.openMyRequest(title);
				assertThat(zhangwei.page.getByText("采购下单").first()).isVisible();
				assertThat(zhangwei.page.getByTestId("timeline")).containsText("同意，小额办公用品");
			}
		}
	}

}
