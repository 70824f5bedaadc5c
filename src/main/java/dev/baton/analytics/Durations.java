package dev.baton.analytics;

import java.util.Arrays;
import java.util.List;

/**
 * Average, median and nearest-rank percentiles of durations in milliseconds. The median
 * of an even count is the mean of the two middle values; the p-th percentile is the
 * smallest value that at least p % of the values do not exceed.
 */
record Durations(int count, Long averageMs, Long medianMs, Long p90Ms, Long p95Ms) {

	static Durations of(List<Long> millis) {
		if (millis.isEmpty()) {
			return new Durations(0, null, null, null, null);
		}
		long[] sorted = millis.stream().mapToLong(Long::longValue).sorted().toArray();
		int n = sorted.length;
		long sum = Arrays.stream(sorted).sum();
		long median = n % 2 == 1 ? sorted[n / 2] : Math.round((sorted[n / 2 - 1] + sorted[n / 2]) / 2.0);
		return new Durations(n, Math.round((double) sum / n), median, percentile(sorted, 90), percentile(sorted, 95));
	}

	static long percentile(long[] sorted, int percent) {
		int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
		return sorted[Math.max(rank, 1) - 1];
	}

}
