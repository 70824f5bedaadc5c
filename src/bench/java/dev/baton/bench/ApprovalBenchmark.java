package dev.baton.bench;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.baton.support.BatonInstance;
import dev.baton.support.CookieSession;
import dev.baton.support.H2FileDatabase;
import dev.baton.support.MariaDbDatabase;
import dev.baton.support.TestDatabase;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Issue 12's benchmark: the leave request's approval path (start + manager approves + HR records)
 * through Baton's HTTP API with browser sessions, against the raw engine's Java API doing the same
 * engine calls, side by side in one run, on one and on four client threads. See
 * docs/performance.md, "The approval path: Baton against the raw engine".
 *
 * <p>Baton runs on a fresh database (demo organisation, job executor off); each client thread has
 * its own three browser sessions (zhangwei, lina, zhouting) and runs the flow as five HTTP calls:
 * start, the manager's approve, HR's inbox page, HR's task page, HR's approve with the record.
 * Then a plain engine (no Spring, no HTTP; HikariCP, FULL history, READ_COMMITTED) on another fresh
 * database runs the same engine calls: start with the form's variables, task query + complete, the
 * task page's query + variables, a page of tasks, complete with the record's variables.
 *
 * <p>With {@code -Dbench.openTasks=100000} the database is filled first, after the empty-database
 * measurement, with that many open tasks (cloned engine rows, as the inbox benchmark's fill does),
 * and Baton is measured again.
 */
public final class ApprovalBenchmark {

    static final List<String> ACTIONS = List.of("start", "manager approves", "HR inbox page", "HR task page",
            "HR records (approve)");

    final String db = System.getProperty("bench.db", "mariadb").toLowerCase(Locale.ROOT);
    final int flows = Integer.getInteger("bench.flows", 300);
    final int warmup = Integer.getInteger("bench.warmup", 60);
    final int openTasks = Integer.getInteger("bench.openTasks", 0);
    final List<Integer> threadCounts = List.of(1, 4);

    public static void main(String[] args) throws Exception {
        new ApprovalBenchmark().run();
        System.exit(0);
    }

    /** What one measured run gave. */
    record Run(String who, int threads, int flows, double seconds, Map<String, long[]> latencies) {

        double flowsPerSecond() {
            return flows / seconds;
        }
    }

    void run() throws Exception {
        long started = System.nanoTime();
        System.out.printf("Approval-path benchmark: db=%s, %d flows per measurement (%d warm-up), threads %s%s%n", db,
                flows, warmup, threadCounts, openTasks > 0 ? ", then " + openTasks + " open tasks filled" : "");
        System.out.printf("Machine: %d cores, %s, Java %s%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("os.name") + " " + System.getProperty("os.arch"), System.getProperty("java.version"));
        List<Run> baton = new ArrayList<>();
        List<Run> batonFilled = new ArrayList<>();
        try (TestDatabase database = newDatabase()) {
            ConfigurableApplicationContext app = BatonInstance.start(database, Map.of("baton.demo.enabled", "true",
                    "logging.level.dev.baton", "warn", "spring.main.banner-mode", "off",
                    "logging.level.org.flywaydb", "error", "logging.level.org.hibernate", "error",
                    "logging.level.org.springdoc", "error", "spring.session.jdbc.cleanup-cron", "-"));
            try {
                int port = ((WebServerApplicationContext) app).getWebServer().getPort();
                System.out.println("Baton on " + product(app.getBean(DataSource.class)));
                measure("Baton (HTTP)", threads -> new HttpFlow(port), baton);
                if (openTasks > 0) {
                    fill(app, database);
                    measure("Baton (HTTP), " + openTasks + " open tasks", threads -> new HttpFlow(port), batonFilled);
                }
            } finally {
                app.close();
            }
        }
        List<Run> engine = new ArrayList<>();
        try (TestDatabase database = newDatabase()) {
            ProcessEngine raw = rawEngine(database);
            try {
                measure("raw engine (Java API)", threads -> new EngineFlow(raw), engine);
            } finally {
                raw.close();
            }
        }
        report(baton, batonFilled, engine);
        System.out.printf("Whole run %.0f s%n", (System.nanoTime() - started) / 1e9);
    }

    private TestDatabase newDatabase() {
        return db.equals("h2") ? new H2FileDatabase() : new MariaDbDatabase();
    }

    /** One client thread's way through the flow. */
    interface Flow {

        /** Runs one flow, adding each action's duration in nanoseconds at index {@code i}. */
        void once(Map<String, long[]> latencies, int i);
    }

    interface FlowFactory {

        Flow create(int thread);
    }

    private void measure(String who, FlowFactory factory, List<Run> into) throws Exception {
        for (int threads : threadCounts) {
            List<Flow> perThread = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                perThread.add(factory.create(t));
            }
            // warm-up: the JIT, the caches, the connection pool
            runFlows(perThread, warmup, newLatencies(warmup));
            Map<String, long[]> latencies = newLatencies(flows);
            long start = System.nanoTime();
            runFlows(perThread, flows, latencies);
            double seconds = (System.nanoTime() - start) / 1e9;
            Run run = new Run(who, threads, flows, seconds, latencies);
            into.add(run);
            System.out.printf(Locale.ROOT, "  %s, %d thread(s): %d flows in %.1f s = %.1f flows/s%n", who, threads,
                    flows, seconds, run.flowsPerSecond());
        }
    }

    private static Map<String, long[]> newLatencies(int count) {
        Map<String, long[]> latencies = new LinkedHashMap<>();
        for (String action : ACTIONS) {
            latencies.put(action, new long[count]);
        }
        return latencies;
    }

    private static void runFlows(List<Flow> flows, int count, Map<String, long[]> latencies) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(flows.size());
        try {
            AtomicInteger next = new AtomicInteger();
            List<Future<?>> running = new ArrayList<>();
            for (Flow flow : flows) {
                running.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                        flow.once(latencies, i);
                    }
                    return null;
                }));
            }
            for (Future<?> future : running) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    static long time(Map<String, long[]> latencies, String action, int i, Runnable work) {
        long start = System.nanoTime();
        work.run();
        long took = System.nanoTime() - start;
        latencies.get(action)[i] = took;
        return took;
    }

    /** The flow through Baton's HTTP API, one browser session per person. */
    static final class HttpFlow implements Flow {

        private final CookieSession zhangwei;
        private final CookieSession lina;
        private final CookieSession zhouting;

        HttpFlow(int port) {
            zhangwei = new CookieSession(port).login("zhangwei");
            lina = new CookieSession(port).login("lina");
            zhouting = new CookieSession(port).login("zhouting");
        }

        @Override
        public void once(Map<String, long[]> latencies, int i) {
            JsonNode[] started = new JsonNode[1];
            time(latencies, "start", i, () -> started[0] = zhangwei.post("/api/requests",
                    CookieSession.json(Map.of("processKey", "leave-request", "data", Map.of("leaveType", "annual",
                            "startDate", "2030-05-06", "endDate", "2030-05-06", "days", 1, "reason", "探亲 bench " + i))))
                    .expect(201).json());
            String requestId = started[0].get("id").asText();
            String managerTask = started[0].get("currentSteps").get(0).get("taskId").asText();
            time(latencies, "manager approves", i, () -> lina.post("/api/tasks/" + managerTask + "/complete",
                    "{\"decision\":\"approve\",\"comment\":\"同意\",\"data\":{}}").expect(200));
            String[] hrTask = new String[1];
            time(latencies, "HR inbox page", i, () -> {
                for (JsonNode item : zhouting.get("/api/tasks?scope=assigned&sort=created&order=desc&page=0&size=20")
                        .expect(200).json().get("items")) {
                    if (requestId.equals(item.get("requestId").asText())) {
                        hrTask[0] = item.get("id").asText();
                    }
                }
            });
            if (hrTask[0] == null) {
                throw new IllegalStateException("HR's inbox does not show " + requestId);
            }
            time(latencies, "HR task page", i, () -> zhouting.get("/api/tasks/" + hrTask[0]).expect(200));
            time(latencies, "HR records (approve)", i, () -> zhouting.post("/api/tasks/" + hrTask[0] + "/complete",
                    "{\"decision\":\"approve\",\"comment\":\"已录入\",\"data\":{\"recorded\":true,\"hrNotes\":\"已录入考勤\"}}")
                    .expect(200));
        }
    }

    /** The same engine calls through the engine's Java API. */
    static final class EngineFlow implements Flow {

        private final ProcessEngine engine;

        EngineFlow(ProcessEngine engine) {
            this.engine = engine;
        }

        @Override
        public void once(Map<String, long[]> latencies, int i) {
            var runtime = engine.getRuntimeService();
            var tasks = engine.getTaskService();
            String[] instance = new String[1];
            time(latencies, "start", i, () -> {
                engine.getIdentityService().setAuthenticatedUserId("zhangwei");
                try {
                    instance[0] = runtime.startProcessInstanceByKey("leave-request", "LV-" + UUID.randomUUID(),
                            Map.of("leaveType", "annual", "startDate", "2030-05-06", "endDate", "2030-05-06", "days", 1,
                                    "reason", "探亲 bench " + i)).getId();
                } finally {
                    engine.getIdentityService().clearAuthentication();
                }
            });
            time(latencies, "manager approves", i, () -> {
                Task task = tasks.createTaskQuery().processInstanceId(instance[0]).singleResult();
                tasks.complete(task.getId(), Map.of());
            });
            String[] hrTask = new String[1];
            time(latencies, "HR inbox page", i, () -> {
                var query = tasks.createTaskQuery().processInstanceId(instance[0]);
                hrTask[0] = query.orderByTaskCreateTime().desc().listPage(0, 20).get(0).getId();
                query.count();
            });
            time(latencies, "HR task page", i, () -> {
                Task task = tasks.createTaskQuery().taskId(hrTask[0]).singleResult();
                runtime.getVariables(task.getProcessInstanceId());
            });
            time(latencies, "HR records (approve)", i,
                    () -> tasks.complete(hrTask[0], Map.of("recorded", true, "hrNotes", "已录入考勤")));
        }
    }

    /** A plain engine: HikariCP, FULL history, READ_COMMITTED, no job executor, the leave request deployed. */
    private ProcessEngine rawEngine(TestDatabase database) throws Exception {
        Map<String, Object> properties = database.properties();
        HikariConfig pool = new HikariConfig();
        pool.setJdbcUrl(String.valueOf(properties.get("spring.datasource.url")));
        if (properties.containsKey("spring.datasource.username")) {
            pool.setUsername(String.valueOf(properties.get("spring.datasource.username")));
            pool.setPassword(String.valueOf(properties.get("spring.datasource.password")));
        }
        pool.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
        pool.setMaximumPoolSize(20);
        if (!"h2".equals(db)) {
            // The same driver settings as Baton's (application-mysql.yml), so that both sides
            // parse each statement text once per connection.
            pool.addDataSourceProperty("cachePrepStmts", "true");
            pool.addDataSourceProperty("prepStmtCacheSize", "500");
            pool.addDataSourceProperty("prepStmtCacheSqlLimit", "8192");
        }
        StandaloneProcessEngineConfiguration configuration = (StandaloneProcessEngineConfiguration) ProcessEngineConfiguration
                .createStandaloneProcessEngineConfiguration();
        configuration.setDataSource(new HikariDataSource(pool));
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
        configuration.setJobExecutorActivate(false);
        configuration.setIdGenerator(new StrongUuidGenerator());
        configuration.setCmmnEnabled(false);
        configuration.setHistoryRemovalTimeStrategy("start");
        configuration.setProcessEngineName("bench-raw-" + UUID.randomUUID());
        ProcessEngine engine = configuration.buildProcessEngine();
        try (InputStream bpmn = Files.newInputStream(Path.of("processes", "leave-request.bpmn"))) {
            engine.getRepositoryService().createDeployment().name("bench").addInputStream("leave-request.bpmn", bpmn)
                    .deploy();
        }
        System.out.println("Raw engine on " + product(configuration.getDataSource()));
        return engine;
    }

    /** Open tasks as the inbox benchmark fills them: a share through the engine, the rest cloned rows. */
    private void fill(ConfigurableApplicationContext app, TestDatabase database) throws Exception {
        System.setProperty("bench.tasks", Integer.toString(openTasks));
        InboxBenchmark inbox = new InboxBenchmark();
        inbox.organisation();
        inbox.app = app;
        inbox.engine = app.getBean(ProcessEngine.class);
        inbox.dataSource = app.getBean(DataSource.class);
        inbox.database = database;
        InboxBenchmark.BenchProcesses.deploy(inbox.engine.getRepositoryService());
        long start = System.nanoTime();
        new Fill(inbox).run();
        inbox.analyze();
        System.out.printf("  filled %,d open tasks in %.0f s%n", openTasks, (System.nanoTime() - start) / 1e9);
    }

    private static String product(DataSource dataSource) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName() + " "
                    + connection.getMetaData().getDatabaseProductVersion();
        }
    }

    private void report(List<Run> baton, List<Run> batonFilled, List<Run> engine) {
        System.out.println();
        System.out.println("| client threads | Baton over HTTP, flows/s | raw engine, flows/s | Baton / engine |"
                + (batonFilled.isEmpty() ? "" : " Baton with " + openTasks + " open tasks, flows/s | filled / empty |"));
        System.out.println("|---:|---:|---:|---:|" + (batonFilled.isEmpty() ? "" : "---:|---:|"));
        for (int k = 0; k < baton.size(); k++) {
            Run b = baton.get(k);
            Run e = engine.get(k);
            String filled = "";
            if (!batonFilled.isEmpty()) {
                Run f = batonFilled.get(k);
                filled = String.format(Locale.ROOT, " %.1f | %.2f |", f.flowsPerSecond(),
                        f.flowsPerSecond() / b.flowsPerSecond());
            }
            System.out.printf(Locale.ROOT, "| %d | %.1f | %.1f | %.2f |%s%n", b.threads(), b.flowsPerSecond(),
                    e.flowsPerSecond(), b.flowsPerSecond() / e.flowsPerSecond(), filled);
        }
        System.out.println();
        System.out.println("| action, ms | threads | Baton p50 | Baton p95 | engine p50 | engine p95 |"
                + (batonFilled.isEmpty() ? "" : " filled p50 | filled p95 |"));
        System.out.println("|---|---:|---:|---:|---:|---:|" + (batonFilled.isEmpty() ? "" : "---:|---:|"));
        for (int k = 0; k < baton.size(); k++) {
            for (String action : ACTIONS) {
                Percentiles b = Percentiles.of(baton.get(k).latencies().get(action));
                Percentiles e = Percentiles.of(engine.get(k).latencies().get(action));
                String filled = "";
                if (!batonFilled.isEmpty()) {
                    Percentiles f = Percentiles.of(batonFilled.get(k).latencies().get(action));
                    filled = String.format(Locale.ROOT, " %.1f | %.1f |", f.p50(), f.p95());
                }
                System.out.printf(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.1f | %.1f |%s%n", action,
                        baton.get(k).threads(), b.p50(), b.p95(), e.p50(), e.p95(), filled);
            }
        }
    }
}
