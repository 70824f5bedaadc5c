package dev.baton.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import dev.baton.support.BatonTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Administrators keep the business calendar over {@code /api/admin/calendar}: the shipped
 * years are there, a marked holiday changes working-day arithmetic at once, bad values
 * are refused naming the field in the caller's language. Each test puts the calendar
 * back.
 */
@BatonTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class CalendarApiTest {

	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	@Autowired
	MockMvc http;

	@Autowired
	BusinessCalendar calendar;

	@Autowired
	CalendarAdmin admin;

	@Autowired
	JdbcTemplate jdbc;

	CalendarAdmin.Hours hoursBefore;

	@BeforeEach
	void remember() {
		hoursBefore = admin.hours();
	}

	@AfterEach
	void restore() {
		admin.changeHours(hoursBefore, "admin");
		jdbc.update("DELETE FROM baton_calendar_day WHERE changed_by = 'admin'");
		jdbc.update("DELETE FROM baton_calendar_day WHERE calendar_date >= DATE '2099-01-01'");
		jdbc.update("DELETE FROM baton_calendar_year WHERE calendar_year = 2099");
		jdbc.update("UPDATE baton_calendar_hours SET version = version + 1 WHERE id = 1");
	}

	@Test
	void the_shipped_years_and_the_default_working_hours_are_there() throws Exception {
		// when an administrator opens the calendar
		as("admin", get("/api/admin/calendar")).andExpect(status().isOk())
			.andExpect(jsonPath("$.hours.timeZone").value("Asia/Shanghai"))
			.andExpect(jsonPath("$.hours.workStart").value("09:00"))
			.andExpect(jsonPath("$.hours.lunchEnd").value("13:00"))
			.andExpect(jsonPath("$.minutesPerDay").value(480))
			.andExpect(jsonPath("$.years[?(@.year==2025)].source").value(hasItem("chinese-days 1.5.7")))
			.andExpect(jsonPath("$.years[?(@.year==2026)].source").value(hasItem("chinese-days 1.5.7")));
		// then 2025 has National Day off and its make-up Sunday
		as("admin", get("/api/admin/calendar/years/2025")).andExpect(status().isOk())
			.andExpect(jsonPath("$.known").value(true))
			.andExpect(jsonPath("$.days[?(@.date=='2025-10-01')].kind").value(hasItem("HOLIDAY")))
			.andExpect(jsonPath("$.days[?(@.date=='2025-10-01')].name").value(hasItem("国庆节")))
			.andExpect(jsonPath("$.days[?(@.date=='2025-09-28')].kind").value(hasItem("WORKDAY")));
	}

	@Test
	void a_holiday_an_administrator_marks_counts_at_once_and_unmarking_it_restores_the_weekday() throws Exception {
		// given Wednesday 2026-12-23 at 10:00, one working day later is Thursday 24
		Instant wednesday = LocalDateTime.of(2026, 12, 23, 10, 0).atZone(SHANGHAI).toInstant();
		assertThat(calendar.addWorkingDays(wednesday, 1)).isEqualTo(at(2026, 12, 24, 10));
		// when the administrator marks Thursday 24 as a company holiday
		as("admin", put("/api/admin/calendar/days/2026-12-24").content("""
				{"kind":"HOLIDAY","name":"公司年会"}""")).andExpect(status().isOk())
			.andExpect(jsonPath("$.days[?(@.date=='2026-12-24')].name").value(hasItem("公司年会")));
		// then one working day later is Friday 25
		assertThat(calendar.addWorkingDays(wednesday, 1)).isEqualTo(at(2026, 12, 25, 10));
		// and the audit trail says who marked what
		assertThat(jdbc.queryForMap("SELECT actor_id, comment_text FROM baton_approval_ledger "
				+ "WHERE decision = 'calendar-day-changed' ORDER BY id DESC LIMIT 1"))
			.containsEntry("ACTOR_ID", "admin")
			.containsEntry("COMMENT_TEXT", "2026-12-24 HOLIDAY 公司年会");
		// when the mark is taken off, Thursday works again
		as("admin", put("/api/admin/calendar/days/2026-12-24").content("{\"kind\":null}")).andExpect(status().isOk());
		assertThat(calendar.addWorkingDays(wednesday, 1)).isEqualTo(at(2026, 12, 24, 10));
	}

	@Test
	void working_hours_an_administrator_changes_count_at_once() throws Exception {
		// when the working day becomes 08:30–17:30 with lunch 12:00–13:30
		as("admin", put("/api/admin/calendar/hours").content(
				"""
						{"timeZone":"Asia/Shanghai","workStart":"08:30","workEnd":"17:30","lunchStart":"12:00","lunchEnd":"13:30"}"""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.minutesPerDay").value(450));
		// then two working hours from 11:00 end at 14:30
		assertThat(calendar.addWorkingTime(at(2026, 12, 23, 11), java.time.Duration.ofHours(2)))
			.isEqualTo(LocalDateTime.of(2026, 12, 23, 14, 30).atZone(SHANGHAI).toInstant());
	}

	@Test
	void a_new_year_is_added_and_then_takes_marks() throws Exception {
		// when an administrator adds 2099 and marks a make-up Saturday in it
		as("admin", post("/api/admin/calendar/years").content("{\"year\":2099}")).andExpect(status().isOk())
			.andExpect(jsonPath("$.years[?(@.year==2099)].source").value(hasItem("admin")));
		as("admin", put("/api/admin/calendar/days/2099-01-03").content("{\"kind\":\"WORKDAY\"}"))
			.andExpect(status().isOk());
		// then the year shows it
		as("admin", get("/api/admin/calendar/years/2099")).andExpect(jsonPath("$.known").value(true))
			.andExpect(jsonPath("$.days[0].date").value("2099-01-03"))
			.andExpect(jsonPath("$.days[0].kind").value("WORKDAY"));
		// and adding it again is refused naming the field
		as("admin", post("/api/admin/calendar/years").header("Accept-Language", "zh-CN").content("{\"year\":2099}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("year"))
			.andExpect(jsonPath("$.errors[0].message").value("日历中已有 2099 年。"));
	}

	@Test
	void bad_values_are_refused_naming_each_field_in_the_callers_language_and_change_nothing() throws Exception {
		as("admin", put("/api/admin/calendar/hours").header("Accept-Language", "zh-CN").content("""
				{"timeZone":"Mars/Olympus","workStart":"25:00","workEnd":"18:00","lunchStart":"12:00"}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("timeZone", "workStart", "lunchEnd")))
			.andExpect(jsonPath("$.errors[?(@.field=='workStart')].message")
				.value(hasItem("“25:00”不是时间（格式 HH:mm，例如 09:00）。")));
		as("admin", put("/api/admin/calendar/days/2026-12-23").content("{\"kind\":\"WORKDAY\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("kind"));
		as("admin", put("/api/admin/calendar/days/2098-01-05").content("{\"kind\":\"HOLIDAY\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("date"));
		as("admin", put("/api/admin/calendar/days/tomorrow").content("{\"kind\":\"HOLIDAY\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("date"));
		as("admin", post("/api/admin/calendar/years").content("{\"year\":1999}")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("year"));
		assertThat(admin.hours().workStart()).isEqualTo(hoursBefore.workStart());
		assertThat(admin.days(2098)).isEmpty();
	}

	@Test
	void only_administrators_reach_the_calendar() throws Exception {
		as("zhangwei", get("/api/admin/calendar")).andExpect(status().isForbidden());
		as("zhangwei", put("/api/admin/calendar/days/2026-12-24").content("{\"kind\":\"HOLIDAY\"}"))
			.andExpect(status().isForbidden());
		assertThat(admin.days(2026)).noneMatch(day -> day.date().toString().equals("2026-12-24"));
	}

	private static Instant at(int year, int month, int day, int hour) {
		return LocalDateTime.of(year, month, day, hour, 0).atZone(SHANGHAI).toInstant();
	}

	private ResultActions as(String user, MockHttpServletRequestBuilder request) throws Exception {
		return http.perform(request.with(httpBasic(user, "demo")).contentType(MediaType.APPLICATION_JSON));
	}

}
