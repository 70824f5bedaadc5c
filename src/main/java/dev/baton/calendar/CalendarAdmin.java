package dev.baton.calendar;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.baton.web.ProblemException;
import dev.baton.web.ProblemException.FieldProblem;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an administrator reads and changes in the calendar: the working hours and time
 * zone, the known years, and per day a holiday or a make-up working day. Every change is
 * checked first (a refusal answers 400 naming each field and changes nothing) and raises
 * the calendar's version, so every node computes with it from then on; it is announced as
 * {@link CalendarChanged} for the audit trail.
 */
@Service
class CalendarAdmin {

	static final int FIRST_YEAR = 2000;

	static final int LAST_YEAR = 2100;

	static final int MAX_NAME = 100;

	private final JdbcTemplate jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock = Clock.systemUTC();

	CalendarAdmin(JdbcTemplate jdbc, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	/** The working hours as stored, times as HH:mm. */
	record Hours(String timeZone, String workStart, String workEnd, String lunchStart, String lunchEnd, long version,
			String updatedBy) {
	}

	/** A year Baton knows, and where its schedule came from. */
	record Year(int year, String source) {
	}

	/** A day that differs from the weekday rule. */
	record Day(LocalDate date, DayKind kind, String name) {
	}

	@Transactional(readOnly = true)
	Hours hours() {
		return jdbc.queryForObject("""
				SELECT time_zone, work_start, work_end, lunch_start, lunch_end, version, updated_by
				FROM baton_calendar_hours WHERE id = 1""",
				(row, i) -> new Hours(row.getString("time_zone"), row.getString("work_start"),
						row.getString("work_end"), row.getString("lunch_start"), row.getString("lunch_end"),
						row.getLong("version"), row.getString("updated_by")));
	}

	@Transactional(readOnly = true)
	List<Year> years() {
		return jdbc.query("SELECT calendar_year, source FROM baton_calendar_year ORDER BY calendar_year",
				(row, i) -> new Year(row.getInt("calendar_year"), row.getString("source")));
	}

	@Transactional(readOnly = true)
	boolean knows(int year) {
		Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM baton_calendar_year WHERE calendar_year = ?",
				Integer.class, year);
		return count != null && count > 0;
	}

	/** The days of a year that differ from the weekday rule, in date order. */
	@Transactional(readOnly = true)
	List<Day> days(int year) {
		return jdbc.query(
				"SELECT calendar_date, kind, name FROM baton_calendar_day WHERE calendar_date >= ? AND calendar_date <= ? "
						+ "ORDER BY calendar_date",
				(row, i) -> new Day(row.getDate("calendar_date").toLocalDate(), DayKind.valueOf(row.getString("kind")),
						row.getString("name")),
				Date.valueOf(LocalDate.of(year, 1, 1)), Date.valueOf(LocalDate.of(year, 12, 31)));
	}

	@Transactional
	Hours changeHours(Hours change, String actorId) {
		List<FieldProblem> problems = new ArrayList<>();
		ZoneId zone = zone(change.timeZone(), problems);
		LocalTime start = time("workStart", change.workStart(), true, problems);
		LocalTime end = time("workEnd", change.workEnd(), true, problems);
		LocalTime lunchStart = time("lunchStart", change.lunchStart(), false, problems);
		LocalTime lunchEnd = time("lunchEnd", change.lunchEnd(), false, problems);
		if (start != null && end != null && !start.isBefore(end)) {
			problems.add(new FieldProblem("workEnd", "calendar.hours.endBeforeStart"));
		}
		if ((lunchStart == null) != (lunchEnd == null) && (blank(change.lunchStart()) || blank(change.lunchEnd()))) {
			problems.add(new FieldProblem(lunchStart == null ? "lunchStart" : "lunchEnd", "calendar.hours.lunchBoth"));
		}
		if (lunchStart != null && lunchEnd != null && start != null && end != null
				&& (!lunchStart.isBefore(lunchEnd) || lunchStart.isBefore(start) || lunchEnd.isAfter(end)
						|| lunchStart.equals(start) || lunchEnd.equals(end))) {
			problems.add(new FieldProblem("lunchStart", "calendar.hours.lunchInside"));
		}
		if (!problems.isEmpty()) {
			throw new ProblemException(HttpStatus.BAD_REQUEST, "error.invalidFields", problems);
		}
		jdbc.update("""
				UPDATE baton_calendar_hours SET time_zone = ?, work_start = ?, work_end = ?, lunch_start = ?,
				    lunch_end = ?, version = version + 1, updated_by = ?, updated_at = ? WHERE id = 1""", zone.getId(),
				start.toString(), end.toString(), text(lunchStart), text(lunchEnd), actorId, now());
		events.publishEvent(new CalendarChanged("calendar-hours", zone.getId() + " " + start + "–" + end
				+ (lunchStart == null ? "" : ", lunch " + lunchStart + "–" + lunchEnd), actorId));
		return hours();
	}

