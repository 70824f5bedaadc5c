package dev.baton.webapp;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.baton.directory.DirectoryAdmin;
import dev.baton.directory.NewPerson;
import dev.baton.support.BatonTest;
import dev.baton.webapp.WebApp.Device;
import dev.baton.webapp.WebApp.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A person to whom the administrator gave a new password must choose their own at the
 * next login before anything else, then sets their language on the profile page, and the
 * next login starts in it. The person is made for the test and marked as having left
 * afterwards.
 */
@BatonTest
class ProfileBrowserTest extends InTheBrowser {

	@Autowired
	DirectoryAdmin directory;

	private String login;

	@BeforeEach
	void givenAPerson() {
		login = "profile" + UUID.randomUUID().toString().substring(0, 6);
		directory.createPerson(new NewPerson(login, "资料测试", null, null, null, null, true, Set.of(), Set.of()),
				"their-own-pass");
	}

	@AfterEach
	void theyLeave() {
		directory.setActive(login, false);
	}

	@Test
	void a_password_set_by_the_administrator_is_changed_at_login_then_the_language() {
		// given the administrator gave the person a new password
		try (User admin = app.as("admin", Device.DESKTOP, "en-US")) {
			admin.api("PUT", "/api/admin/directory/people/" + login + "/password",
					Map.of("password", "given-by-admin"));
		}
		try (User person = app.visitor(Device.PHONE, "zh-CN")) {
			Page page = person.page;
			// when they log in with it, they are sent to choose their own
			person.login(login, "given-by-admin");
			page.waitForURL(Pattern.compile(".*/account/password$"));
			assertThat(page.getByTestId("password-change-required")).isVisible();
			// and the inbox sends them back there
			person.open("/inbox");
			page.waitForURL(Pattern.compile(".*/account/password$"));
			person.assertFitsScreen("the change-password page");
			// a wrong current password is named next to its field
			person.allowConsoleError(Pattern.compile("status of 400"));
			page.getByTestId("current-password").fill("not-the-one");
			page.getByTestId("new-password").fill("my-own-secret-1");
			page.getByTestId("confirm-password").fill("my-own-secret-1");
			page.getByTestId("change-password").click();
			assertThat(page.getByText("当前密码不正确。")).isVisible();
			// when they give the right one, then they reach their inbox
			page.getByTestId("current-password").fill("given-by-admin");
			page.getByTestId("change-password").click();
			page.waitForURL(Pattern.compile(".*/inbox$"));
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("待办").setExact(true)))
				.isVisible();

			// when they choose English on their profile page
			person.open("/account");
			page.getByTestId("my-language").click();
			page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("English")).click();
			page.getByTestId("save-language").click();
			// then the page speaks English at once
			assertThat(page.getByText("Language saved")).isVisible();
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("My account"))).isVisible();
			person.assertFitsScreen("the account page");
			person.screenshot("profile-phone");
		}
		// and their next login, in a browser that prefers Chinese, starts in English
		try (User person = app.visitor(Device.DESKTOP, "zh-CN")) {
			person.login(login, "my-own-secret-1");
			assertThat(person.page.getByRole(AriaRole.HEADING,
					new Page.GetByRoleOptions().setName("Inbox").setExact(true)))
				.isVisible();
		}
	}

}
