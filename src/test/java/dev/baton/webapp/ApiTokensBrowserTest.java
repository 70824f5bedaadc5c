package dev.baton.webapp;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.baton.support.BatonTest;
import dev.baton.support.Http;
import dev.baton.webapp.WebApp.Device;
import dev.baton.webapp.WebApp.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * "My API tokens" on the account page, reached from the user menu: on a 375-px phone lina
 * creates a token, copies its secret, an integration calls Baton's API with it, she
 * revokes it and the integration is refused. The English page reads in English.
 */
@BatonTest
class ApiTokensBrowserTest extends InTheBrowser {

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void forgetTokens() {
		jdbc.update("DELETE FROM baton_api_tokens WHERE user_id IN ('lina', 'wangfang')");
	}

	@Test
	void a_person_creates_a_token_on_a_phone_an_integration_uses_it_and_it_stops_when_revoked() {
		try (User lina = app.as("lina", Device.PHONE, "zh-CN")) {
			Page page = lina.page;
			page.context().grantPermissions(List.of("clipboard-read", "clipboard-write"));
			// the user menu leads to her account
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("账户菜单$"))).click();
			page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("我的账户")).click();
			page.waitForURL(Pattern.compile(".*/account$"));
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("我的 API 令牌"))).isVisible();
			assertThat(page.getByTestId("no-tokens")).hasText("您还没有 API 令牌。");

			// she creates a token for her ERP sync, valid for 30 days
			lina.button("新建令牌").click();
			Locator dialog = page.getByRole(AriaRole.DIALOG);
			dialog.getByLabel("名称").fill("ERP 同步");
			dialog.locator(".el-select").click();
			page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("30 天")).click();
			dialog.getByTestId("create-token").click();

			// the secret is shown once, and the copy button puts it on the clipboard
			Locator secretField = dialog.getByTestId("new-token-secret");
			assertThat(secretField).hasValue(Pattern.compile("^bat_[A-Za-z0-9_-]{43}$"));
			String secret = secretField.inputValue();
			assertThat(dialog).containsText("只显示这一次");
			lina.button("复制").click();
			assertThat(page.getByText("令牌已复制")).isVisible();
			assertThat(page.evaluate("() => navigator.clipboard.readText()")).isEqualTo(secret);
			lina.screenshot("phone-account-new-token");
			Object overflow = page
				.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
			assertThat(((Number) overflow).intValue()).as("page wider than the phone").isLessThanOrEqualTo(0);
			lina.button("完成").click();

			// her list shows the token by name and hint, not its secret
			Locator token = page.getByTestId("token-item");
			assertThat(token).hasCount(1);
			assertThat(token).containsText("ERP 同步");
			assertThat(token).containsText(secret.substring(0, 8));
			assertThat(token).containsText("从未使用");
			assertThat(page.locator("body")).not().containsText(secret);
			lina.screenshot("phone-account-tokens");

			// an integration calls Baton's API with it, as lina
			Http http = new Http(port);
			HttpResponse<String> call = http
				.send(http.request("/api/auth/session").header("Authorization", "Bearer " + secret));
			assertThat(call.statusCode()).isEqualTo(200);
			assertThat(call.body()).contains("\"id\":\"lina\"");

			// she revokes it
			token.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("撤销")).click();
			Locator confirm = page.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions().setName("撤销 API 令牌"));
			assertThat(confirm).containsText("ERP 同步");
			confirm.getByTestId("confirm-action").click();
			assertThat(page.getByTestId("no-tokens")).isVisible();

			// and the integration is refused from then on
			HttpResponse<String> refused = http.send(http.request("/api/tasks/counts")
				.header("Authorization", "Bearer " + secret)
				.header("Accept-Language", "zh-CN"));
			assertThat(refused.statusCode()).isEqualTo(401);
			assertThat(refused.body()).contains("此 API 令牌无效");
		}
	}

	@Test
	void the_account_page_speaks_english_and_shows_a_server_refusal_next_to_its_field() {
		try (User wangfang = app.as("wangfang", Device.DESKTOP, "en-US")) {
			Page page = wangfang.page;
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("account menu$")))
				.click();
			page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("My account")).click();
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("My API tokens")))
				.isVisible();
			// a token name she already uses is refused by the server, next to the name
			wangfang.button("New token").click();
			Locator dialog = page.getByRole(AriaRole.DIALOG);
			dialog.getByLabel("Name").fill("month-end export");
			dialog.getByTestId("create-token").click();
			assertThat(dialog.getByTestId("new-token-secret")).isVisible();
			wangfang.button("Done").click();
			wangfang.button("New token").click();
			// (the browser logs the refusal this step provokes, and only that one)
			wangfang.allowConsoleError(Pattern.compile("status of 409 .*/api/me/api-tokens"));
			dialog.getByLabel("Name").fill("month-end export");
			dialog.getByTestId("create-token").click();
			assertThat(dialog).containsText("You already have a token called \"month-end export\"");
			assertThat(page.getByTestId("token-item")).hasCount(1);
			wangfang.screenshot("en-desktop-account");
		}
	}

}
