package dev.baton.bench;

import java.util.Map;

/** The table at the end of a run, in Markdown, ready for docs/performance.md. */
final class Report {

    private Report() {
    }

    static void print(InboxBenchmark.Config config, String product, Fill fill, Measurements measured,
            Completions completions, boolean consistent, double totalSeconds) {
        StringBuilder out = new StringBuilder();
        out.append("\n## Results\n\n");
        out.append(String.format("%s, %,d open tasks (%,d started through the engine, %,d cloned), %d users, %d groups; "
                        + "read model in step with the engine: %s%n%n",
                product, config.tasks(), fill.engineInstances, fill.clonedInstances, InboxBenchmark.USERS,
                InboxBenchmark.DEPARTMENTS + InboxBenchmark.ROLES, consistent ? "yes" : "NO"));
        out.append("| query, first page of 20, ms | runs | p50 | p95 | p99 | max |\n");
        out.append("|---|---:|---:|---:|---:|---:|\n");
        rows(out, "Baton", measured.baton);
        rows(out, "engine", measured.engine);
        out.append(String.format("%n| task completion, 1 thread (start + claim + complete) | instances | instances/s |%n"));
        out.append("|---|---:|---:|\n");
        out.append(String.format("| before the fill (no open tasks), with the index | %d | %.1f |%n", completions.runsBeforeFill, completions.beforeFill));
        out.append(String.format("| after the fill, with the index on ACT_RU_TASK(PARENT_TASK_ID_) | %d | %.1f |%n", completions.runsWithIndex, completions.withIndex));
        out.append(String.format("| after the fill, without it (the engine's own schema) | %d | %.1f |%n", completions.runsWithoutIndex, completions.withoutIndex));
        out.append(String.format("%nFill: engine %.0f s (%.0f instances/s), clones %.0f s (%,d rows), read-model rebuild %.1f s; "
                        + "whole run %.0f s%n", fill.engineSeconds, fill.engineInstances / Math.max(fill.engineSeconds, 1e-9),
                fill.cloneSeconds, fill.clonedRows, fill.rebuildSeconds, totalSeconds));
        System.out.println(out);
    }

    private static void rows(StringBuilder out, String who, Map<String, Percentiles> results) {
        results.forEach((what, p) -> out.append(String.format("| %s: %s | %d | %.1f | %.1f | %.1f | %.1f |%n",
                who, what.strip(), p.runs(), p.p50(), p.p95(), p.p99(), p.max())));
    }
}
