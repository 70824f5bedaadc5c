package dev.baton.engine;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeFactory;

import org.camunda.bpm.engine.impl.calendar.CronTimer;

/**
 * Timer cycles that cannot flood the job executor: an ISO 8601 repetition
 * ({@code R5/PT10M}) or a cron expression (Spring's six fields, as the engine reads them)
 * must not fire more often than every {@link #MIN_INTERVAL}. Retry cycles of failed jobs
 * must name a count of at most {@link #MAX_RETRIES}.
 */
final class TimerPolicy {

	static final Duration MIN_INTERVAL = Duration.ofMinutes(5);
	static final int MAX_RETRIES = 10;

	private static final Date REFERENCE = new Date(1_767_225_600_000L); // 2026-01-01T00:00:00Z

	private TimerPolicy() {
	}

	static Optional<ExpressionPolicy.Finding> checkCycle(String raw) {
		String cycle = raw.strip();
		if (ExpressionPolicy.containsExpression(cycle)) {
			return finding(PolicyRule.TIMER_EXPRESSION, cycle);
		}
		Duration interval;
		try {
			interval = cycle.startsWith("R") ? isoInterval(cycle) : cronInterval(cycle);
		}
		catch (RuntimeException unreadable) {
			return finding(PolicyRule.TIMER_INVALID, cycle);
		}
		if (interval.compareTo(MIN_INTERVAL) < 0) {
			return finding(PolicyRule.TIMER_TOO_FREQUENT, cycle, MIN_INTERVAL.toMinutes());
		}
		return Optional.empty();
	}

	static Optional<ExpressionPolicy.Finding> checkRetryCycle(String raw) {
		String cycle = raw.strip();
		if (ExpressionPolicy.containsExpression(cycle)) {
			return ExpressionPolicy.check(cycle);
		}
		int retries;
		if (cycle.startsWith("R")) {
			String count = cycle.substring(1, Math.max(1, cycle.indexOf('/')));
			retries = count.isEmpty() ? Integer.MAX_VALUE : parseCount(count);
		}
		else {
			retries = cycle.split(",").length;
		}
		return retries > MAX_RETRIES ? finding(PolicyRule.TIMER_RETRIES, cycle, MAX_RETRIES) : Optional.empty();
	}

	private static int parseCount(String count) {
		try {
			return Integer.parseInt(count);
		}
		catch (NumberFormatException notANumber) {
			return Integer.MAX_VALUE;
		}
	}

	/** {@code R[n]/[start/]duration[/end]}: the duration between two firings. */
	private static Duration isoInterval(String cycle) {
		String[] parts = cycle.split("/");
		if (parts.length < 2 || !parts[0].matches("R\\d*")) {
			throw new IllegalArgumentException("not a repetition: " + cycle);
		}
		for (int i = 1; i < parts.length; i++) {
			if (parts[i].startsWith("P")) {
				return duration(parts[i]);
			}
		}
		throw new IllegalArgumentException("no duration in " + cycle);
	}

	private static Duration duration(String period) {
		if (period.matches("P\\d+W")) {
			return Duration.ofDays(7L * Long.parseLong(period.substring(1, period.length() - 1)));
		}
		try {
			return Duration.ofMillis(DatatypeFactory.newInstance().newDuration(period).getTimeInMillis(REFERENCE));
		}
		catch (DatatypeConfigurationException e) {
			throw new IllegalStateException(e);
		}
	}

	/**
	 * The shortest time between two firings of a cron expression: read from its seconds,
	 * minutes and hours fields (cron fields combine as a product, so the closest firings
	 * are within one minute or one hour, or across the turn of an hour), and checked
	 * against the engine's own schedule of the next firings.
	 */
	private static Duration cronInterval(String cron) {
		try {
			CronTimer.parse(cron);
		}
		catch (java.text.ParseException unreadable) {
			throw new IllegalArgumentException(unreadable.getMessage(), unreadable);
		}
		String[] fields = cron.split("\\s+");
		Duration fromFields = Duration.ofDays(1);
		if (fields.length >= 3) {
			TreeSet<Integer> seconds = values(fields[0], 0, 59);
			TreeSet<Integer> minutes = values(fields[1], 0, 59);
			TreeSet<Integer> hours = values(fields[2], 0, 23);
			if (seconds.size() > 1) {
				fromFields = Duration.ofSeconds(smallestGap(seconds, 60, true));
			}
			else if (minutes.size() > 1) {
				fromFields = Duration.ofMinutes(smallestGap(minutes, 60, consecutive(hours)));
			}
			else {
				fromFields = Duration.ofHours(hours.size() > 1 ? smallestGap(hours, 24, true) : 24);
			}
		}
		return fromFields.compareTo(sampled(cron)) < 0 ? fromFields : sampled(cron);
	}

	private static Duration sampled(String cron) {
		try {
			CronTimer timer = CronTimer.parse(cron);
			Date previous = timer.getDueDate(REFERENCE);
			long shortest = Long.MAX_VALUE;
			for (int i = 0; i < 100; i++) {
				Date next = timer.getDueDate(previous);
				if (!next.after(previous)) {
					break;
				}
				shortest = Math.min(shortest, next.getTime() - previous.getTime());
				previous = next;
			}
			return shortest == Long.MAX_VALUE ? Duration.ofDays(365) : Duration.ofMillis(shortest);
		}
		catch (java.text.ParseException unreadable) {
			throw new IllegalArgumentException(unreadable.getMessage(), unreadable);
		}
	}

	/**
	 * The values a seconds, minutes or hours field stands for: *, ?, n, a-b, x/step,
	 * lists.
	 */
	static TreeSet<Integer> values(String field, int min, int max) {
		TreeSet<Integer> values = new TreeSet<>();
		for (String part : field.split(",")) {
			int step = 1;
			String range = part;
			int slash = part.indexOf('/');
			if (slash >= 0) {
				step = Integer.parseInt(part.substring(slash + 1));
				range = part.substring(0, slash);
				if (step <= 0) {
					throw new IllegalArgumentException("step " + step);
				}
			}
			int from;
			int to;
			if (range.equals("*") || range.equals("?")) {
				from = min;
				to = max;
			}
			else if (range.contains("-")) {
				from = Integer.parseInt(range.substring(0, range.indexOf('-')));
				to = Integer.parseInt(range.substring(range.indexOf('-') + 1));
			}
			else {
				from = Integer.parseInt(range);
				to = slash >= 0 ? max : from;
			}
			for (int value = from; value <= to; value += step) {
				values.add(value);
			}
		}
		return values;
	}

	private static long smallestGap(TreeSet<Integer> values, int period, boolean wraps) {
		List<Integer> sorted = new ArrayList<>(values);
		long smallest = wraps ? period - sorted.get(sorted.size() - 1) + sorted.get(0) : Long.MAX_VALUE;
		for (int i = 1; i < sorted.size(); i++) {
			smallest = Math.min(smallest, sorted.get(i) - sorted.get(i - 1));
		}
		return smallest;
	}

	/**
	 * Whether two hours follow each other, so that minutes wrap from one hour into the
	 * next.
	 */
	private static boolean consecutive(TreeSet<Integer> hours) {
		for (int hour : hours) {
			if (hours.contains((hour + 1) % 24)) {
				return true;
			}
		}
		return false;
	}

	private static Optional<ExpressionPolicy.Finding> finding(PolicyRule rule, Object... arguments) {
		return Optional.of(new ExpressionPolicy.Finding(rule, List.of(arguments)));
	}

}
