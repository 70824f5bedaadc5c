package dev.baton.webapp;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.support.BatonTest;
import dev.baton.webapp.WebApp.User;
import org.junit.jupiter.api.Test;

/**
 * A signed project handed from sales to delivery, returned once for more information,
 * then kicked off.
 */
@BatonTest
class ProjectHandoffBrowserTest extends InTheBrowser {

	@Test
	void delivery_returns_the_handoff_once_then_billing_and_resources_run_in_parallel_before_the_kickoff() {
		String project = "华东仓储系统 " + System.nanoTime();

		String requestId;
		try (User zhangwei = app.as("zhangwei")) {
			requestId = zhangwei.start("项目交接", form -> {
				form.label("项目名称 / Project").fill(project);
				form.label("客户 / Customer").fill("华东物流");
				form.label("合同编号 / Contract number").fill("HT-2030-018");
				form.label("合同金额（元） / Contract amount (CNY)").fill("380000");
				form.date("签约日期 / Signed on", "2026-11-01");
				form.label("合同已签署 / Contract signed").check();
				form.label("交接说明 / Handoff notes").fill("客户希望一月上线");
			});
		}

		// chenjie (delivery manager) returns it for more information
		try (User chenjie = app.as("chenjie")) {
			chenjie.openTask(requestId);
			chenjie.label("退回补充 / Return for more information").check();
			chenjie.label("评审意见 / Review notes").fill("缺少工作说明书");
			chenjie.approve("请补充工作说明书");
		}

		// zhangwei answers and ticks the statement of work
		try (User zhangwei = app.as("zhangwei")) {
			zhangwei.openTask(requestId);
			assertThat(zhangwei.label("评审意见 / Review notes")).hasValue("缺少工作说明书");
			zhangwei.label("工作说明书已附上 / Statement of work attached").check();
			zhangwei.label("补充说明 / Your answer").fill("已上传工作说明书 v2");
			zhangwei.approve(null);
		}

		// chenjie accepts this time
		try (User chenjie = app.as("chenjie")) {
			chenjie.openTask(requestId);
			assertThat(chenjie.label("销售补充说明 / Answer from sales")).hasValue("已上传工作说明书 v2");
			chenjie.label("接受 / Accept").check();
			chenjie.approve("可以启动");
		}

		// billing (zhaolei) and resources (xuhao, claimed from the IT administrators) in
		// parallel
		try (User zhaolei = app.as("zhaolei")) {
			zhaolei.openTask(requestId);
			zhaolei.label("里程碑 / Milestone").fill("首付款");
			zhaolei.date("开票日期 / Invoice date", "2030-01-10");
			zhaolei.label("金额（元） / Amount (CNY)").fill("114000");
			zhaolei.approve(null);
		}
		try (User xuhao = app.as("xuhao")) {
			xuhao.openTask(requestId);
			xuhao.label("资源已就绪 / Resources ready").check();
			xuhao.approve(null);
		}

		try (User chenjie = app.as("chenjie")) {
			chenjie.openTask(requestId);
			chenjie.date("启动会日期 / Kickoff date", "2030-01-15");
			chenjie.approve(null);
		}

		try (User zhangwei = app.as("zhangwei")) {
			zhangwei.openMyRequest(requestId);
			assertThat(zhangwei.page.getByTestId("request-status")).hasText("已完成");
			assertThat(zhangwei.timeline()).containsSubsequence("张伟 start", "陈杰 approve", "张伟 approve", "陈杰 approve",
					"陈杰 approve");
			assertThat(zhangwei.timeline()).contains("赵磊 approve", "徐浩 approve");
			assertThat(zhangwei.timelineComments()).contains("请补充工作说明书", "可以启动");
			zhangwei.screenshot("handoff-completed");
		}
	}

}
