package dev.baton.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Map;

/**
 * Working-time arithmetic over one state of the calendar: working hours and the days that
 * differ from the weekday rule. Immutable and without I/O.
 */
public final class WorkingTime {

	/** Ten years without a single working day means the calendar is broken. */
	private static final int MAX_DAYS = 3660;

	private final WorkingHours hours;

	private final Map<LocalDate, DayKind> days;

	public WorkingTime(WorkingHours hours, Map<LocalDate, DayKind> days) {
		this.hours = hours;
		this.days = Map.copyOf(days);
	}

	public WorkingHours hours() {
		return hours;
	}

	/**
	 * Whether people work on the day: a make-up working day, or a weekday that is no
	 * holiday.
	 */
	public boolean isWorkingDay(LocalDate date) {
		DayKind kind = days.get(date);
		if (kind != null) {
			return kind == DayKind.WORKDAY;
		}
		return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
	}

	/**
	 * The moment when {@code working} working time has passed after {@code start}. A
	 * start outside working hours counts from the next working moment; the answer always
	 * lies in working hours (at the latest at the end of a working period, never in the
	 * lunch break or the night after it).
	 */
	public Instant add(Instant start, Duration working) {
		if (working.isNegative()) {
			throw new IllegalArgumentException("negative working time: " + working);
		}
		if (working.isZero()) {
			return start;
		}
		Duration remaining = working;
		LocalDateTime at = LocalDateTime.ofInstant(start, hours.zone());
		for (int i = 0; i < MAX_DAYS; i++) {
			LocalDate date = at.toLocalDate();
			if (isWorkingDay(date)) {
				for (LocalTime[] period : hours.periods()) {
					LocalDateTime from = max(at, date.atTime(period[0]));
					LocalDateTime to = date.atTime(period[1]);
					if (!from.isBefore(to)) {
						continue;
					}
					Duration available = Duration.between(from, to);
					if (remaining.compareTo(available) <= 0) {
						return from.plus(remaining).atZone(hours.zone()).toInstant();
					}
					remaining = remaining.minus(available);
				}
			}
			at = date.plusDays(1).atStartOfDay();
		}
		throw new IllegalStateException("the calendar has no working time in " + MAX_DAYS + " days");
	}

	/**
	 * The moment {@code workingDays} working days after {@code start}: as many working
	 * hours as that many full working days have, so a task opened on Friday at 10:00 with
	 * one working day is due on the next working day at 10:00.
	 */
	public Instant addDays(Instant start, int workingDays) {
		return add(start, hours.perDay().multipliedBy(workingDays));
	}

	/**
	 * The working time between two moments; zero when {@code to} is not after
	 * {@code from}.
	 */
	public Duration between(Instant from, Instant to) {
		if (!to.isAfter(from)) {
			return Duration.ZERO;
		}
		LocalDateTime start = LocalDateTime.ofInstant(from, hours.zone());
		LocalDateTime end = LocalDateTime.ofInstant(to, hours.zone());
		Duration total = Duration.ZERO;
		for (LocalDate date = start.toLocalDate(); !date.isAfter(end.toLocalDate()); date = date.plusDays(1)) {
			if (!isWorkingDay(date)) {
				continue;
			}
			for (LocalTime[] period : hours.periods()) {
				LocalDateTime a = max(start, date.atTime(period[0]));
				LocalDateTime b = min(end, date.atTime(period[1]));
				if (a.isBefore(b)) {
					total = total.plus(Duration.between(a, b));
				}
			}
		}
		return total;
	}

	private static LocalDateTime max(LocalDateTime a, LocalDateTime b) {
		return a.isAfter(b) ? a : b;
	}

	private static LocalDateTime min(LocalDateTime a, LocalDateTime b) {
		return a.isBefore(b) ? a : b;
	}

}
