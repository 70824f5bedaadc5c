package dev.baton.webapp;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.RequestOptions;
import org.junit.jupiter.api.Assumptions;

/**
 * The web app as the demo users meet it: each {@link User} is a browser context that
 * logged in on the login page, clicks through the real pages and reads what they show
 * (labels in Chinese, the default UI language, unless a test switches). Whatever a user's
 * browser reports as an error (console errors, unhandled errors and rejections) fails the
 * test when the user is closed.
 */
final class WebApp {

	enum Device {

		DESKTOP(1280, 900, null),
		/**
		 * A 375-px phone: touch, a mobile viewport and a phone's user agent (which is
		 * what makes libraries such as flatpickr switch to their phone behaviour).
		 */
		PHONE(375, 740, "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) "
				+ "Chrome/130.0.0.0 Mobile Safari/537.36");

		final int width;

		final int height;

		final String userAgent;

		Device(int width, int height, String userAgent) {
			this.width = width;
			this.height = height;
			this.userAgent = userAgent;
		}

	}

	static final ObjectMapper JSON = new ObjectMapper();

	static final Path SCREENSHOTS = Paths.get("target", "screenshots");

	private final String base;

	WebApp(int port) {
		this.base = "http://localhost:" + port;
		if (!Files.exists(Paths.get("target", "classes", "static", "index.html"))) {
			Assumptions.assumeFalse(Boolean.getBoolean("skip.npm"), "built with -Dskip.npm: no web app to test");
			throw new IllegalStateException(
					"The web app is not built (target/classes/static/index.html): run ./mvnw verify");
		}
	}

	User as(String login) {
		return as(login, Device.DESKTOP, "zh-CN");
	}

	User as(String login, Device device, String locale) {
		User user = visitor(device, locale);
		try {
			user.login(login);
		}
		catch (RuntimeException | Error failed) {
			user.context.close();
			throw failed;
		}
		return user;
	}

	/**
	 * Someone who has not logged in yet (the login page, a link opened without a
	 * session).
	 */
	User visitor(Device device, String locale) {
		Browser.NewContextOptions options = new Browser.NewContextOptions().setViewportSize(device.width, device.height)
			.setLocale(locale)
			.setIsMobile(device == Device.PHONE)
			.setHasTouch(device == Device.PHONE)
			.setTimezoneId("Asia/Shanghai");
		if (device.userAgent != null) {
			options.setUserAgent(device.userAgent);
		}
		BrowserContext context = Chromium.browser().newContext(options);
		context.setDefaultTimeout(15_000);
		return new User(context, base, device, locale);
	}

	static final class User implements AutoCloseable {

		final Page page;

		private final BrowserContext context;

		private final String base;

		final Device device;

		private final String locale;

		private final BrowserConsole console = new BrowserConsole();

		private final ScreenFit screen;

		private String name = "a visitor";

		User(BrowserContext context, String base, Device device, String locale) {
			this.context = context;
			this.base = base;
			this.device = device;
			this.locale = locale;
			context.onPage(console::watch);
			this.page = context.newPage();
			this.screen = new ScreenFit(page, device.width);
		}

		/**
		 * Allows console errors matching the pattern from now on: only for an error the
		 * test provokes on purpose (e.g. the 400 that Chromium logs for a submission the
		 * server refuses).
		 */
		void allowConsoleError(Pattern pattern) {
			console.allow(pattern);
		}

		/** What the browser reported so far (and was not allowed). */
		List<String> consoleProblems() {
			roundTrip();
			return console.problems();
		}

		void login(String login) {
			login(login, "demo");
		}

