package dev.baton.webapp;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;

import dev.baton.support.BatonTest;
import dev.baton.webapp.WebApp.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 10: a double submit of a start form creates one request. The start form sends one
 * {@code Idempotency-Key} per fill, so neither a double click nor a retry after the
 * answer was lost on the network starts a second request.
 */
@BatonTest
class DoubleSubmitBrowserTest extends InTheBrowser {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void a_double_click_on_submit_starts_one_purchase_request() {
		String title = "双击 " + UUID.randomUUID().toString().substring(0, 8);
		try (User zhangwei = app.as("zhangwei")) {
			// given zhangwei has filled in a purchase request, and the start requests the
			// page sends are watched
			List<String> keys = new CopyOnWriteArrayList<>();
			zhangwei.page.onRequest(request -> {
				if (request.method().equals("POST") && request.url().endsWith("/api/requests")) {
					keys.add(String.valueOf(request.headers().get("idempotency-key")));
				}
			});
			openPurchaseForm(zhangwei, title);

			// when he double-clicks 提交申请
			zhangwei.button("提交申请").dblclick();

			// then he lands on one request, and exactly one request exists for him with
			// that title, started with a key
			zhangwei.page.waitForURL(Pattern.compile(".*/requests/[^/]+$"));
			assertThat(zhangwei.page.getByTestId("request-status")).hasText("审批中");
			assertThat(requestsOf("zhangwei", title)).isEqualTo(1);
			assertThat(keys).isNotEmpty().allSatisfy(key -> assertThat(key).matches("[0-9a-f-]{36}"));
			assertThat(keys.stream().distinct()).hasSize(1);
		}
	}

	@Test
	void a_retry_after_the_answer_was_lost_answers_the_first_request_and_starts_no_second() {
		String title = "重试 " + UUID.randomUUID().toString().substring(0, 8);
		try (User zhangwei = app.as("zhangwei")) {
			// given the network loses the answer to zhangwei's first submit (the server
			// has started the request), and lets everything after it through
			AtomicBoolean lost = new AtomicBoolean();
			List<String> keys = new CopyOnWriteArrayList<>();
			zhangwei.page.route(Pattern.compile(".*/api/requests$"), route -> {
				if (!route.request().method().equals("POST")) {
					route.resume();
					return;
				}
				keys.add(String.valueOf(route.request().headers().get("idempotency-key")));
				if (lost.compareAndSet(false, true)) {
					route.fetch();
					route.abort("connectionreset");
				}
				else {
					route.resume();
				}
			});
			zhangwei.allowConsoleError(Pattern.compile("ERR_CONNECTION_RESET|Failed to load resource"));
			openPurchaseForm(zhangwei, title);

			// when he submits, sees that the server cannot be reached, and submits again
			zhangwei.button("提交申请").click();
			assertThat(zhangwei.page.getByText("无法连接服务器，请检查网络后重试。")).isVisible();
			assertThat(requestsOf("zhangwei", title)).isEqualTo(1);
			zhangwei.button("提交申请").click();

			// then he lands on the request the first submit started, and it is the only
			// one
			zhangwei.page.waitForURL(Pattern.compile(".*/requests/[^/]+$"));
			String id = jdbc.queryForObject("SELECT id FROM baton_request WHERE initiator_id = ? AND title = ?",
					String.class, "zhangwei", title);
			assertThat(zhangwei.page.url()).endsWith("/requests/" + id);
			assertThat(requestsOf("zhangwei", title)).isEqualTo(1);
			assertThat(keys).hasSize(2);
			assertThat(keys.get(1)).isEqualTo(keys.get(0));
		}
	}

	private static void openPurchaseForm(User user, String title) {
		user.nav("发起");
		user.page
			.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
					new com.microsoft.playwright.Page.GetByRoleOptions().setName(Pattern.compile("^采购申请")))
			.click();
		assertThat(user.page.locator(".fjs-form")).isVisible();
		user.label("标题 / Title").fill(title);
		user.label("采购理由 / Reason").fill("新同事入职");
		user.date("需要日期 / Needed by", "2030-03-01");
		user.label("物品名称 / Item").fill("显示器");
		user.label("数量 / Quantity").fill("1");
		user.label("单价（元） / Unit price (CNY)").fill("1200");
		assertThat(user.page.getByText("合计 / Total：1200 元 / CNY")).isVisible();
	}

	private int requestsOf(String initiator, String title) {
		return jdbc.queryForObject("SELECT COUNT(*) FROM baton_request WHERE initiator_id = ? AND title = ?",
				Integer.class, initiator, title);
	}

}
