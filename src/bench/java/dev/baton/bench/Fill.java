package dev.baton.bench;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.sql.Statement;

import dev.baton.support.MariaDbDatabase;
import dev.baton.tasks.InboxRebuild;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/**
 * Fills the database with open tasks: a share through the engine, the rest as row-by-row clones of
 * engine-written template instances (see {@link InboxBenchmark}).
 */
final class Fill {

    /** What a task looks like, per mille of all tasks. */
    enum Shape {
        ASSIGNED(550, InboxBenchmark.BenchProcesses.ASSIGNED, 0, false),
        USERS2(90, InboxBenchmark.BenchProcesses.CANDIDATES, 2, false),
        USERS3(90, InboxBenchmark.BenchProcesses.CANDIDATES, 3, false),
        USERS2_CLAIMED(20, InboxBenchmark.BenchProcesses.CANDIDATES, 2, true),
        GROUP(225, InboxBenchmark.BenchProcesses.GROUP, 0, false),
        GROUP_CLAIMED(25, InboxBenchmark.BenchProcesses.GROUP, 0, true);

        final int perMille;
        final String processKey;
        final int candidateUsers;
        final boolean claimed;

        Shape(int perMille, String processKey, int candidateUsers, boolean claimed) {
            this.perMille = perMille;
            this.processKey = processKey;
            this.candidateUsers = candidateUsers;
            this.claimed = claimed;
        }

        static Shape pick(Random rnd) {
            int roll = rnd.nextInt(1000);
            for (Shape shape : values()) {
                roll -= shape.perMille;
                if (roll < 0) {
                    return shape;
                }
            }
            return ASSIGNED;
        }
    }

    /** One instance to create: who started it, who has or may claim its task. */
    record Plan(Shape shape, String initiator, String assignee, List<String> candidates, String group, String claimer,
            String businessKey, String title) {

        Map<String, Object> variables() {
            Map<String, Object> variables = new HashMap<>();
            variables.put("title", title);
            switch (shape.processKey) {
                case InboxBenchmark.BenchProcesses.ASSIGNED -> variables.put("assignee", assignee);
                case InboxBenchmark.BenchProcesses.CANDIDATES -> variables.put("candidates", String.join(",", candidates));
                default -> variables.put("group", group);
            }
            return variables;
        }
    }

    private static final String TEMPLATE_PREFIX = "tpl";
    private static final Set<String> NOT_INSTANCE_IDS = Set.of("PROC_DEF_ID_", "DEPLOYMENT_ID_", "TENANT_ID_",
            "USER_ID_", "GROUP_ID_", "ASSIGNER_ID_", "START_USER_ID_", "ACT_ID_", "START_ACT_ID_", "END_ACT_ID_",
            "CASE_DEF_ID_", "DECISION_DEF_ID_", "DECISION_REQ_ID_");

    private final InboxBenchmark bench;
    int engineInstances;
    double engineSeconds;
    int clonedInstances;
    long clonedRows;
    double cloneSeconds;
    int rebuiltTasks;
    double rebuildSeconds;
    List<String> clonedTables = List.of();

    Fill(InboxBenchmark bench) {
        this.bench = bench;
    }

    Plan plan(int n) {
        Random rnd = new Random(1_000_003L * n + 17);
        Shape shape = Shape.pick(rnd);
        String initiator = bench.randomUser(rnd);
        String assignee = shape == Shape.ASSIGNED ? bench.randomUser(rnd) : null;
        List<String> candidates = new ArrayList<>();
        while (candidates.size() < shape.candidateUsers) {
            String user = bench.randomUser(rnd);
            if (!candidates.contains(user)) {
                candidates.add(user);
            }
        }
        String group = shape.processKey.equals(InboxBenchmark.BenchProcesses.GROUP)
                ? bench.groups.get(rnd.nextInt(bench.groups.size())) : null;
        String claimer = !shape.claimed ? null : candidates.isEmpty() ? bench.randomUser(rnd) : candidates.get(0);
        return new Plan(shape, initiator, assignee, candidates, group, claimer, String.format("BENCH-%07d", n),
                "Bench request " + n + " 测试");
    }

