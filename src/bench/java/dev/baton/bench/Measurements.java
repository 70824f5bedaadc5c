package dev.baton.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.baton.tasks.InboxFilter;

/**
 * Baton's inbox and the raw engine's equivalent queries, for the sampled users in turn. The
 * headline is the inbox load: the first page of everything a user has (assigned plus claimable,
 * scope all-mine) with its total, and the two badge counts.
 */
final class Measurements {

    static final int WARM_UP = 10;

    private final InboxBenchmark bench;
    final Map<String, Percentiles> baton = new LinkedHashMap<>();
    final Map<String, Percentiles> engine = new LinkedHashMap<>();

    Measurements(InboxBenchmark bench) {
        this.bench = bench;
    }

    Measurements run() {
        List<String> users = bench.sampleUsers();
        InboxFilter first = InboxFilter.firstPage();
        InboxFilter byDue = new InboxFilter(null, null, InboxFilter.Sort.DUE, null, 0, InboxFilter.DEFAULT_SIZE);

        int runs = bench.config.runs();
        long[][] b = new long[6][runs];
        for (int i = -WARM_UP; i < runs; i++) {
            String user = users.get(Math.floorMod(i, users.size()));
            List<String> groups = bench.groupsOf.get(user);
            long[] t = new long[6];
            InboxBenchmark.timed(t, 0, () -> bench.inbox.mine(user, groups, first));
            InboxBenchmark.timed(t, 1, () -> bench.inbox.counts(user, groups));
            InboxBenchmark.timed(t, 3, () -> bench.inbox.assigned(user, first));
            InboxBenchmark.timed(t, 4, () -> bench.inbox.claimable(user, groups, first));
            InboxBenchmark.timed(t, 5, () -> bench.inbox.claimable(user, groups, byDue));
            t[2] = t[0] + t[1];
            if (i >= 0) {
                for (int k = 0; k < t.length; k++) {
                    b[k][i] = t[k];
                }
            }
        }
        baton.put("inbox load: all-mine first page + badge counts", Percentiles.of(b[2]));
        baton.put("  all-mine first page (with total)", Percentiles.of(b[0]));
        baton.put("  badge counts (assigned, claimable)", Percentiles.of(b[1]));
        baton.put("assigned first page (with total)", Percentiles.of(b[3]));
        baton.put("claimable first page (with total)", Percentiles.of(b[4]));
        baton.put("claimable first page by due date", Percentiles.of(b[5]));
        System.out.printf("Baton: %d runs done%n", runs);

        int engineRuns = bench.config.engineRuns();
        long[][] e = new long[8][engineRuns];
        for (int i = -Math.min(WARM_UP, engineRuns); i < engineRuns; i++) {
            String user = users.get(Math.floorMod(i, users.size()));
            List<String> groups = bench.groupsOf.get(user);
            long[] t = new long[8];
            InboxBenchmark.timed(t, 0, () -> InboxBenchmark.firstPage(bench.engineMine(user, groups)));
            InboxBenchmark.timed(t, 1, () -> bench.engineMine(user, groups).count());
            InboxBenchmark.timed(t, 2, () -> bench.engineAssigned(user).count());
            InboxBenchmark.timed(t, 3, () -> bench.engineCandidate(user, groups).count());
            InboxBenchmark.timed(t, 4, () -> InboxBenchmark.firstPage(bench.engineAssigned(user)));
            InboxBenchmark.timed(t, 5, () -> InboxBenchmark.firstPage(bench.engineCandidate(user, groups)));
            if (i >= 0) {
                for (int k = 0; k < 6; k++) {
                    e[k][i] = t[k];
                }
                e[6][i] = t[0] + t[1] + t[2] + t[3];
                e[7][i] = t[2] + t[3];
            }
            if (i >= 0 && (i + 1) % 50 == 0) {
                System.out.printf("Engine: %d / %d runs%n", i + 1, engineRuns);
            }
        }
        long[] assignedPage = add(e[4], e[2]);
        long[] candidatePage = add(e[5], e[3]);
        engine.put("inbox load: all-mine first page + badge counts", Percentiles.of(e[6]));
        engine.put("  all-mine first page (with total)", Percentiles.of(add(e[0], e[1])));
        engine.put("  badge counts (assigned, claimable)", Percentiles.of(e[7]));
        engine.put("assigned first page (with total)", Percentiles.of(assignedPage));
        engine.put("claimable first page (with total)", Percentiles.of(candidatePage));
        return this;
    }

    private static long[] add(long[] a, long[] b) {
        long[] sum = new long[a.length];
        for (int i = 0; i < a.length; i++) {
            sum[i] = a[i] + b[i];
        }
        return sum;
    }
}
