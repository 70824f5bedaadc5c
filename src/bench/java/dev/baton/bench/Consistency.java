package dev.baton.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import dev.baton.tasks.InboxCounts;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Before measuring anything: the read model holds exactly the engine's open tasks, and for every
 * sampled user Baton's counts equal the engine's. Also reports how much of all tasks each sampled
 * user sees.
 */
final class Consistency {

    private final InboxBenchmark bench;
    double minVisible;
    double medianVisible;
    double maxVisible;

    Consistency(InboxBenchmark bench) {
        this.bench = bench;
    }

    boolean check() {
        JdbcTemplate jdbc = bench.app.getBean(JdbcTemplate.class);
        long engineTasks = bench.tasks().createTaskQuery().count();
        Long readModelTasks = jdbc.queryForObject("SELECT COUNT(*) FROM baton_inbox_task", Long.class);
        boolean ok = readModelTasks != null && engineTasks == readModelTasks;
        System.out.printf("Open tasks: engine %,d, read model %,d%s%n", engineTasks, readModelTasks, ok ? "" : "  <-- MISMATCH");
        List<Double> visible = new ArrayList<>();
        for (String user : bench.sampleUsers()) {
            List<String> groups = bench.groupsOf.get(user);
            InboxCounts baton = bench.inbox.counts(user, groups);
            long engineAssigned = bench.engineAssigned(user).count();
            long engineCandidate = bench.engineCandidate(user, groups).count();
            boolean same = baton.assigned() == engineAssigned && baton.candidate() == engineCandidate;
            ok &= same;
            visible.add(100.0 * (baton.assigned() + baton.candidate()) / engineTasks);
            if (!same) {
                System.out.printf("  %s: Baton %s, engine assigned %d candidate %d  <-- MISMATCH%n", user, baton,
                        engineAssigned, engineCandidate);
            }
        }
        Collections.sort(visible);
        minVisible = visible.get(0);
        medianVisible = visible.get(visible.size() / 2);
        maxVisible = visible.get(visible.size() - 1);
        System.out.printf("Counts of %d sampled users: Baton = engine: %s; each sees %.1f%% to %.1f%% of all tasks (median %.1f%%)%n",
                visible.size(), ok ? "yes" : "NO", minVisible, maxVisible, medianVisible);
        return ok;
    }
}