	@Transactional
	Year addYear(Integer year, String actorId) {
		if (year == null) {
			throw invalid("year", "calendar.required");
		}
		if (year < FIRST_YEAR || year > LAST_YEAR) {
			throw invalid("year", "calendar.year.range", FIRST_YEAR, LAST_YEAR);
		}
		if (knows(year)) {
			throw invalid("year", "calendar.year.exists", String.valueOf(year));
		}
		jdbc.update("INSERT INTO baton_calendar_year (calendar_year, source, added_by, added_at) VALUES (?, ?, ?, ?)",
				year, "admin", actorId, now());
		bumpVersion();
		events.publishEvent(new CalendarChanged("calendar-year", String.valueOf(year), actorId));
		return new Year(year, "admin");
	}

	/**
	 * Marks a day as a holiday or a make-up working day, or (kind {@code null}) back to
	 * what its weekday says.
	 */
	@Transactional
	Day markDay(String dateText, String kindText, String name, String actorId) {
		List<FieldProblem> problems = new ArrayList<>();
		LocalDate date = null;
		try {
			date = LocalDate.parse(dateText == null ? "" : dateText.strip());
		}
		catch (DateTimeParseException unreadable) {
			problems.add(new FieldProblem("date", "calendar.day.date", dateText));
		}
		DayKind kind = null;
		if (kindText != null && !kindText.isBlank()) {
			try {
				kind = DayKind.valueOf(kindText.strip().toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException unknown) {
				problems.add(new FieldProblem("kind", "calendar.day.kind", kindText));
			}
		}
		String label = name == null || name.isBlank() ? null : name.strip();
		if (label != null && label.length() > MAX_NAME) {
			problems.add(new FieldProblem("name", "calendar.day.nameTooLong", MAX_NAME));
		}
		if (date != null && !knows(date.getYear())) {
			problems.add(new FieldProblem("date", "calendar.day.yearUnknown", String.valueOf(date.getYear())));
		}
		if (date != null && kind == DayKind.WORKDAY && !weekend(date)) {
			problems.add(new FieldProblem("kind", "calendar.day.workdayOnWeekday", date.toString()));
		}
		if (!problems.isEmpty()) {
			throw new ProblemException(HttpStatus.BAD_REQUEST, "error.invalidFields", problems);
		}
		jdbc.update("DELETE FROM baton_calendar_day WHERE calendar_date = ?", Date.valueOf(date));
		if (kind != null) {
			jdbc.update("INSERT INTO baton_calendar_day (calendar_date, kind, name, changed_by) VALUES (?, ?, ?, ?)",
					Date.valueOf(date), kind.name(), label, actorId);
		}
		bumpVersion();
		events.publishEvent(new CalendarChanged("calendar-day",
				date + " " + (kind == null ? "-" : kind.name()) + (kind == null || label == null ? "" : " " + label),
				actorId));
		return new Day(date, kind, kind == null ? null : label);
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	private void bumpVersion() {
		jdbc.update("UPDATE baton_calendar_hours SET version = version + 1 WHERE id = 1");
	}

	private static boolean weekend(LocalDate date) {
		return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
	}

	private static ZoneId zone(String text, List<FieldProblem> problems) {
		if (text == null || text.isBlank()) {
			problems.add(new FieldProblem("timeZone", "calendar.required"));
			return null;
		}
		try {
			return ZoneId.of(text.strip());
		}
		catch (DateTimeException unknown) {
			problems.add(new FieldProblem("timeZone", "calendar.hours.zone", text));
			return null;
		}
	}

	private static LocalTime time(String field, String text, boolean required, List<FieldProblem> problems) {
		if (text == null || text.isBlank()) {
			if (required) {
				problems.add(new FieldProblem(field, "calendar.required"));
			}
			return null;
		}
		try {
			if (text.strip().matches("\\d{2}:\\d{2}")) {
				return LocalTime.parse(text.strip());
			}
		}
		catch (DateTimeParseException unreadable) {
			// reported below
		}
		problems.add(new FieldProblem(field, "calendar.hours.time", text));
		return null;
	}

	private static String text(LocalTime time) {
		return time == null ? null : time.toString();
	}

	private Timestamp now() {
		return Timestamp.from(clock.instant().truncatedTo(ChronoUnit.MILLIS));
	}

	private static ProblemException invalid(String field, String key, Object... arguments) {
		return new ProblemException(HttpStatus.BAD_REQUEST, "error.invalidFields",
				List.of(new FieldProblem(field, key, arguments)));
	}

}
