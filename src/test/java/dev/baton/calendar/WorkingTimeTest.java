package dev.baton.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * Working-time arithmetic over the shipped Chinese schedule (chinese-days 1.5.7) and the
 * default working hours, 09:00–18:00 with lunch 12:00–13:00, Asia/Shanghai.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class WorkingTimeTest {

	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	private final WorkingTime calendar = new WorkingTime(WorkingHours.DEFAULT, shippedDays());

	@Test
	void the_shipped_2025_schedule_has_national_day_off_from_1_to_8_october_and_work_on_28_september_and_11_october() {
		// given the shipped 2025 schedule
		// then the National Day week is off and both weekends around it work
		for (int day = 1; day <= 8; day++) {
			assertThat(calendar.isWorkingDay(LocalDate.of(2025, 10, day))).as("2025-10-%02d", day).isFalse();
		}
		assertThat(calendar.isWorkingDay(LocalDate.of(2025, 9, 28))).as("Sunday 28 September").isTrue();
		assertThat(calendar.isWorkingDay(LocalDate.of(2025, 10, 11))).as("Saturday 11 October").isTrue();
		assertThat(calendar.isWorkingDay(LocalDate.of(2025, 9, 27))).as("Saturday 27 September").isFalse();
		assertThat(calendar.isWorkingDay(LocalDate.of(2025, 9, 26))).as("Friday 26 September").isTrue();
	}

	@Test
	void three_working_days_from_the_friday_before_national_day_count_the_make_up_sunday() {
		// given Friday 2025-09-26 10:00: the working days after it are Sunday 28
		// (make-up),
		// Monday 29, Tuesday 30, then the holiday until Wednesday 8 October
		Instant friday = at(2025, 9, 26, 10, 0);
		// when three and four working days are added
		// then three end on Tuesday 30 September (Sunday 28 counted, Saturday 27 not),
		// and four jump the holiday to Thursday 9 October
		assertThat(calendar.addDays(friday, 3)).isEqualTo(at(2025, 9, 30, 10, 0));
		assertThat(calendar.addDays(friday, 4)).isEqualTo(at(2025, 10, 9, 10, 0));
	}

	@Test
	void three_working_days_from_the_last_day_before_the_holiday_land_after_it_on_the_make_up_saturday() {
		// given Tuesday 2025-09-30 15:00, the last working day before the National Day
		// week
		// when three working days are added
		Instant due = calendar.addDays(at(2025, 9, 30, 15, 0), 3);
		// then they skip 1 to 8 October and end on the make-up Saturday 11 October
		assertThat(due).isEqualTo(at(2025, 10, 11, 15, 0));
		assertThat(due).isAfter(at(2025, 10, 8, 23, 59));
	}

	@Test
	void working_hours_skip_the_lunch_break() {
		// given Monday 2025-09-29 11:00
		// when two working hours are added
		// then the hour of lunch does not count: 14:00
		assertThat(calendar.add(at(2025, 9, 29, 11, 0), Duration.ofHours(2))).isEqualTo(at(2025, 9, 29, 14, 0));
		// and a start inside the lunch break counts from 13:00
		assertThat(calendar.add(at(2025, 9, 29, 12, 30), Duration.ofMinutes(30))).isEqualTo(at(2025, 9, 29, 13, 30));
	}

	@Test
	void working_hours_skip_the_night_and_the_weekend() {
		// given Friday 2025-11-07 17:00
		// when three working hours are added
		// then one hour on Friday, the weekend is skipped, two on Monday: 11:00
		assertThat(calendar.add(at(2025, 11, 7, 17, 0), Duration.ofHours(3))).isEqualTo(at(2025, 11, 10, 11, 0));
		// and a start at night counts from 09:00 the next working day
		assertThat(calendar.add(at(2025, 11, 10, 22, 0), Duration.ofHours(1))).isEqualTo(at(2025, 11, 11, 10, 0));
	}

	@Test
	void an_amount_that_ends_exactly_at_a_break_ends_before_it() {
		// given Monday 2025-11-10 09:00
		// then three hours end at 12:00, not at 13:00, and eight at 18:00, not the next
		// morning
		assertThat(calendar.add(at(2025, 11, 10, 9, 0), Duration.ofHours(3))).isEqualTo(at(2025, 11, 10, 12, 0));
		assertThat(calendar.add(at(2025, 11, 10, 9, 0), Duration.ofHours(8))).isEqualTo(at(2025, 11, 10, 18, 0));
	}

	@Test
	void the_working_time_between_two_moments_leaves_out_lunch_nights_weekends_and_holidays() {
		// given Friday 2025-09-26 16:00 and Thursday 2025-10-09 10:30
		// then: Friday 2 h, Sunday 28 8 h, Monday 8 h, Tuesday 8 h, the holiday 0,
		// Thursday 1.5 h
		assertThat(calendar.between(at(2025, 9, 26, 16, 0), at(2025, 10, 9, 10, 30)))
			.isEqualTo(Duration.ofMinutes(27 * 60 + 30));
		// and across lunch one day: 11:00 to 14:00 is two working hours
		assertThat(calendar.between(at(2025, 9, 29, 11, 0), at(2025, 9, 29, 14, 0))).isEqualTo(Duration.ofHours(2));
		// and backwards it is nothing
		assertThat(calendar.between(at(2025, 9, 29, 14, 0), at(2025, 9, 29, 11, 0))).isZero();
	}

	@Test
	void other_working_hours_without_lunch_and_in_another_time_zone_are_respected() {
		// given 08:00–16:00 without lunch in UTC, no holidays
		WorkingTime utc = new WorkingTime(
				new WorkingHours(ZoneId.of("UTC"), LocalTime.of(8, 0), LocalTime.of(16, 0), null, null), Map.of());
		// when a working day is added to Monday 2025-11-10 12:00 UTC
		// then it ends Tuesday 12:00 UTC; and the day holds eight hours
		assertThat(utc.addDays(Instant.parse("2025-11-10T12:00:00Z"), 1))
			.isEqualTo(Instant.parse("2025-11-11T12:00:00Z"));
		assertThat(utc.hours().perDay()).isEqualTo(Duration.ofHours(8));
	}

	@Test
	void the_2026_spring_festival_works_on_the_make_up_saturdays() {
		// given the shipped 2026 schedule: 15–23 February off, Saturdays 14 and 28 work
		// when one working day is added to Friday 13 February 10:00
		// then it ends on Saturday 14 February; and one more jumps to Tuesday 24 February
		assertThat(calendar.addDays(at(2026, 2, 13, 10, 0), 1)).isEqualTo(at(2026, 2, 14, 10, 0));
		assertThat(calendar.addDays(at(2026, 2, 13, 10, 0), 2)).isEqualTo(at(2026, 2, 24, 10, 0));
	}

	static Map<LocalDate, DayKind> shippedDays() {
		Map<LocalDate, DayKind> days = new HashMap<>();
		for (List<ShippedHolidays.Day> year : ShippedHolidays.years().values()) {
			year.forEach(day -> days.put(day.date(), day.kind()));
		}
		return days;
	}

	private static Instant at(int year, int month, int day, int hour, int minute) {
		return LocalDateTime.of(year, month, day, hour, minute).atZone(SHANGHAI).toInstant();
	}

}