    void run() throws Exception {
        int total = bench.config.tasks();
        engineInstances = (int) Math.min(total, Math.round(total * bench.config.engineShare()));
        System.out.printf("Filling %,d open tasks: %,d through the engine (%d threads), %,d cloned from engine-written instances%n",
                total, engineInstances, bench.config.threads(), total - engineInstances);

        long start = System.nanoTime();
        AtomicProgress progress = new AtomicProgress("engine", engineInstances);
        InboxBenchmark.parallel(bench.config.threads(), engineInstances, n -> {
            startThroughEngine(plan(n));
            progress.tick();
        });
        engineSeconds = InboxBenchmark.seconds(System.nanoTime() - start);
        System.out.printf("  engine: %,d instances in %.1f s (%.0f instances/s)%n", engineInstances, engineSeconds,
                engineInstances / engineSeconds);

        clonedInstances = total - engineInstances;
        if (clonedInstances > 0) {
            clone(clonedInstances, engineInstances);
        }

        start = System.nanoTime();
        rebuiltTasks = bench.app.getBean(InboxRebuild.class).rebuild();
        rebuildSeconds = InboxBenchmark.seconds(System.nanoTime() - start);
        System.out.printf("  read model for the clones: InboxRebuild from the engine's tables, %,d tasks in %.1f s%n",
                rebuiltTasks, rebuildSeconds);
    }

    private ProcessInstance startThroughEngine(Plan plan) {
        ProcessInstance instance = bench.startAs(plan.initiator(), plan.shape().processKey, plan.businessKey(), plan.variables());
        if (plan.claimer() != null) {
            Task task = bench.tasks().createTaskQuery().processInstanceId(instance.getId()).singleResult();
            bench.tasks().claim(task.getId(), plan.claimer());
        }
        return instance;
    }

    // --- cloning ---------------------------------------------------------------------------------

    /** The placeholder plan of a template instance: every person and text is a token the clones replace. */
    private static Plan templatePlan(Shape shape) {
        List<String> candidates = new ArrayList<>();
        for (int i = 1; i <= shape.candidateUsers; i++) {
            candidates.add(TEMPLATE_PREFIX + "C" + i);
        }
        return new Plan(shape, TEMPLATE_PREFIX + "I", shape == Shape.ASSIGNED ? TEMPLATE_PREFIX + "A" : null, candidates,
                shape.processKey.equals(InboxBenchmark.BenchProcesses.GROUP) ? TEMPLATE_PREFIX + "G" : null,
                shape.claimed ? (candidates.isEmpty() ? TEMPLATE_PREFIX + "X" : candidates.get(0)) : null,
                TEMPLATE_PREFIX + "BK", TEMPLATE_PREFIX + "T");
    }

    /** The columns of the clone plan that replace each of a template's tokens. */
    private static Map<String, String> tokens(Plan template) {
        Map<String, String> tokens = new HashMap<>();
        tokens.put(template.initiator(), "p.initiator");
        if (template.assignee() != null) {
            tokens.put(template.assignee(), "p.assignee");
        }
        for (int i = 0; i < template.candidates().size(); i++) {
            tokens.put(template.candidates().get(i), "p.c" + (i + 1));
        }
        if (!template.candidates().isEmpty()) {
            tokens.put(String.join(",", template.candidates()), "p.candidates");
        }
        if (template.group() != null) {
            tokens.put(template.group(), "p.grp");
        }
        if (template.claimer() != null) {
            tokens.putIfAbsent(template.claimer(), "p.claimer");
        }
        tokens.put(template.businessKey(), "p.bk");
        tokens.put(template.title(), "p.title");
        return tokens;
    }

