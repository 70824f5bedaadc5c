package dev.baton.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The company's business calendar for other modules: working days and working hours as an
 * administrator keeps them. The calendar is read from the database once per change (each
 * change raises a version that every node checks with one small query per call), so a
 * node never computes with a calendar another node has changed.
 */
@Service
public class BusinessCalendar {

	private final JdbcTemplate jdbc;

	private volatile Loaded loaded;

	BusinessCalendar(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	private record Loaded(long version, WorkingTime time) {
	}

	/** The calendar as it is now. */
	public WorkingTime now() {
		Long version = jdbc.queryForObject("SELECT version FROM baton_calendar_hours WHERE id = 1", Long.class);
		Loaded current = loaded;
		if (current == null || version == null || current.version() != version) {
			current = new Loaded(version == null ? -1 : version, load());
			loaded = current;
		}
		return current.time();
	}

	/** The moment when {@code working} working hours have passed after {@code start}. */
	public Instant addWorkingTime(Instant start, Duration working) {
		return now().add(start, working);
	}

	/** The moment {@code days} working days after {@code start}. */
	public Instant addWorkingDays(Instant start, int days) {
		return now().addDays(start, days);
	}

	/** The working time between two moments. */
	public Duration workingTimeBetween(Instant from, Instant to) {
		return now().between(from, to);
	}

	/** The company's time zone. */
	public ZoneId zone() {
		return now().hours().zone();
	}

	private WorkingTime load() {
		WorkingHours hours = jdbc.queryForObject(
				"SELECT time_zone, work_start, work_end, lunch_start, lunch_end FROM baton_calendar_hours WHERE id = 1",
				(row, i) -> new WorkingHours(ZoneId.of(row.getString("time_zone")),
						LocalTime.parse(row.getString("work_start")), LocalTime.parse(row.getString("work_end")),
						time(row.getString("lunch_start")), time(row.getString("lunch_end"))));
		Map<LocalDate, DayKind> days = new HashMap<>();
		jdbc.query("SELECT calendar_date, kind FROM baton_calendar_day", row -> {
			days.put(row.getDate("calendar_date").toLocalDate(), DayKind.valueOf(row.getString("kind")));
		});
		return new WorkingTime(hours, days);
	}

	private static LocalTime time(String text) {
		return text == null ? null : LocalTime.parse(text);
	}

}
