package dev.baton.webapp;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import dev.baton.support.BatonTest;
import dev.baton.webapp.WebApp.Device;
import dev.baton.webapp.WebApp.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Deadlines in the browser: an administrator marks a company holiday in the business
 * calendar on a phone, and a designer gives a step a deadline in working days with
 * reminders and escalation in the properties panel, which the server's check accepts. The
 * holiday and the draft are removed afterwards.
 */
@BatonTest
class DeadlinesBrowserTest extends InTheBrowser {

	private static final String HOLIDAY = "2026-12-24";

	@Autowired
	JdbcTemplate jdbc;

	private String draftKey;

	@AfterEach
	void cleanUp() {
		jdbc.update("DELETE FROM baton_calendar_day WHERE calendar_date = DATE '" + HOLIDAY + "'");
		jdbc.update("UPDATE baton_calendar_hours SET version = version + 1 WHERE id = 1");
		if (draftKey != null) {
			try (User designer = app.as("designer")) {
				designer.open("/designer");
				api(designer, "DELETE", "/api/modeling/processes/" + draftKey + "/draft", null);
			}
		}
	}

	@Test
	void an_administrator_marks_a_company_holiday_in_the_calendar_on_a_phone() {
		try (User admin = app.as("admin", Device.PHONE, "zh-CN")) {
			Page page = admin.page;
			// when the administrator opens the calendar from the console's tabs
			admin.open("/admin/org");
			page.getByRole(com.microsoft.playwright.options.AriaRole.LINK, new Page.GetByRoleOptions().setName("工作日历"))
				.click();
			page.waitForURL(Pattern.compile(".*/admin/calendar$"));
			// the shipped 2026 schedule is there: Spring Festival off, its Saturdays work
			choose2026(page);
			assertThat(page.locator("button[data-date='2026-02-16']")).hasAttribute("data-kind", "HOLIDAY");
			assertThat(page.locator("button[data-date='2026-02-28']")).hasAttribute("data-kind", "WORKDAY");
			assertThat(page.getByText("chinese-days 1.5.7", new Page.GetByTextOptions().setExact(false))).isVisible();
			admin.assertFitsScreen("the calendar page");
			// when they mark Thursday 24 December as the company's annual party
			page.locator("button[data-date='" + HOLIDAY + "']").click();
			Locator dialog = page.getByTestId("day-dialog");
			assertThat(dialog).isVisible();
			dialog.getByText("节假日", new Locator.GetByTextOptions().setExact(true)).click();
			dialog.getByTestId("day-name").fill("公司年会");
			admin.assertFitsScreen("the day dialog");
			dialog.getByTestId("save-day").click();
			// then the day shows as a holiday and in the list of marked days
			assertThat(page.locator("button[data-date='" + HOLIDAY + "']")).hasAttribute("data-kind", "HOLIDAY");
			assertThat(page.getByTestId("marked-days").locator("[data-date='" + HOLIDAY + "']")).containsText("公司年会");
			admin.screenshot("calendar-phone");
		}
		// and the server computes with it
		org.assertj.core.api.Assertions
			.assertThat(jdbc.queryForObject(
					"SELECT kind FROM baton_calendar_day WHERE calendar_date = DATE '" + HOLIDAY + "'", String.class))
			.isEqualTo("HOLIDAY");
	}

	@Test
	void a_designer_gives_a_step_a_deadline_and_reminders_in_the_properties_panel() {
		draftKey = "outing-" + System.nanoTime() % 1_000_000;
		try (User designer = app.as("designer")) {
			Page page = designer.page;
			designer.open("/designer");
			api(designer, "POST", "/api/modeling/processes", "{\"key\":\"" + draftKey
					+ "\",\"name\":{\"zh\":\"外出申请\",\"en\":\"Outing\"},\"copyOf\":{\"key\":\"leave-request\",\"version\":null}}");
			designer.open("/designer/" + draftKey + "/draft");
			page.locator("[data-testid=modeler-canvas][data-ready=true]")
				.waitFor(new Locator.WaitForOptions().setTimeout(30_000));
			// when the designer selects the manager's step and opens 期限与提醒
			page.locator(".djs-element.djs-shape[data-element-id=\"Task_ManagerApproval\"]").click();
			Locator header = page
				.locator("[data-group-id=\"group-baton-deadline\"] .bio-properties-panel-group-header");
			assertThat(header).containsText("期限与提醒");
			if (!header.getAttribute("class").contains("open")) {
				header.click();
			}
			// only the due time is asked until there is one
			assertThat(page.locator("#bio-properties-panel-batonRemindBefore")).hasCount(0);
			page.locator("#bio-properties-panel-batonDueAmount").fill("2");
			page.locator("#bio-properties-panel-batonDueUnit").selectOption(new SelectOption().setLabel("个工作日"));
			page.locator("#bio-properties-panel-batonRemindBefore").fill("4");
			page.locator("#bio-properties-panel-batonRemindOverdue")
				.selectOption(new SelectOption().setLabel("反复提醒审批人"));
			page.locator("#bio-properties-panel-batonRemindEvery").fill("8");
			page.locator("#bio-properties-panel-batonEscalate")
				.selectOption(new SelectOption().setLabel("转交给审批人的上级处理"));
			page.locator("#bio-properties-panel-batonEscalateAfter").fill("24");
			page.locator("#bio-properties-panel-batonEscalateAfter").press("Tab");
			designer.screenshot("designer-deadline");
			// then the server's check accepts the step
			designer.button("检查").click();
			assertThat(page.getByTestId("check-ok")).isVisible();
			// and the saved draft carries the deadline
			Map<?, ?> draft = (Map<?, ?>) api(designer, "GET", "/api/modeling/processes/" + draftKey + "/draft", null);
			String bpmn = String.valueOf(draft.get("bpmnXml"));
			org.assertj.core.api.Assertions.assertThat(bpmn)
				.contains("name=\"baton.deadline.due\" value=\"2d\"",
						"name=\"baton.deadline.remind-before\" value=\"4\"",
						"name=\"baton.deadline.remind-overdue\" value=\"repeat\"",
						"name=\"baton.deadline.remind-every\" value=\"8\"",
						"name=\"baton.deadline.escalate\" value=\"transfer-to-manager\"",
						"name=\"baton.deadline.escalate-after\" value=\"24\"");
		}
	}

	private static void choose2026(Page page) {
		Locator year = page.getByTestId("calendar-year");
		if (!year.innerText().contains("2026")) {
			year.click();
			page.locator(".el-select-dropdown__item", new Page.LocatorOptions().setHasText("2026")).first().click();
		}
	}

	/** Calls Baton's REST API from the user's page, with their session and CSRF token. */
	private static Object api(User user, String method, String path, String body) {
		return user.page.evaluate(
				"""
						async ([method, path, body]) => {
						  const cookie = document.cookie.split('; ').find((c) => c.startsWith('XSRF-TOKEN='));
						  const token = cookie ? decodeURIComponent(cookie.substring('XSRF-TOKEN='.length)) : '';
						  const response = await fetch(path, { method, body, headers: { 'Content-Type': 'application/json', 'X-XSRF-TOKEN': token } });
						  if (!response.ok) throw new Error(method + ' ' + path + ': ' + response.status + ' ' + await response.text());
						  return response.status === 204 ? null : await response.json();
						}""",
				java.util.Arrays.asList(method, path, body));
	}

}
