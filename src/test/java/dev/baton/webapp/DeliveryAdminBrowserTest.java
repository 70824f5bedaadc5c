package dev.baton.webapp;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.regex.Pattern;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import dev.baton.support.BatonTest;
import dev.baton.webapp.WebApp.Device;
import dev.baton.webapp.WebApp.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The administrator sets up notification delivery in the console: enters the SMTP server
 * (a GreenMail server started by the test) and sends a test mail that the server
 * receives, then adds a DingTalk robot for a department and sees its token and secret
 * only masked; on a phone the page fits the screen. The settings and the robot are
 * removed afterwards.
 */
@BatonTest
class DeliveryAdminBrowserTest extends InTheBrowser {

	static final String PASSWORD = "smtp-" + UUID.randomUUID().toString().substring(0, 8);

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
		.withConfiguration(GreenMailConfiguration.aConfig().withUser("baton@example.com", "baton", PASSWORD));

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void removeWhatTheTestCreated() {
		jdbc.update("DELETE FROM baton_mail_settings");
		jdbc.update("DELETE FROM baton_send_slots WHERE rate_key IN (SELECT id FROM baton_robots WHERE name = ?)",
				"群通知-销售");
		jdbc.update("DELETE FROM baton_robots WHERE name = ?", "群通知-销售");
	}

	@Test
	void the_administrator_sets_up_smtp_sends_a_test_mail_and_adds_a_robot_whose_secret_stays_masked()
			throws Exception {
		String token = UUID.randomUUID().toString().replace("-", "");
		String secret = "SEC" + UUID.randomUUID().toString().replace("-", "");
		try (User admin = app.as("admin", Device.DESKTOP, "en-US")) {
			Page page = admin.page;
			// when the administrator opens notification delivery from the administration
			// tabs
			admin.open("/admin/org");
			page.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
					new Page.GetByRoleOptions().setName("Notifications").setExact(true))
				.click();
			page.waitForURL(Pattern.compile(".*/admin/notifications$"));
			// and enters the SMTP server
			page.getByTestId("smtp-host").fill("127.0.0.1");
			Locator port = page.locator("[data-testid=smtp-port] input, input[data-testid=smtp-port]");
			port.fill(String.valueOf(smtp.getSmtp().getPort()));
			port.blur();
			page.locator("[data-testid=smtp-tls] label", new Page.LocatorOptions().setHasText("None")).click();
			page.getByTestId("smtp-username").fill("baton");
			page.getByTestId("smtp-password").fill(PASSWORD);
			page.getByTestId("smtp-sender").fill("baton@example.com");
			page.getByTestId("base-url").fill("https://baton.example.com");
			page.getByTestId("save-mail").click();
			assertThat(page.getByText("E-mail settings saved")).isVisible();
			// then the password field is empty and says a password is saved
			assertThat(page.getByTestId("smtp-password")).hasValue("");
			assertThat(page.getByTestId("smtp-password")).hasAttribute("placeholder", "Saved — leave empty to keep it");
			// and a test mail reaches the server
			page.getByTestId("test-mail-to").fill("someone@example.com");
			page.getByTestId("send-test-mail").click();
			assertThat(page.getByText("Test mail sent to someone@example.com")).isVisible();
			assertThat(smtp.waitForIncomingEmail(10_000, 1)).isTrue();
			assertThat(smtp.getReceivedMessages()[0].getSubject()).isEqualTo("Baton test mail");

			// when the administrator adds a DingTalk robot for the sales department
			page.getByRole(com.microsoft.playwright.options.AriaRole.TAB,
					new Page.GetByRoleOptions().setName("Group robots"))
				.click();
			page.getByTestId("add-robot").click();
			page.getByTestId("robot-name-input").fill("群通知-销售");
			page.getByTestId("robot-scope").click();
			page.locator(".el-select-dropdown__item", new Page.LocatorOptions().setHasText("Sales")).first().click();
			page.getByTestId("robot-url").fill("http://127.0.0.1:9/robot/send?access_token=" + token);
			// a DingTalk robot without its secret is refused next to the field
			admin.allowConsoleError(Pattern.compile("status of 400"));
			page.getByTestId("save-robot").click();
			assertThat(page.getByText("A DingTalk robot needs its signing secret", new Page.GetByTextOptions()))
				.isVisible();
			page.getByTestId("robot-secret-input").fill(secret);
			page.getByTestId("save-robot").click();
			assertThat(page.getByText("Robot saved")).isVisible();
			// then the robot is listed with its token and secret masked
			Locator robot = page.getByTestId("robot").filter(new Locator.FilterOptions().setHasText("群通知-销售"));
			assertThat(robot.getByTestId("robot-webhook"))
				.hasText("http://127.0.0.1:9/robot/send?access_token=••••" + token.substring(token.length() - 4));
			assertThat(robot.getByTestId("robot-secret")).hasText("••••" + secret.substring(secret.length() - 4));
			assertThat(page.locator("body")).not().containsText(token);
			assertThat(page.locator("body")).not().containsText(secret);
			admin.screenshot("delivery-admin-desktop");
			// and the deliveries tab lists what failed
			page.getByRole(com.microsoft.playwright.options.AriaRole.TAB,
					new Page.GetByRoleOptions().setName("Deliveries"))
				.click();
			assertThat(page.getByText(Pattern.compile("^\\d+ in all$"))).isVisible();
		}
		// and on a phone the page fits the screen
		try (User admin = app.as("admin", Device.PHONE, "zh-CN")) {
			admin.open("/admin/notifications?tab=robots");
			assertThat(admin.page.getByTestId("robot")).not().hasCount(0);
			admin.assertFitsScreen("the group robots");
			admin.open("/admin/notifications");
			assertThat(admin.page.getByTestId("smtp-host")).hasValue("127.0.0.1");
			admin.assertFitsScreen("the e-mail settings");
		}
	}

}
