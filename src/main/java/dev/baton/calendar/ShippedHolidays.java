package dev.baton.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The holiday schedules Baton ships: {@code calendar/china-holidays.json}, the public
 * holidays and make-up working days of mainland China per year, taken from the npm
 * package {@code chinese-days} 1.5.7 (MIT; the file names its source).
 */
final class ShippedHolidays {

	static final String RESOURCE = "calendar/china-holidays.json";

	/** The source recorded with a year loaded from the shipped file. */
	static final String SOURCE = "chinese-days 1.5.7";

	/** One day of a shipped year. */
	record Day(LocalDate date, DayKind kind, String name) {
	}

	private ShippedHolidays() {
	}

	/** The shipped years, each with its days in date order. */
	static Map<Integer, List<Day>> years() {
		try (InputStream in = ShippedHolidays.class.getClassLoader().getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException(RESOURCE + " is missing");
			}
			JsonNode years = new ObjectMapper().readTree(in).path("years");
			Map<Integer, List<Day>> result = new TreeMap<>();
			years.fields().forEachRemaining(year -> {
				List<Day> days = new java.util.ArrayList<>();
				for (JsonNode day : year.getValue()) {
					days.add(new Day(LocalDate.parse(day.path("date").asText()),
							DayKind.valueOf(day.path("kind").asText()), day.path("name").asText(null)));
				}
				result.put(Integer.valueOf(year.getKey()), List.copyOf(days));
			});
			return result;
		}
		catch (IOException unreadable) {
			throw new UncheckedIOException(unreadable);
		}
	}

}
