package dev.baton.requests;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands out request ids: prefix, business day, and a per-prefix daily sequence number,
 * e.g. {@code PR-20261122-0007}. The counter lives in {@code baton_request_sequence} and
 * is advanced in a short transaction of its own, before the request starts, so concurrent
 * starts wait on its row lock for a moment only and never share a number (on any number
 * of Baton nodes). A start that fails afterwards leaves a gap in the numbers, never a
 * duplicate.
 */
@Component
class RequestKeys {

	private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

	private static final int ATTEMPTS = 10;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate ownTransaction;

	/**
	 * The business day: today in {@code baton.requests.time-zone}, or in the server's
	 * zone when that is not set.
	 */
	private final Clock clock;

	RequestKeys(JdbcTemplate jdbc, PlatformTransactionManager transactions,
			@Value("${baton.requests.time-zone:}") String timeZone) {
		this.jdbc = jdbc;
		this.clock = timeZone.isBlank() ? Clock.systemDefaultZone() : Clock.system(ZoneId.of(timeZone.trim()));
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	String next(String prefix) {
		String day = LocalDate.now(clock).format(DAY);
		return prefix + "-" + day + "-" + String.format("%04d", nextNumber(prefix, day));
	}

	private int nextNumber(String prefix, String day) {
		RuntimeException last = null;
		for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
			try {
				Integer number = ownTransaction.execute(status -> advance(prefix, day));
				return number;
			}
			catch (DuplicateKeyException | ConcurrencyFailureException raced) {
				// the day's first number was taken at the same moment, or a lock could
				// not be had: again
				last = raced;
			}
		}
		throw new IllegalStateException("Could not draw a request number for " + prefix + "-" + day, last);
	}

	/**
	 * The day's first start creates the counter; a second one racing it fails on the key
	 * and tries again.
	 */
	private Integer advance(String prefix, String day) {
		int updated = jdbc.update(
				"UPDATE baton_request_sequence SET last_number = last_number + 1 " + "WHERE prefix = ? AND seq_day = ?",
				prefix, day);
		if (updated == 1) {
			return jdbc.queryForObject(
					"SELECT last_number FROM baton_request_sequence WHERE prefix = ? AND seq_day = ?", Integer.class,
					prefix, day);
		}
		jdbc.update("INSERT INTO baton_request_sequence (prefix, seq_day, last_number) VALUES (?, ?, 1)", prefix, day);
		return 1;
	}

}
