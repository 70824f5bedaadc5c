package dev.baton.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import javax.sql.DataSource;

import dev.baton.support.BatonInstance;
import dev.baton.support.H2FileDatabase;
import dev.baton.support.MariaDbDatabase;
import dev.baton.support.TestDatabase;
import dev.baton.tasks.Inbox;
import dev.baton.tasks.InboxFilter;
import dev.baton.tasks.InboxRebuild;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Fills a fresh database with open tasks and measures, in one run, Baton's inbox against the raw
 * engine's task queries, and task completion with and without the index on
 * ACT_RU_TASK(PARENT_TASK_ID_). See docs/performance.md for how to run it and what it measured.
 *
 * <p>Filling: a share of the instances ({@code bench.engineShare}) is started through the engine
 * (so Baton's projection writes their read-model rows); the rest are clones, row by row, of
 * instances the engine wrote (every ACT_ row of a template instance, with fresh ids, the people
 * of the distribution, and times shifted), inserted with JDBC batches; the read model for them
 * comes from {@link InboxRebuild}, which derives it from the engine's tables. Distribution: 200
 * users, 20 departments and 10 roles as groups; 55% of tasks assigned to one user, 20% offered to
 * 2–3 candidate users, 25% to one group; 10% of the offered ones already claimed.
 */
public final class InboxBenchmark {

    static final int USERS = 200;
    static final int DEPARTMENTS = 20;
    static final int ROLES = 10;
    static final int PAGE = InboxFilter.DEFAULT_SIZE;

    final Config config = Config.fromSystemProperties();
    final Random random = new Random(42);
    final Map<String, List<String>> groupsOf = new HashMap<>();
    final List<String> users = new ArrayList<>();
    final List<String> groups = new ArrayList<>();

    ConfigurableApplicationContext app;
    ProcessEngine engine;
    Inbox inbox;
    DataSource dataSource;
    TestDatabase database;

    public static void main(String[] args) throws Exception {
        int status = new InboxBenchmark().run();
        System.exit(status);
    }

    int run() throws Exception {
        System.out.println("Baton inbox benchmark: " + config);
        organisation();
        long started = System.nanoTime();
        database = config.h2() ? new H2FileDatabase() : new MariaDbDatabase();
        try (TestDatabase ignored = database) {
            app = BatonInstance.start(database, Map.of("baton.demo.enabled", "false",
                    "logging.level.dev.baton", "warn", "spring.main.banner-mode", "off",
                    "logging.level.org.flywaydb", "error", "logging.level.org.hibernate", "error",
                    "logging.level.org.springdoc", "error"));
            try {
                engine = app.getBean(ProcessEngine.class);
                inbox = app.getBean(Inbox.class);
                dataSource = app.getBean(DataSource.class);
                String product;
                try (Connection connection = dataSource.getConnection()) {
                    product = connection.getMetaData().getDatabaseProductName() + " "
                            + connection.getMetaData().getDatabaseProductVersion();
                }
                System.out.println("Database: " + product + (database instanceof MariaDbDatabase maria ? " (database " + maria.name() + ")" : ""));
                BenchProcesses.deploy(engine.getRepositoryService());
                Completions completions = new Completions(this);
                completions.beforeFill();
                Fill fill = new Fill(this);
                fill.run();
                analyze();
                boolean consistent = new Consistency(this).check();
                Measurements measured = new Measurements(this).run();
                completions.run();
                Report.print(config, product, fill, measured, completions, consistent,
                        (System.nanoTime() - started) / 1_000_000_000.0);
                return consistent ? 0 : 1;
            } finally {
                app.close();
            }
        } finally {
            System.out.println("Dropped the benchmark database.");
        }
    }

    /** 200 users; each in one of 20 departments; 10 roles, 0–2 per user, 4 for the first ten ("managers"). */
    void organisation() {
        for (int d = 0; d < DEPARTMENTS; d++) {
            groups.add(String.format("d%02d", d));
        }
        for (int r = 0; r < ROLES; r++) {
            groups.add(String.format("r%02d", r));
        }
        Random org = new Random(7);
        for (int u = 0; u < USERS; u++) {
            String user = String.format("u%03d", u);
            users.add(user);
            List<String> memberOf = new ArrayList<>();
            memberOf.add(String.format("d%02d", u % DEPARTMENTS));
            int roles = u < 10 ? 4 : org.nextInt(3);
            while (memberOf.size() < 1 + roles) {
                String role = String.format("r%02d", org.nextInt(ROLES));
                if (!memberOf.contains(role)) {
                    memberOf.add(role);
                }
            }
            groupsOf.put(user, List.copyOf(memberOf));
        }
    }

    /** The users whose inbox is measured: the ten managers' first five, and fifteen others across the range. */
    List<String> sampleUsers() {
        List<String> sample = new ArrayList<>(List.of("u000", "u001", "u002", "u003", "u004"));
        for (int u = 13; u < USERS && sample.size() < 20; u += 13) {
            sample.add(users.get(u));
        }
        return sample;
    }

    String randomUser(Random rnd) {
        return users.get(rnd.nextInt(users.size()));
    }

    void analyze() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String table : List.of("ACT_RU_TASK", "ACT_RU_IDENTITYLINK", "ACT_RU_EXECUTION", "ACT_RU_VARIABLE",
                    "baton_inbox_task", "baton_inbox_candidate")) {
                statement.execute("ANALYZE TABLE " + table);
            }
        }
    }

    RuntimeService runtime() {
        return engine.getRuntimeService();
    }

    TaskService tasks() {
        return engine.getTaskService();
    }

    IdentityService identity() {
        return engine.getIdentityService();
    }

    /** The raw engine's queries equivalent to Baton's inbox. */
    TaskQuery engineAssigned(String user) {
        return tasks().createTaskQuery().taskAssignee(user);
    }

    TaskQuery engineCandidate(String user, Collection<String> groupIds) {
        return tasks().createTaskQuery().or().taskCandidateUser(user).taskCandidateGroupIn(List.copyOf(groupIds)).endOr();
    }

    TaskQuery engineMine(String user, Collection<String> groupIds) {
        return tasks().createTaskQuery().or().taskAssignee(user).taskCandidateUser(user)
                .taskCandidateGroupIn(List.copyOf(groupIds)).endOr();
    }

    static List<Task> firstPage(TaskQuery query) {
        return query.orderByTaskCreateTime().desc().listPage(0, PAGE);
    }

    /** Runs work on several threads and waits; the first failure fails the benchmark. */
    static void parallel(int threads, int count, java.util.function.IntConsumer work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            AtomicInteger next = new AtomicInteger();
            List<Future<?>> running = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                running.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                        work.accept(i);
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

    static double seconds(long nanos) {
        return nanos / 1_000_000_000.0;
    }

    static <T> T timed(long[] into, int index, Supplier<T> work) {
        long start = System.nanoTime();
        T result = work.get();
        into[index] = System.nanoTime() - start;
        return result;
    }

    /** What to run, from -Dbench.* system properties (see the bench profile in pom.xml). */
    record Config(String db, int tasks, int runs, int engineRuns, double engineShare, int threads, int completions,
            int completionsWithoutIndex) {

        static Config fromSystemProperties() {
            return new Config(System.getProperty("bench.db", "mariadb").toLowerCase(Locale.ROOT),
                    Integer.getInteger("bench.tasks", 100_000), Integer.getInteger("bench.runs", 200),
                    Integer.getInteger("bench.engineRuns", 200),
                    Double.parseDouble(System.getProperty("bench.engineShare", "0.05")),
                    Integer.getInteger("bench.threads", 4), Integer.getInteger("bench.completions", 200),
                    Integer.getInteger("bench.completionsWithoutIndex", 40));
        }

        boolean h2() {
            return db.equals("h2");
        }
    }

    /** The three simple processes the tasks belong to: one step each, assigned, offered to users, offered to a group. */
    static final class BenchProcesses {

        static final String ASSIGNED = "bench-assigned";
        static final String CANDIDATES = "bench-candidates";
        static final String GROUP = "bench-group";

        static void deploy(org.camunda.bpm.engine.RepositoryService repository) {
            repository.createDeployment().name("bench")
                    .addString(ASSIGNED + ".bpmn", bpmn(ASSIGNED, "Bench assigned", "审批", "camunda:assignee=\"${assignee}\""))
                    .addString(CANDIDATES + ".bpmn", bpmn(CANDIDATES, "Bench candidates", "复核",
                            "camunda:candidateUsers=\"${candidates}\" camunda:dueDate=\"P3D\""))
                    .addString(GROUP + ".bpmn", bpmn(GROUP, "Bench group", "部门处理",
                            "camunda:candidateGroups=\"${group}\" camunda:dueDate=\"P5D\""))
                    .deploy();
        }

        private static String bpmn(String key, String name, String taskName, String assignment) {
            return """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                        xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_%1$s" targetNamespace="http://baton.dev/bench">
                      <bpmn:process id="%1$s" name="%2$s" isExecutable="true" camunda:historyTimeToLive="P3650D">
                        <bpmn:startEvent id="StartEvent_1" camunda:initiator="initiator"/>
                        <bpmn:sequenceFlow id="Flow_1" sourceRef="StartEvent_1" targetRef="Task_1"/>
                        <bpmn:userTask id="Task_1" name="%3$s" %4$s/>
                        <bpmn:sequenceFlow id="Flow_2" sourceRef="Task_1" targetRef="EndEvent_1"/>
                        <bpmn:endEvent id="EndEvent_1"/>
                      </bpmn:process>
                    </bpmn:definitions>
                    """.formatted(key, name, taskName, assignment);
        }
    }

    ProcessInstance startAs(String initiator, String key, String businessKey, Map<String, Object> variables) {
        identity().setAuthenticatedUserId(initiator);
        try {
            return runtime().startProcessInstanceByKey(key, businessKey, variables);
        } finally {
            identity().clearAuthentication();
        }
    }
}
