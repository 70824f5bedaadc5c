package dev.baton.webapp;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import dev.baton.support.BatonTest;
import dev.baton.webapp.WebApp.Device;
import dev.baton.webapp.WebApp.User;

/**
 * The administrator's getting-started checklist on /admin: its items and their pages, on
 * a desktop in English and on a 375-px phone in Chinese. The database is shared with the
 * other tests: the demo organisation is only previewed for removal, never removed; the
 * approvers' "reviewed" mark is taken back; login slips go only to a person made here,
 * who is deleted afterwards.
 */
@BatonTest
class GettingStartedBrowserTest extends InTheBrowser {

	@Autowired
	JdbcTemplate jdbc;

	private final String login = "slip" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);

	@AfterEach
	void removeWhatThisTestMade() {
		jdbc.update("DELETE FROM baton_setup_mark WHERE name = 'approvers-reviewed'");
		jdbc.update("DELETE FROM baton_user_system_roles WHERE user_id = ?", login);
		jdbc.update("DELETE FROM baton_users WHERE id = ?", login);
	}

	@Test
	void given_the_demo_company_an_administrator_walks_the_checklist_and_each_item_leads_to_its_page() {
		try (User admin = app.as("admin", Device.DESKTOP, "en-US")) {
			Page page = admin.page;
			admin.api("POST", "/api/admin/directory/people",
					Map.of("id", login, "displayName", "Slip " + login, "departmentId", "hr"));
			// the organisation page leads to the checklist
			admin.open("/admin/org");
			page.getByTestId("getting-started-link").click();
			page.waitForURL(Pattern.compile(".*/admin$"));
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Getting started")))
				.isVisible();
			Locator organisation = page.getByTestId("setup-item-organisation");
			// the checklist previews every process's route for each department first: on
			// a
			// loaded machine that takes more than the default five seconds
			assertThat(organisation).containsText("Import or build your organisation",
					new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(30_000));
			assertThat(page.getByTestId("setup-item-approvers")).containsText("Check the approvers");
			assertThat(page.getByTestId("setup-item-logins")).containsText("Hand out logins");

			// removing the demo organisation says what goes and what stays, and is only
			// done once confirmed (cancelled here: other tests need the demo)
			organisation.getByTestId("remove-demo").click();
			Locator dialog = page.getByRole(AriaRole.DIALOG,
					new Page.GetByRoleOptions().setName("Remove the demo organisation"));
			assertThat(dialog).containsText("Your account admin stays");
			assertThat(dialog.getByTestId("confirm-remove-demo")).isEnabled();
			dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Cancel")).click();
			assertThat(dialog).isHidden();

			// the approvers: each process's route per department, marked reviewed
			page.getByTestId("setup-link-approvers").click();
			page.waitForURL(Pattern.compile(".*/admin/setup/approvers$"));
			// every process's route for each department is previewed first (slow on a
			// loaded
			// machine)
			assertThat(page.getByTestId("route-leave-request-sales")).containsText("Manager approval",
					new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(30_000));
			page.getByTestId("mark-reviewed").click();
			assertThat(page.getByTestId("mark-reviewed")).hasText("Take back “reviewed”");
			page.getByText("Back to Getting started").click();
			page.waitForURL(Pattern.compile(".*/admin$"));
			assertThat(page.getByTestId("setup-item-approvers")).hasAttribute("data-done", "true",
					new com.microsoft.playwright.assertions.LocatorAssertions.HasAttributeOptions().setTimeout(30_000));

			// logins: a sheet of login slips for the new person
			page.getByTestId("setup-link-logins").click();
			page.waitForURL(Pattern.compile(".*/admin/setup/logins$"));
			page.getByTestId("slip-" + login).click();
			page.getByTestId("export-slips").click();
			Locator confirm = page.locator(".el-message-box");
			assertThat(confirm).containsText("New first passwords will be generated for the 1 people picked");
			Download download = page.waitForDownload(() -> confirm
				.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Export login slips"))
				.click());
			org.assertj.core.api.Assertions.assertThat(download.failure()).isNull();
			assertThat(page.getByText("Login slips for 1 people exported")).isVisible();
			org.assertj.core.api.Assertions
				.assertThat(
						jdbc.queryForObject("SELECT password_hash FROM baton_users WHERE id = ?", String.class, login))
				.isNotNull();
			admin.screenshot("getting-started-logins");
		}
	}

	@Test
	void given_a_phone_the_checklist_and_its_pages_fit_the_screen() {
		try (User admin = app.as("admin", Device.PHONE, "zh-CN")) {
			for (String path : new String[] { "/admin", "/admin/setup/approvers", "/admin/setup/logins" }) {
				admin.open(path);
				admin.page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
				assertThat(admin.page.locator(".el-skeleton")).hasCount(0);
				admin.assertFitsScreen(path);
			}
			assertThat(admin.page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("分发登录账号")))
				.isVisible();
			admin.open("/admin");
			assertThat(admin.page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("开始使用"))).isVisible();
			admin.page.getByTestId("remove-demo").click();
			admin.assertFitsScreen("/admin (dialog)");
			admin.screenshot("phone-getting-started");
		}
	}

}
