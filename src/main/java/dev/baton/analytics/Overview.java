package dev.baton.analytics;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Per process, what happened to requests in a period: started, ended by outcome, still
 * open, a trend, and the cycle time of the decided ones (approved or rejected; a
 * withdrawn or cancelled request says nothing about how long a decision takes).
 */
@Service
class Overview {

	private final JdbcTemplate jdbc;

	Overview(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	Result of(Period period, Period.Bucket bucket, String processKey) {
		Timestamp start = Timestamp.from(period.start());
		Timestamp end = Timestamp.from(period.end());
		String sql = "SELECT process_key, status, started_at, ended_at FROM baton_request"
				+ " WHERE ((started_at >= ? AND started_at < ?) OR (ended_at >= ? AND ended_at < ?))"
				+ (processKey == null ? "" : " AND process_key = ?");
		Object[] arguments = processKey == null ? new Object[] { start, end, start, end }
				: new Object[] { start, end, start, end, processKey };
		List<Row> rows = jdbc.query(sql, (row, i) -> new Row(row.getString("process_key"), row.getString("status"),
				instant(row.getTimestamp("started_at")), instant(row.getTimestamp("ended_at"))), arguments);

		Map<String, Tally> perProcess = new TreeMap<>();
		Tally total = new Tally();
		Map<LocalDate, int[]> trend = new LinkedHashMap<>();
		for (LocalDate bucketStart : bucket.starts(period)) {
			trend.put(bucketStart, new int[2]);
		}
		for (Row row : rows) {
			Tally tally = perProcess.computeIfAbsent(row.processKey(), key -> new Tally());
			boolean startedWithin = within(row.startedAt(), period);
			boolean endedWithin = row.endedAt() != null && !"RUNNING".equals(row.status())
					&& within(row.endedAt(), period);
			if (startedWithin) {
				tally.started++;
				total.started++;
				count(trend, bucket, row.startedAt(), period, 0);
				if ("RUNNING".equals(row.status())) {
					tally.open++;
					total.open++;
				}
			}
			if (endedWithin) {
				tally.ended(row, row.endedAt().toEpochMilli() - row.startedAt().toEpochMilli());
				total.ended(row, row.endedAt().toEpochMilli() - row.startedAt().toEpochMilli());
				count(trend, bucket, row.endedAt(), period, 1);
			}
		}
		List<ProcessFigures> processes = new ArrayList<>();
		perProcess.forEach((key, tally) -> processes.add(tally.figures(key)));
		List<TrendPoint> points = new ArrayList<>();
		trend.forEach((day, counts) -> points.add(new TrendPoint(day, counts[0], counts[1])));
		return new Result(period.from(), period.to(), bucket.name().toLowerCase(java.util.Locale.ROOT),
				total.figures(processKey), processes, points);
	}

	private static void count(Map<LocalDate, int[]> trend, Period.Bucket bucket, Instant when, Period period,
			int which) {
		int[] counts = trend.get(bucket.startOf(when.atZone(period.zone()).toLocalDate()));
		if (counts != null) {
			counts[which]++;
		}
	}

	private static boolean within(Instant when, Period period) {
		return !when.isBefore(period.start()) && when.isBefore(period.end());
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

	private record Row(String processKey, String status, Instant startedAt, Instant endedAt) {
	}

	private static final class Tally {

		int started;

		int approved;

		int rejected;

		int withdrawn;

		int cancelled;

		int open;

		final List<Long> decided = new ArrayList<>();

		void ended(Row row, long millis) {
			switch (row.status()) {
				case "COMPLETED" -> {
					approved++;
					decided.add(millis);
				}
				case "REJECTED" -> {
					rejected++;
					decided.add(millis);
				}
				case "WITHDRAWN" -> withdrawn++;
				default -> cancelled++;
			}
		}

		ProcessFigures figures(String processKey) {
			return new ProcessFigures(processKey, started, approved + rejected + withdrawn + cancelled, approved,
					rejected, withdrawn, cancelled, open, Durations.of(decided));
		}

	}

	/** The answer: the period, totals over the processes, each process, the trend. */
	record Result(LocalDate from, LocalDate to, String bucket, ProcessFigures total, List<ProcessFigures> processes,
			List<TrendPoint> trend) {
	}

	/**
	 * One process (or, with a null key, all of them): requests started in the period,
	 * ended in it by outcome, started in it and still open, and the cycle time of those
	 * decided in it.
	 */
	record ProcessFigures(String processKey, int started, int finished, int approved, int rejected, int withdrawn,
			int cancelled, int open, Durations cycleTime) {
	}

	/** A bucket by its first day: requests started and ended in it. */
	record TrendPoint(LocalDate date, int started, int finished) {
	}

}
