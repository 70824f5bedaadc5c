package dev.baton.webapp;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Keyboard;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.baton.support.BatonTest;
import dev.baton.webapp.WebApp.Device;
import dev.baton.webapp.WebApp.User;
import org.junit.jupiter.api.Test;

/**
 * Filling a form on a phone: no keystroke is lost however fast it comes (a phone's
 * keyboard commits text in bursts), number fields open a number keyboard, and a date
 * field has one calendar that opens inside the screen and picks a day by touch.
 */
@BatonTest
class PhoneFormsBrowserTest extends InTheBrowser {

	@Test
	void text_typed_right_after_a_number_field_reaches_the_server_whole() {
		try (User yangxue = app.as("yangxue", Device.PHONE, "zh-CN")) {
			openStartForm(yangxue, "请假申请");
			yangxue.select("请假类型 / Leave type", "事假 / Personal leave");
			yangxue.date("开始日期 / First day", "2030-06-03");
			yangxue.date("结束日期 / Last day", "2030-06-05");
			Keyboard keyboard = yangxue.page.keyboard();

			// the days, then straight on to the reason: no pause between the keystrokes
			yangxue.label("天数 / Days").tap();
			keyboard.type("2");
			yangxue.label("请假事由 / Reason").tap();
			keyboard.type("家中有事");
			// a phone's keyboard (an IME) commits whole words at once
			keyboard.insertText("，需要");
			keyboard.insertText("回家");
			// back to the number, and on again at once
			yangxue.label("天数 / Days").tap();
			keyboard.type(".5");
			yangxue.label("请假事由 / Reason").tap();
			keyboard.press("End");
			keyboard.insertText("照顾");
			keyboard.type("父母");

			assertThat(yangxue.label("请假事由 / Reason")).hasValue("家中有事，需要回家照顾父母");
			assertThat(yangxue.label("天数 / Days")).hasValue("2.5");
			yangxue.button("提交申请").click();
			yangxue.page.waitForURL(Pattern.compile(".*/requests/LV-.+"));
			String id = yangxue.page.url().replaceAll(".*/requests/", "");

			JsonNode data = yangxue.api("GET", "/api/requests/" + id, null).path("data");
			assertThat(data.path("reason").asText()).isEqualTo("家中有事，需要回家照顾父母");
			assertThat(data.path("days").decimalValue()).isEqualByComparingTo("2.5");
		}
	}

	@Test
	void number_fields_open_a_number_keyboard_also_in_rows_added_later() {
		try (User zhangwei = app.as("zhangwei", Device.PHONE, "zh-CN")) {
			openStartForm(zhangwei, "采购申请");
			assertThat(zhangwei.label("数量 / Quantity")).hasAttribute("inputmode", "decimal");
			assertThat(zhangwei.label("单价（元） / Unit price (CNY)")).hasAttribute("inputmode", "decimal");
			assertThat(zhangwei.label("标题 / Title")).not().hasAttribute("inputmode", Pattern.compile(".*"));
			zhangwei.button("添加一行").tap();
			Locator quantities = zhangwei.page.locator(".fjs-form-field-number input");
			assertThat(quantities).hasCount(4);
			for (Locator input : quantities.all()) {
				assertThat(input).hasAttribute("inputmode", "decimal");
			}

			openStartForm(zhangwei, "请假申请");
			assertThat(zhangwei.label("天数 / Days")).hasAttribute("inputmode", "decimal");
		}
	}

	@Test
	void a_date_field_has_one_calendar_inside_the_screen_that_picks_a_day_by_touch() {
		try (User yangxue = app.as("yangxue", Device.PHONE, "zh-CN")) {
			openStartForm(yangxue, "请假申请");
			Locator field = yangxue.page.locator(".fjs-form-field-datetime")
				.filter(new Locator.FilterOptions().setHasText("开始日期 / First day"));
			// one calendar icon, no second (native) date input beside it
			assertThat(field.locator(".fjs-input-adornment svg")).hasCount(1);
			assertThat(yangxue.page.locator(".fjs-form input[type=date]")).hasCount(0);

			yangxue.label("开始日期 / First day").tap();
			Locator calendar = field.locator(".flatpickr-calendar.open");
			assertThat(calendar).isVisible();
			yangxue.page.waitForTimeout(500); // the calendar scrolls into view
			yangxue.assertInViewport(calendar, "the date picker");
			yangxue.assertFitsScreen("the leave form with its date picker open");
			yangxue.screenshot("phone-date-picker");
			calendar.locator(".flatpickr-day:not(.prevMonthDay):not(.nextMonthDay)")
				.filter(new Locator.FilterOptions().setHasText(Pattern.compile("^15$")))
				.tap();
			assertThat(yangxue.label("开始日期 / First day")).hasValue(Pattern.compile("^\\d{4}/\\d{1,2}/15$"));
			assertThat(calendar).isHidden();

			// typed, then closed by tapping beside it: the picker goes away without an
			// error
			yangxue.label("结束日期 / Last day").tap();
			yangxue.page.keyboard().type("2030/6/5");
			yangxue.page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("请假申请 / Leave request")).tap();
			assertThat(yangxue.label("结束日期 / Last day")).hasValue("2030/6/5");
			assertThat(yangxue.page.locator(".flatpickr-calendar.open")).hasCount(0);
			// and leaving the page while a picker is open
			yangxue.label("开始日期 / First day").tap();
			assertThat(yangxue.page.locator(".flatpickr-calendar.open")).isVisible();
			yangxue.nav("待办");
			assertThat(yangxue.page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("待办"))).isVisible();
		}
	}

	private static void openStartForm(User user, String process) {
		user.nav("发起");
		user.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("^" + process))).click();
		assertThat(user.page.locator(".fjs-form")).isVisible();
	}

}