		void login(String login, String password) {
			name = login;
			page.navigate(base + "/login");
			page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName(Pattern.compile("^(账号|Login)$")))
				.fill(login);
			page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName(Pattern.compile("^(密码|Password)$")))
				.fill(password);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("^(登录|Log in)$")))
				.click();
			// a person whose password an administrator set is sent to choose their own
			// first
			page.waitForURL(Pattern.compile(".*/(inbox|account/password).*"));
		}

		void open(String path) {
			page.navigate(base + path);
		}

		/**
		 * Clicks a link of the main navigation (top bar on desktop, tab bar on a phone).
		 */
		void nav(String label) {
			page.getByRole(AriaRole.NAVIGATION)
				.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(label))
				.first()
				.click();
		}

		/**
		 * A form field by its label (form-js marks required fields with a trailing
		 * asterisk).
		 */
		Locator label(String text) {
			return page.getByLabel(Pattern.compile("^" + escape(text) + "\\s*\\*?$"));
		}

		/**
		 * Escapes a text for a regular expression that Playwright hands to the browser
		 * (no \\Q…\\E there).
		 */
		static String escape(String text) {
			return text.replaceAll("[\\\\^$.|?*+()\\[\\]{}/]", "\\\\$0");
		}

		Locator button(String name) {
			return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
		}

		/** Picks an option of a form-js select. */
		void select(String label, String option) {
			label(label).focus();
			page.locator(".fjs-dropdownlist-item", new Page.LocatorOptions().setHasText(option)).first().click();
		}

		/**
		 * Types a date (yyyy-MM-dd) into a form-js date field, in the format of the
		 * browser's locale as form-js expects it (MM/dd/yyyy in en-US), and closes its
		 * picker.
		 */
		void date(String label, String date) {
			Locator input = label(label);
			String[] parts = date.split("-");
			input.fill(locale.equals("en-US") ? parts[1] + "/" + parts[2] + "/" + parts[0] : date);
			input.press("Enter");
			page.keyboard().press("Escape");
		}

		/**
		 * Starts a request from the catalogue and returns its id, read from the request
		 * page's address.
		 */
		String start(String processName, Consumer<User> fillForm) {
			nav("发起");
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("^" + processName)))
				.click();
			assertThat(page.locator(".fjs-form")).isVisible();
			fillForm.accept(this);
			button("提交申请").click();
			page.waitForURL(Pattern.compile(".*/requests/[^/]+$"));
			Matcher id = Pattern.compile("/requests/([^/?#]+)").matcher(page.url());
			if (!id.find()) {
				throw new AssertionError("no request id in " + page.url());
			}
			return id.group(1);
		}

		/**
		 * Opens the task of the request with this title (or number) from the inbox,
		 * claiming it when it is offered to several people.
		 */
		void openTask(String requestTitle) {
			nav("待办");
			page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName(Pattern.compile("^我的待办"))).click();
			page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("搜索")).fill(requestTitle);
			Locator row = taskItem(requestTitle);
			try {
				row.waitFor(new Locator.WaitForOptions().setTimeout(5_000));
			}
			catch (com.microsoft.playwright.TimeoutError notAssigned) {
				page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName(Pattern.compile("^可认领"))).click();
				taskItem(requestTitle).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("认领")).click();
				page.waitForURL(Pattern.compile(".*/tasks/.+"));
				assertThat(button("同意").or(button("提交"))).isVisible();
				return;
			}
			row.getByRole(AriaRole.LINK).first().click();
			page.waitForURL(Pattern.compile(".*/tasks/.+"));
			assertThat(page.locator(".fjs-form")).isVisible();
		}

		Locator taskItem(String requestTitle) {
			return page.getByTestId("task-item").filter(new Locator.FilterOptions().setHasText(requestTitle));
		}

		/**
		 * Approves (or submits, when the step's form asks for input) with an optional
		 * comment; back in the inbox.
		 */
		void approve(String comment) {
			button("同意").or(button("提交")).click();
			confirm(comment);
		}

		void reject(String comment) {
			button("拒绝").click();
			confirm(comment);
		}

		void returnTo(String target, String comment) {
			button("退回").click();
			Locator dialog = page.getByRole(AriaRole.DIALOG);
			dialog.locator(".el-radio").filter(new Locator.FilterOptions().setHasText(target)).click();
			confirm(comment);
		}

		/**
		 * Picks an action from the task page's "more" menu and confirms its dialog
		 * (person, comment).
		 */
		void more(String action, String person, String comment) {
			button("更多").click();
			page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName(action)).click();
			Locator dialog = page.getByRole(AriaRole.DIALOG);
			assertThat(dialog).isVisible();
			if (person != null) {
				dialog.locator(".el-select").click();
				page.keyboard().type(person);
				page.getByRole(AriaRole.OPTION,
						new Page.GetByRoleOptions().setName(Pattern.compile("\\(" + person + "\\)$")))
					.click();
			}
			if (comment != null) {
				dialog.getByLabel(Pattern.compile("^意见")).fill(comment);
			}
			dialog.getByTestId("confirm-action").click();
			assertThat(dialog).isHidden();
		}

		private void confirm(String comment) {
			Locator dialog = page.getByRole(AriaRole.DIALOG);
			assertThat(dialog).isVisible();
			if (comment != null) {
				dialog.getByLabel(Pattern.compile("^意见")).fill(comment);
			}
			dialog.getByTestId("confirm-action").click();
			page.waitForURL(Pattern.compile(".*/inbox.*"));
		}

		/** Opens one of my requests from "My requests", found by its title or number. */
		void openMyRequest(String titleOrId) {
			nav("我的申请");
			page.getByTestId("request-item")
				.filter(new Locator.FilterOptions().setHasText(titleOrId))
				.getByRole(AriaRole.LINK)
				.first()
				.click();
			page.waitForURL(Pattern.compile(".*/requests/.+"));
			assertThat(page.getByTestId("timeline")).isVisible();
		}

		/**
		 * The decisions of the request page's timeline, oldest first, as "actor decision"
		 * lines.
		 */
		List<String> timeline() {
			assertThat(page.getByTestId("timeline")).isVisible();
			Locator entries = page.getByTestId("timeline").locator("li");
			return entries.all()
				.stream()
				.map(entry -> entry.locator(".timeline-actor").innerText() + " "
						+ entry.locator(".timeline-decision").getAttribute("data-decision"))
				.toList();
		}

		List<String> timelineComments() {
			assertThat(page.getByTestId("timeline")).isVisible();
			return page.getByTestId("timeline").locator(".timeline-comment").allInnerTexts();
		}

		/**
		 * A whole-page screenshot; bars fixed to the screen are laid out in the page's
		 * flow for it.
		 */
		void screenshot(String name) {
			screen.screenshot(name);
		}

		/**
		 * Asserts that nothing on the page is wider than the screen (see
		 * {@link ScreenFit}).
		 */
		void assertFitsScreen(String where) {
			screen.assertFitsScreen(where);
		}

		/**
		 * Asserts that an element lies inside the visible screen (see {@link ScreenFit}).
		 */
		void assertInViewport(Locator element, String what) {
			screen.assertInViewport(element, what);
		}

		/**
		 * Calls Baton's REST API in this user's session (cookie and CSRF token of the
		 * browser context), e.g. to bring a request to a step; answers the JSON, fails on
		 * any error status.
		 */
		JsonNode api(String method, String path, Object body) {
			RequestOptions options = RequestOptions.create()
				.setMethod(method)
				.setHeader("Accept", "application/json")
				.setHeader("Accept-Language", locale)
				.setHeader("X-Requested-With", "XMLHttpRequest");
			context.cookies()
				.stream()
				.filter(cookie -> cookie.name.equals("XSRF-TOKEN"))
				.findFirst()
				.ifPresent(cookie -> options.setHeader("X-XSRF-TOKEN", cookie.value));
			try {
				if (body != null) {
					options.setHeader("Content-Type", "application/json").setData(JSON.writeValueAsString(body));
				}
				APIResponse response = page.request().fetch(base + path, options);
				if (!response.ok()) {
					throw new AssertionError(method + " " + path + " as " + name + " answered " + response.status()
							+ ": " + response.text());
				}
				String text = response.text();
				return text.isBlank() ? JSON.nullNode() : JSON.readTree(text);
			}
			catch (java.io.IOException e) {
				throw new java.io.UncheckedIOException(e);
			}
		}

		/**
		 * The id of this user's open task of a request, claiming it first when it is
		 * offered to several people.
		 */
		String taskOf(String requestId) {
			for (String scope : List.of("assigned", "candidate")) {
				for (JsonNode task : api("GET", "/api/tasks?size=100&scope=" + scope + "&q=" + requestId, null)
					.path("items")) {
					if (requestId.equals(task.path("requestId").asText())) {
						String id = task.path("id").asText();
						if (scope.equals("candidate")) {
							api("POST", "/api/tasks/" + id + "/claim", Map.of());
						}
						return id;
					}
				}
			}
			throw new AssertionError(name + " has no task of " + requestId);
		}

		/** Decides this user's task of a request through the API. */
		void decide(String requestId, String decision, Map<String, ?> data) {
			Map<String, Object> body = new java.util.HashMap<>();
			body.put("decision", decision);
			// rejecting and returning need a reason
			body.put("comment", decision.equals("approve") ? "" : "理由见附件");
			if (data != null) {
				body.put("data", data);
			}
			if (decision.equals("return")) {
				body.put("returnTo", "initiator");
			}
			api("POST", "/api/tasks/" + taskOf(requestId) + "/complete", body);
		}

		/**
		 * Closes the browser, then fails the test if it reported an error that was not
		 * allowed.
		 */
		@Override
		public void close() {
			try {
				roundTrip();
			}
			finally {
				context.close();
			}
			console.assertNone(name);
		}

		/** Lets Playwright deliver the events the browser sent so far. */
		private void roundTrip() {
			if (!page.isClosed()) {
				try {
					page.evaluate("() => 0");
				}
				catch (com.microsoft.playwright.PlaywrightException closing) {
					// the page went away meanwhile: nothing more to hear from it
				}
			}
		}

	}

}
