package dev.baton.webapp;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.AriaRole;
import dev.baton.support.BatonTest;
import dev.baton.webapp.WebApp.User;
import org.junit.jupiter.api.Test;

/**
 * A submission the server refuses shows the server's message next to the field it
 * concerns, in the UI language, and nothing is started. The shipped forms' rules are all
 * checked in the browser too, so the test plays a client that checks less than the
 * server: it changes the submitted number of leave days on its way out (2.5 typed, 2.3
 * sent; leave is taken in steps of half a day).
 */
@BatonTest
class ServerValidationBrowserTest extends InTheBrowser {

	static final ObjectMapper JSON = new ObjectMapper();

	@Test
	void a_field_refused_by_the_server_shows_its_message_next_to_the_field() {
		try (User zhangwei = app.as("zhangwei")) {
			zhangwei.nav("发起");
			zhangwei.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("^请假申请")))
				.click();
			zhangwei.select("请假类型 / Leave type", "事假 / Personal leave");
			zhangwei.date("开始日期 / First day", "2030-06-03");
			zhangwei.date("结束日期 / Last day", "2030-06-05");
			zhangwei.label("天数 / Days").fill("2.5");
			zhangwei.label("请假事由 / Reason").fill("家中有事");
			AtomicBoolean tamper = new AtomicBoolean(true);
			zhangwei.page.route("**/api/requests", route -> {
				if (!tamper.get() || !"POST".equals(route.request().method())) {
					route.resume();
					return;
				}
				try {
					ObjectNode body = (ObjectNode) JSON.readTree(route.request().postData());
					((ObjectNode) body.get("data")).put("days", 2.3);
					route.resume(new Route.ResumeOptions().setPostData(JSON.writeValueAsString(body)));
				}
				catch (Exception e) {
					route.abort();
				}
			});
			// (the browser logs the refusal this test provokes, and only that one)
			zhangwei.allowConsoleError(Pattern.compile("status of 400 .*/api/requests"));
			zhangwei.button("提交申请").click();

			Locator days = zhangwei.page.locator(".fjs-form-field")
				.filter(new Locator.FilterOptions().setHasText("天数 / Days"));
			Locator error = days.locator(".fjs-form-field-error");
			assertThat(error).containsText("0.5");
			assertThat(error).containsText("整数倍");
			assertThat(zhangwei.label("天数 / Days")).hasAttribute("aria-invalid", "true");
			// only that field carries an error; the summary above the button names it by
			// its label
			assertThat(zhangwei.page.locator(".fjs-form-field-error")).hasCount(1);
			assertThat(zhangwei.page.getByTestId("field-error-summary")).containsText("天数 / Days");
			assertThat(zhangwei.page).hasURL(Pattern.compile(".*/start/leave-request$"));
			// the message stays while the person reads it (nothing validates the field
			// again behind its back)
			zhangwei.page.waitForTimeout(1_000);
			assertThat(error).containsText("整数倍");
			zhangwei.screenshot("validation-server-error-zh");

			// in English the same refusal comes back in English
			zhangwei.button("English").click();
			zhangwei.button("Submit request").click();
			assertThat(error).containsText("must be a multiple of 0.5");
			assertThat(zhangwei.page.getByTestId("field-error-summary")).containsText("天数 / Days");
			zhangwei.screenshot("validation-server-error-en");

			// sent as typed, it goes through
			tamper.set(false);
			Response created = zhangwei.page.waitForResponse(
					response -> response.url().endsWith("/api/requests") && "POST".equals(response.request().method()),
					() -> zhangwei.button("Submit request").click());
			assertThat(created.status()).isEqualTo(201);
			zhangwei.page.waitForURL(Pattern.compile(".*/requests/LV-.+"));
			assertThat(zhangwei.page.getByTestId("request-status")).hasText("In progress");
		}
	}

}
