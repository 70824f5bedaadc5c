package dev.baton.calendar;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads each shipped year ({@link ShippedHolidays}) into the calendar when the database
 * does not know that year yet, so a new Baton knows the holidays and a newer Baton brings
 * the years it ships, while a year an administrator added or edited is never touched. Two
 * nodes starting together load a year once: the year's row is inserted first, and the
 * node that loses that race leaves the year alone.
 */
@Component
class CalendarSeed {

	private static final Logger log = LoggerFactory.getLogger(CalendarSeed.class);

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	CalendarSeed(JdbcTemplate jdbc, TransactionTemplate transaction) {
		this.jdbc = jdbc;
		this.transaction = transaction;
	}

	@EventListener(ApplicationReadyEvent.class)
	void loadShippedYears() {
		for (Map.Entry<Integer, List<ShippedHolidays.Day>> year : ShippedHolidays.years().entrySet()) {
			try {
				transaction.executeWithoutResult(status -> load(year.getKey(), year.getValue()));
			}
			catch (DuplicateKeyException loadedElsewhere) {
				log.debug("Calendar year {} was loaded by another node", year.getKey());
			}
		}
	}

	private void load(int year, List<ShippedHolidays.Day> days) {
		Integer known = jdbc.queryForObject("SELECT COUNT(*) FROM baton_calendar_year WHERE calendar_year = ?",
				Integer.class, year);
		if (known != null && known > 0) {
			return;
		}
		jdbc.update("INSERT INTO baton_calendar_year (calendar_year, source, added_at) VALUES (?, ?, ?)", year,
				ShippedHolidays.SOURCE, Timestamp.from(Instant.now().truncatedTo(ChronoUnit.MILLIS)));
		// days an administrator marked before the year was known stay as they are
		jdbc.batchUpdate(
				"INSERT INTO baton_calendar_day (calendar_date, kind, name) SELECT ?, ?, ? FROM baton_calendar_hours "
						+ "WHERE id = 1 AND NOT EXISTS (SELECT 1 FROM baton_calendar_day WHERE calendar_date = ?)",
				days.stream()
					.map(day -> new Object[] { Date.valueOf(day.date()), day.kind().name(), day.name(),
							Date.valueOf(day.date()) })
					.toList());
		jdbc.update("UPDATE baton_calendar_hours SET version = version + 1 WHERE id = 1");
		log.info("Loaded the holidays and make-up working days of {} ({} days) from {}", year, days.size(),
				ShippedHolidays.SOURCE);
	}

}