    /**
     * Clones in the database itself: a plan row per clone (its people, texts and time shift), then
     * per template row one INSERT … SELECT over the plans of that template, which copies every column
     * of the engine-written row, replacing instance ids by "id-n", the template's tokens by the
     * plan's values, and shifting every time by the plan's shift.
     */
    private void clone(int count, int firstNumber) throws Exception {
        Map<Shape, Template> templates = new LinkedHashMap<>();
        List<ProcessInstance> templateInstances = new ArrayList<>();
        for (Shape shape : Shape.values()) {
            templateInstances.add(startThroughEngine(templatePlan(shape)));
        }
        long start = System.nanoTime();
        try (Connection connection = bulkConnection()) {
            connection.setAutoCommit(false);
            List<TableShape> tables = actTables(connection);
            int i = 0;
            for (Shape shape : Shape.values()) {
                templates.put(shape, Template.capture(connection, tables, templateInstances.get(i++).getId(), templatePlan(shape)));
            }
            clonedTables = tables.stream().filter(t -> templates.values().stream().anyMatch(tp -> tp.rows.containsKey(t.name)))
                    .map(t -> t.name).toList();
            System.out.println("  cloning rows of " + clonedTables);
            writePlans(connection, count, firstNumber, templates);
            System.out.printf("    %,d clone plans written (%.0f s)%n", count, InboxBenchmark.seconds(System.nanoTime() - start));
            for (TableShape table : tables) {
                long before = clonedRows;
                for (Map.Entry<Shape, Template> template : templates.entrySet()) {
                    for (Object[] row : template.getValue().rows.getOrDefault(table.name, List.of())) {
                        clonedRows += cloneRow(connection, table, template.getKey(), template.getValue(), row);
                    }
                }
                connection.commit();
                if (clonedRows > before) {
                    System.out.printf("    %s: %,d rows (%.0f s)%n", table.name, clonedRows - before,
                            InboxBenchmark.seconds(System.nanoTime() - start));
                }
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("DROP TABLE bench_clone");
            }
            connection.commit();
        }
        cloneSeconds = InboxBenchmark.seconds(System.nanoTime() - start);
        System.out.printf("  clones: %,d instances, %,d rows in %.1f s (%.0f rows/s)%n", count, clonedRows, cloneSeconds,
                clonedRows / cloneSeconds);
        for (ProcessInstance template : templateInstances) {
            bench.runtime().deleteProcessInstance(template.getId(), "benchmark template", true);
        }
    }

