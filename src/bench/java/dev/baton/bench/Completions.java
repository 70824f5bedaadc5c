package dev.baton.bench;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/**
 * Task completion on top of all those open tasks, one thread, each instance: start a one-step
 * process offered to one user, claim, complete. First with the index on ACT_RU_TASK(PARENT_TASK_ID_)
 * that Baton adds at startup, then with it dropped (the engine's own schema), then the index is put back.
 */
final class Completions {

    static final String USER = "bench-completer";

    private final InboxBenchmark bench;
    double beforeFill;
    int runsBeforeFill;
    double withIndex;
    double withoutIndex;
    int runsWithIndex;
    int runsWithoutIndex;

    Completions(InboxBenchmark bench) {
        this.bench = bench;
    }

    /** The same on the empty database, before the fill: what completion costs with nothing piled up. */
    void beforeFill() {
        cycles(100); // the JVM is cold here: warm it up more than later

        runsBeforeFill = bench.config.completions();
        beforeFill = rate(runsBeforeFill);
        System.out.printf("Completion before the fill: %.1f instances/s%n", beforeFill);
    }

    Completions run() throws SQLException {
        cycles(20);
        runsWithIndex = bench.config.completions();
        withIndex = rate(runsWithIndex);
        System.out.printf("Completion with the index: %.1f instances/s%n", withIndex);
        List<String> dropped = dropParentTaskIndexes();
        try {
            cycles(2);
            runsWithoutIndex = bench.config.completionsWithoutIndex();
            withoutIndex = rate(runsWithoutIndex);
            System.out.printf("Completion without it: %.1f instances/s%n", withoutIndex);
        } finally {
            recreate(dropped);
        }
        return this;
    }

    private double rate(int count) {
        long start = System.nanoTime();
        cycles(count);
        return count / InboxBenchmark.seconds(System.nanoTime() - start);
    }

    private void cycles(int count) {
        for (int i = 0; i < count; i++) {
            ProcessInstance instance = bench.startAs("u000", InboxBenchmark.BenchProcesses.CANDIDATES, null,
                    Map.of("candidates", USER, "title", "completion " + i));
            Task task = bench.tasks().createTaskQuery().processInstanceId(instance.getId()).singleResult();
            bench.tasks().claim(task.getId(), USER);
            bench.tasks().complete(task.getId());
        }
    }

    private List<String> dropParentTaskIndexes() throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection connection = bench.dataSource.getConnection(); Statement statement = connection.createStatement()) {
            DatabaseMetaData metaData = connection.getMetaData();
            try (ResultSet indexes = metaData.getIndexInfo(connection.getCatalog(), connection.getSchema(), "ACT_RU_TASK", false, false)) {
                while (indexes.next()) {
                    if ("PARENT_TASK_ID_".equalsIgnoreCase(indexes.getString("COLUMN_NAME")) && indexes.getShort("ORDINAL_POSITION") == 1) {
                        names.add(indexes.getString("INDEX_NAME"));
                    }
                }
            }
            for (String name : names) {
                statement.execute(bench.config.h2() ? "DROP INDEX " + name : "DROP INDEX " + name + " ON ACT_RU_TASK");
            }
        }
        System.out.println("Dropped " + names + " on ACT_RU_TASK(PARENT_TASK_ID_)");
        return names;
    }

    private void recreate(List<String> names) throws SQLException {
        try (Connection connection = bench.dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String name : names) {
                statement.execute("CREATE INDEX " + name + " ON ACT_RU_TASK (PARENT_TASK_ID_)");
            }
        }
    }
}
