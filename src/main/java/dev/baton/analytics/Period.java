package dev.baton.analytics;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import dev.baton.web.ProblemException;
import dev.baton.web.ProblemException.FieldProblem;
import org.springframework.http.HttpStatus;

/**
 * The days a question is about, both included, in the company's time zone; by default the
 * last 30 days up to today. At most {@value #MAX_DAYS} days.
 */
record Period(LocalDate from, LocalDate to, ZoneId zone) {

	static final int MAX_DAYS = 1_100;

	static final int DEFAULT_DAYS = 30;

	private static final Pattern PROCESS_KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_.\\-]{0,99}");

	/** The start of the first day. */
	Instant start() {
		return from.atStartOfDay(zone).toInstant();
	}

	/** The start of the day after the last. */
	Instant end() {
		return to.plusDays(1).atStartOfDay(zone).toInstant();
	}

	/**
	 * Reads the period and the other parameters; 400 naming every bad one.
	 */
	static Period parse(String from, String to, ZoneId zone, List<FieldProblem> problems) {
		LocalDate today = LocalDate.now(zone);
		LocalDate last = date("to", to, today, problems);
		LocalDate first = date("from", from, last == null ? null : last.minusDays(DEFAULT_DAYS - 1), problems);
		if (first != null && last != null) {
			if (first.isAfter(last)) {
				problems.add(new FieldProblem("from", "analytics.query.order"));
			}
			else if (ChronoUnit.DAYS.between(first, last) + 1 > MAX_DAYS) {
				problems.add(new FieldProblem("to", "analytics.query.range", MAX_DAYS));
			}
		}
		return new Period(first, last, zone);
	}

	private static LocalDate date(String name, String given, LocalDate otherwise, List<FieldProblem> problems) {
		if (given == null || given.isBlank()) {
			return otherwise;
		}
		try {
			LocalDate date = LocalDate.parse(given.strip());
			if (date.getYear() < 1970 || date.getYear() > 9000) {
				problems.add(new FieldProblem(name, "analytics.query.date"));
				return null;
			}
			return date;
		}
		catch (DateTimeParseException bad) {
			problems.add(new FieldProblem(name, "analytics.query.date"));
			return null;
		}
	}

	/** The process key, or null for every process; a malformed key is a problem. */
	static String processKey(String given, boolean required, List<FieldProblem> problems) {
		if (given == null || given.isBlank()) {
			if (required) {
				problems.add(new FieldProblem("processKey", "analytics.query.processRequired"));
			}
			return null;
		}
		String key = given.strip();
		if (!PROCESS_KEY.matcher(key).matches()) {
			problems.add(new FieldProblem("processKey", "analytics.query.processKey"));
			return null;
		}
		return key;
	}

	static void check(List<FieldProblem> problems) {
		if (!problems.isEmpty()) {
			throw new ProblemException(HttpStatus.BAD_REQUEST, "error.invalidFields", problems);
		}
	}

	/** How the trend is grouped. */
	enum Bucket {

		DAY, WEEK, MONTH;

		static Bucket parse(String given, List<FieldProblem> problems) {
			if (given == null || given.isBlank()) {
				return DAY;
			}
			try {
				return valueOf(given.strip().toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException bad) {
				problems.add(new FieldProblem("bucket", "analytics.query.bucket"));
				return DAY;
			}
		}

		/** The first day of the bucket the day is in (weeks begin on Monday). */
		LocalDate startOf(LocalDate day) {
			return switch (this) {
				case DAY -> day;
				case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
				case MONTH -> day.withDayOfMonth(1);
			};
		}

		LocalDate next(LocalDate start) {
			return switch (this) {
				case DAY -> start.plusDays(1);
				case WEEK -> start.plusWeeks(1);
				case MONTH -> start.plusMonths(1);
			};
		}

		/** The buckets' first days from the period's first to its last day. */
		List<LocalDate> starts(Period period) {
			List<LocalDate> starts = new ArrayList<>();
			for (LocalDate start = startOf(period.from()); !start.isAfter(period.to()); start = next(start)) {
				starts.add(start);
			}
			return starts;
		}

	}

}