    private void writePlans(Connection connection, int count, int firstNumber, Map<Shape, Template> templates) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("""
                    CREATE TABLE bench_clone (n INT NOT NULL PRIMARY KEY, template VARCHAR(32) NOT NULL, tag VARCHAR(16) NOT NULL,
                        initiator VARCHAR(64), assignee VARCHAR(64), c1 VARCHAR(64), c2 VARCHAR(64), c3 VARCHAR(64),
                        candidates VARCHAR(255), grp VARCHAR(64), claimer VARCHAR(64), bk VARCHAR(64), title VARCHAR(255),
                        shift_s BIGINT NOT NULL)""");
        }
        Random rnd = new Random(99);
        long now = System.currentTimeMillis() / 1000;
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO bench_clone VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int k = 0; k < count; k++) {
                int n = firstNumber + k;
                Plan plan = plan(n);
                Template template = templates.get(plan.shape());
                long target = now - (long) (rnd.nextDouble() * 60L * 24 * 3600);
                List<String> c = plan.candidates();
                Object[] values = {n, plan.shape().name(), Integer.toString(n), plan.initiator(), plan.assignee(),
                        c.size() > 0 ? c.get(0) : null, c.size() > 1 ? c.get(1) : null, c.size() > 2 ? c.get(2) : null,
                        c.isEmpty() ? null : String.join(",", c), plan.group(), plan.claimer(), plan.businessKey(), plan.title(),
                        target - template.taskCreated / 1000};
                for (int v = 0; v < values.length; v++) {
                    if (values[v] == null) {
                        insert.setNull(v + 1, Types.VARCHAR);
                    } else {
                        insert.setObject(v + 1, values[v]);
                    }
                }
                insert.addBatch();
                if (k % 2000 == 1999) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
        connection.commit();
    }

    /** A bound value in a SELECT list; H2 must be told its type, MySQL takes it as it comes. */
    private String parameter(TableShape table, int column) {
        return bench.config.h2() ? "CAST(? AS " + table.typeNames.get(column) + ")" : "?";
    }

    private int cloneRow(Connection connection, TableShape table, Shape shape, Template template, Object[] row)
            throws SQLException {
        Map<String, String> tokens = tokens(template.plan);
        List<String> expressions = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        for (int c = 0; c < table.columns.size(); c++) {
            Object value = row[c];
            if (value == null) {
                expressions.add("NULL");
            } else if (value instanceof Timestamp time) {
                expressions.add("TIMESTAMPADD(SECOND, p.shift_s, " + parameter(table, c) + ")");
                params.add(time);
            } else if (value instanceof String text && template.ids.contains(text)) {
                expressions.add("CONCAT(?, '-', p.tag)");
                params.add(text);
            } else if (value instanceof String text && tokens.containsKey(text)) {
                expressions.add(tokens.get(text));
            } else {
                expressions.add(parameter(table, c));
                params.add(value);
            }
        }
        String sql = "INSERT INTO " + table.name + " (" + String.join(", ", table.columns) + ") SELECT "
                + String.join(", ", expressions) + " FROM bench_clone p WHERE p.template = ?";
        params.add(shape.name());
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            for (int p = 0; p < params.size(); p++) {
                insert.setObject(p + 1, params.get(p));
            }
            return insert.executeUpdate();
        }
    }

    private Connection bulkConnection() throws SQLException {
        if (bench.database instanceof MariaDbDatabase maria) {
            Map<String, Object> properties = maria.properties();
            return DriverManager.getConnection(maria.jdbcUrl() + "&rewriteBatchedStatements=true",
                    String.valueOf(properties.get("spring.datasource.username")),
                    String.valueOf(properties.get("spring.datasource.password")));
        }
        return bench.dataSource.getConnection();
    }

    /** The engine's tables in an order that satisfies their foreign keys for the rows a simple instance has. */
    private static List<TableShape> actTables(Connection connection) throws SQLException {
        DatabaseMetaData metaData = connection.getMetaData();
        List<String> names = new ArrayList<>();
        try (ResultSet tables = metaData.getTables(connection.getCatalog(), connection.getSchema(), "%", new String[] {"TABLE"})) {
            while (tables.next()) {
                String name = tables.getString("TABLE_NAME");
                if (name.toUpperCase(Locale.ROOT).startsWith("ACT_")) {
                    names.add(name);
                }
            }
        }
        List<String> first = List.of("ACT_RU_EXECUTION", "ACT_RU_TASK");
        names.sort((a, b) -> {
            int ia = first.indexOf(a.toUpperCase(Locale.ROOT));
            int ib = first.indexOf(b.toUpperCase(Locale.ROOT));
            return ia != ib ? Integer.compare(ia < 0 ? 99 : ia, ib < 0 ? 99 : ib) : a.compareTo(b);
        });
        List<TableShape> shapes = new ArrayList<>();
        for (String name : names) {
            List<String> columns = new ArrayList<>();
            List<Integer> types = new ArrayList<>();
            List<String> typeNames = new ArrayList<>();
            try (ResultSet rs = metaData.getColumns(connection.getCatalog(), connection.getSchema(), name, "%")) {
                while (rs.next()) {
                    columns.add(rs.getString("COLUMN_NAME"));
                    types.add(rs.getInt("DATA_TYPE"));
                    typeNames.add(rs.getString("TYPE_NAME"));
                }
            }
            shapes.add(new TableShape(name, columns, types, typeNames));
        }
        return shapes;
    }

    record TableShape(String name, List<String> columns, List<Integer> types, List<String> typeNames) {

        boolean has(String column) {
            return columns.stream().anyMatch(c -> c.equalsIgnoreCase(column));
        }

        String insertSql() {
            return "INSERT INTO " + name + " (" + String.join(", ", columns) + ") VALUES ("
                    + String.join(", ", java.util.Collections.nCopies(columns.size(), "?")) + ")";
        }
    }

    /** Every ACT_ row of one template instance, and the ids in them that each clone replaces. */
    static final class Template {

        final Plan plan;
        final Map<String, List<Object[]>> rows = new LinkedHashMap<>();
        final Set<String> ids = new java.util.HashSet<>();
        long taskCreated;

        private Template(Plan plan) {
            this.plan = plan;
        }

        static Template capture(Connection connection, List<TableShape> tables, String processInstanceId, Plan plan) throws SQLException {
            Template template = new Template(plan);
            List<String> taskIds = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement("SELECT ID_, CREATE_TIME_ FROM ACT_RU_TASK WHERE PROC_INST_ID_ = ?")) {
                query.setString(1, processInstanceId);
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        taskIds.add(rs.getString(1));
                        template.taskCreated = rs.getTimestamp(2).getTime();
                    }
                }
            }
            template.ids.add(processInstanceId);
            for (TableShape table : tables) {
                String where;
                List<String> keys;
                if (table.has("PROC_INST_ID_")) {
                    where = "PROC_INST_ID_ = ?";
                    keys = List.of(processInstanceId);
                } else if (table.has("ROOT_PROC_INST_ID_")) {
                    where = "ROOT_PROC_INST_ID_ = ?";
                    keys = List.of(processInstanceId);
                } else if (table.has("TASK_ID_") && !taskIds.isEmpty()) {
                    where = "TASK_ID_ = ?";
                    keys = taskIds;
                } else {
                    continue;
                }
                for (String key : keys) {
                    try (PreparedStatement query = connection.prepareStatement(
                            "SELECT " + String.join(", ", table.columns) + " FROM " + table.name + " WHERE " + where)) {
                        query.setString(1, key);
                        try (ResultSet rs = query.executeQuery()) {
                            ResultSetMetaData meta = rs.getMetaData();
                            while (rs.next()) {
                                Object[] row = new Object[table.columns.size()];
                                for (int c = 0; c < row.length; c++) {
                                    int type = table.types.get(c);
                                    row[c] = type == Types.TIMESTAMP || type == Types.DATE || type == Types.TIMESTAMP_WITH_TIMEZONE
                                            ? rs.getTimestamp(c + 1) : rs.getObject(c + 1);
                                    String column = meta.getColumnName(c + 1).toUpperCase(Locale.ROOT);
                                    if (row[c] instanceof String id && column.endsWith("ID_") && !NOT_INSTANCE_IDS.contains(column)) {
                                        template.ids.add(id);
                                    }
                                }
                                template.rows.computeIfAbsent(table.name, t -> new ArrayList<>()).add(row);
                            }
                        }
                    }
                }
            }
            return template;
        }
    }

    /** Prints progress every tenth. */
    static final class AtomicProgress {

        private final String what;
        private final int total;
        private final java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
        private final long start = System.nanoTime();

        AtomicProgress(String what, int total) {
            this.what = what;
            this.total = total;
        }

        void tick() {
            add(1);
        }

        void add(int count) {
            int before = done.getAndAdd(count);
            int after = before + count;
            int step = Math.max(1, total / 10);
            if (before / step != after / step || after == total) {
                System.out.printf("    %s: %,d / %,d (%.0f s)%n", what, after, total, InboxBenchmark.seconds(System.nanoTime() - start));
            }
        }
    }
}
