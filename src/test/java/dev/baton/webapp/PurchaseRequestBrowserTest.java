package dev.baton.webapp;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import dev.baton.support.BatonTest;
import dev.baton.webapp.WebApp.User;
import org.junit.jupiter.api.Test;

/**
 * A purchase request above the finance threshold, walked end to end by the demo users in
 * the real pages.
 */
@BatonTest
class PurchaseRequestBrowserTest extends InTheBrowser {

	@Test
	void a_purchase_above_the_finance_threshold_is_returned_fixed_approved_ordered_and_received() {
		String title = "笔记本电脑 " + UUID.randomUUID().toString().substring(0, 8);

		// zhangwei asks for two laptops at 8,000 each: 16,000 needs the department head
		// and finance
		String requestId;
		try (User zhangwei = app.as("zhangwei")) {
			requestId = zhangwei.start("采购申请", form -> {
				form.label("标题 / Title").fill(title);
				form.label("采购理由 / Reason").fill("新同事入职");
				form.date("需要日期 / Needed by", "2030-03-01");
				form.label("物品名称 / Item").fill("ThinkPad X1");
				form.label("数量 / Quantity").fill("2");
				form.label("单价（元） / Unit price (CNY)").fill("8000");
				assertThat(form.page.getByText("合计 / Total：16000 元 / CNY")).isVisible();
				form.screenshot("purchase-start-form");
			});
			assertThat(zhangwei.page.getByTestId("request-status")).hasText("审批中");
			assertThat(zhangwei.page.getByText("部门负责人审批").first()).isVisible();
			zhangwei.screenshot("purchase-request-submitted");
		}

		// lina, head of Sales, approves
		try (User lina = app.as("lina")) {
			lina.openTask(title);
			assertThat(lina.label("合计（元） / Total (CNY)")).hasValue("16000");
			assertThat(lina.page.getByTestId("timeline")).containsText("发起申请");
			assertThat(lina.page.locator(".bpmn-canvas .djs-element.baton-current")).hasCount(1);
			lina.screenshot("purchase-task-department-head");
			lina.approve("同意，注意控制预算");
		}

		// wangfang, finance manager, returns it to zhangwei with a comment
		try (User wangfang = app.as("wangfang")) {
			wangfang.openTask(title);
			wangfang.returnTo("发起人", "请补充报价单，并把数量改为 1");
		}

		// zhangwei sees why, fixes the quantity and resubmits
		try (User zhangwei = app.as("zhangwei")) {
			zhangwei.openTask(title);
			assertThat(zhangwei.page.getByTestId("task-step")).hasText("修改并重新提交");
			assertThat(zhangwei.label("数量 / Quantity")).hasValue("2");
			zhangwei.label("数量 / Quantity").fill("1");
			zhangwei.label("采购理由 / Reason").fill("新同事入职，已附报价单");
			zhangwei.approve("已改为 1 台");
		}

		// the approvers are asked again: lina, then wangfang
		try (User lina = app.as("lina")) {
			lina.openTask(title);
			assertThat(lina.label("数量 / Quantity")).hasValue("1");
			lina.approve(null);
		}
		try (User wangfang = app.as("wangfang")) {
			wangfang.openTask(title);
			wangfang.approve("同意");
		}

		// procurement: huangqiang claims the order step offered to the purchasers and
		// places the order
		try (User huangqiang = app.as("huangqiang")) {
			huangqiang.openTask(title);
			huangqiang.label("供应商 / Supplier").fill("联想华北代理");
			huangqiang.label("订单号 / Order number").fill("PO-2030-001");
			huangqiang.date("预计到货日期 / Expected delivery", "2030-02-20");
			huangqiang.approve(null);
		}

		// zhangwei confirms the receipt; the request is completed and its timeline tells
		// the story
		try (User zhangwei = app.as("zhangwei")) {
			zhangwei.openTask(title);
			zhangwei.label("已全部收到，数量和质量无误 / Everything received in full and in good order").check();
			zhangwei.approve("已收到");
			zhangwei.openMyRequest(title);
			assertThat(zhangwei.page.getByTestId("request-status")).hasText("已完成");
			assertThat(zhangwei.page).hasURL(java.util.regex.Pattern.compile(".*/requests/" + requestId));
			assertThat(zhangwei.timeline()).containsSubsequence("张伟 start", "李娜 approve", "王芳 return", "张伟 approve",
					"李娜 approve", "王芳 approve", "黄强 approve", "张伟 approve");
			assertThat(zhangwei.timelineComments()).contains("同意，注意控制预算", "请补充报价单，并把数量改为 1", "已改为 1 台", "已收到");
			assertThat(zhangwei.page.locator(".bpmn-canvas .djs-element.baton-current")).hasCount(0);
			zhangwei.screenshot("purchase-request-completed");
		}
	}

}
