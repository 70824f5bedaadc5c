package dev.baton.webapp;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import dev.baton.settings.CompanySettings;
import dev.baton.settings.Settings;
import dev.baton.support.BatonTest;
import dev.baton.webapp.WebApp.Device;
import dev.baton.webapp.WebApp.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The administrator names the company on the settings page; the login page and the top
 * bar show the name and the logo, a file that is no image is refused next to the logo,
 * and the name is set back afterwards; on a phone the page fits the screen. The settings
 * are global: whatever this test changes is put back.
 */
@BatonTest
class SettingsBrowserTest extends InTheBrowser {

	/** A 1×1 transparent PNG. */
	private static final byte[] PNG = java.util.Base64.getDecoder()
		.decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

	@Autowired
	CompanySettings settings;

	private Settings before;

	@BeforeEach
	void remember() {
		before = settings.current();
	}

	@AfterEach
	void restore() {
		settings.update(
				new CompanySettings.Change(before.companyName(), before.defaultLanguage(), before.sessionMinutes()),
				"admin");
		if (!before.hasLogo() && settings.current().hasLogo()) {
			settings.removeLogo("admin");
		}
	}

	@Test
	void the_administrator_names_the_company_and_the_login_page_shows_it() {
		try (User admin = app.as("admin", Device.DESKTOP, "en-US")) {
			Page page = admin.page;
			// when the administrator opens the settings from the top bar and names the
			// company
			admin.nav("Settings");
			page.waitForURL(Pattern.compile(".*/admin/settings$"));
			Locator name = page.getByTestId("company-name-input");
			name.fill("星辰贸易有限公司");
			page.getByTestId("save-settings").click();
			assertThat(page.getByText("Settings saved")).isVisible();
			// then the top bar shows the name
			assertThat(page.getByTestId("brand-name")).hasText("星辰贸易有限公司");
			// and a logo can be uploaded and is shown
			page.getByTestId("logo-file").setInputFiles(new FilePayload("logo.png", "image/png", PNG));
			assertThat(page.getByTestId("logo-preview")).isVisible();
			// a file that is no image is refused, naming the logo
			admin.allowConsoleError(Pattern.compile("status of 400"));
			page.getByTestId("logo-file").setInputFiles(new FilePayload("logo.png", "image/png", "<svg/>".getBytes()));
			assertThat(page.getByTestId("logo-error")).hasText("The logo must be a PNG, JPEG or WebP image.");
			admin.screenshot("settings-desktop");
		}
		// and a visitor's login page shows the company's name and logo
		try (User visitor = app.visitor(Device.PHONE, "zh-CN")) {
			visitor.open("/login");
			assertThat(visitor.page.getByTestId("company-name")).hasText("星辰贸易有限公司");
			assertThat(visitor.page.getByTestId("company-logo")).isVisible();
			visitor.assertFitsScreen("the login page with the company's name");
		}
		// when the administrator sets the name back
		try (User admin = app.as("admin", Device.DESKTOP, "en-US")) {
			admin.open("/admin/settings");
			Page page = admin.page;
			Locator name = page.getByTestId("company-name-input");
			assertThat(name).hasValue("星辰贸易有限公司");
			name.fill(before.companyName() == null ? "" : before.companyName());
			page.getByTestId("save-settings").click();
			assertThat(page.getByText("Settings saved")).isVisible();
		}
		// then the login page is Baton's again
		try (User visitor = app.visitor(Device.DESKTOP, "en-US")) {
			visitor.open("/login");
			assertThat(visitor.page.getByTestId("company-name")).hasCount(before.companyName() == null ? 0 : 1);
		}
	}

	@Test
	void the_settings_page_fits_a_phone_and_keeps_the_session_length_in_range() {
		try (User admin = app.as("admin", Device.PHONE, "zh-CN")) {
			admin.open("/admin/settings");
			Page page = admin.page;
			Locator minutes = page.locator("[data-testid=session-minutes] input, input[data-testid=session-minutes]");
			assertThat(minutes).hasValue(String.valueOf(before.sessionMinutes()));
			admin.assertFitsScreen("the settings page");
			// the number field keeps values in range itself; the server is the last word
			minutes.fill("3");
			minutes.blur();
			assertThat(minutes).hasValue("5");
		}
	}

}
