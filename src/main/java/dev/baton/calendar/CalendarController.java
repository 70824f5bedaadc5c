package dev.baton.calendar;

import java.security.Principal;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Administrators keep the business calendar. */
@RestController
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "Calendar", description = "Working hours, public holidays and make-up working days (调休)")
class CalendarController {

	private final CalendarAdmin admin;

	CalendarController(CalendarAdmin admin) {
		this.admin = admin;
	}

	/** The working hours, how long a working day is, and the known years. */
	record CalendarView(CalendarAdmin.Hours hours, long minutesPerDay, List<CalendarAdmin.Year> years) {
	}

	/**
	 * A year: whether Baton knows its schedule, and the days that differ from the weekday
	 * rule (Monday to Friday work).
	 */
	record YearView(int year, boolean known, List<CalendarAdmin.Day> days) {
	}

	record NewYear(Integer year) {
	}

	/**
	 * @param kind {@code HOLIDAY}, {@code WORKDAY}, or {@code null}: as the weekday says
	 */
	record DayChange(String kind, String name) {
	}

	@GetMapping("/api/admin/calendar")
	@Operation(summary = "The working hours and the years whose holidays Baton knows")
	CalendarView read() {
		return view();
	}

	@PutMapping("/api/admin/calendar/hours")
	@Operation(summary = "Change the time zone and the working hours (HH:mm; lunch optional, both or neither)")
	CalendarView changeHours(@RequestBody CalendarAdmin.Hours body, Principal caller) {
		admin.changeHours(body, caller.getName());
		return view();
	}

	@GetMapping("/api/admin/calendar/years/{year}")
	@Operation(summary = "A year's holidays and make-up working days")
	YearView year(@PathVariable int year) {
		return new YearView(year, admin.knows(year), admin.days(year));
	}

	@PostMapping("/api/admin/calendar/years")
	@Operation(summary = "Add a year (its schedule is then entered day by day)")
	CalendarView addYear(@RequestBody NewYear body, Principal caller) {
		admin.addYear(body == null ? null : body.year(), caller.getName());
		return view();
	}

	@PutMapping("/api/admin/calendar/days/{date}")
	@Operation(summary = "Mark a day (yyyy-MM-dd) as a holiday or a make-up working day, or unmark it")
	YearView markDay(@PathVariable String date, @RequestBody DayChange body, Principal caller) {
		CalendarAdmin.Day day = admin.markDay(date, body == null ? null : body.kind(),
				body == null ? null : body.name(), caller.getName());
		LocalDate marked = day.date();
		return year(marked.getYear());
	}

	private CalendarView view() {
		CalendarAdmin.Hours hours = admin.hours();
		WorkingHours working = new WorkingHours(java.time.ZoneId.of(hours.timeZone()),
				java.time.LocalTime.parse(hours.workStart()), java.time.LocalTime.parse(hours.workEnd()),
				hours.lunchStart() == null ? null : java.time.LocalTime.parse(hours.lunchStart()),
				hours.lunchEnd() == null ? null : java.time.LocalTime.parse(hours.lunchEnd()));
		return new CalendarView(hours, working.perDay().toMinutes(), admin.years());
	}

}
