package dev.baton.bench;

import java.util.Arrays;

/** Nearest-rank percentiles of durations, in milliseconds. */
record Percentiles(int runs, double p50, double p95, double p99, double max) {

    static Percentiles of(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new Percentiles(sorted.length, rank(sorted, 50), rank(sorted, 95), rank(sorted, 99),
                sorted[sorted.length - 1] / 1e6);
    }

    private static double rank(long[] sorted, int percentile) {
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }
}
