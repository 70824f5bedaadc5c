package dev.baton.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import dev.baton.support.CookieSession;
import dev.baton.support.CountedBaton;
import dev.baton.support.H2FileDatabase;
import dev.baton.support.SqlCounter;
import dev.baton.support.SqlCounter.Counts;
import dev.baton.support.TestDatabase;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Issue 12's statement budget: every HTTP action of the approval path, on the shipped
 * leave request with browser sessions, may issue at most so many SQL statements and
 * commits. A change that adds a query fails here with the list of SQL the action issued,
 * each statement named by where it came from.
 * <p>
 * The budgets are the counts measured after the second round of issue 12 (one transaction
 * per action, people fetched with their roles, variables and forms read once; then badges
 * counted once, read marks only when unread, candidates from the inbox read model, one
 * participant insert; see docs/performance.md): lower them as the path gets leaner, never
 * raise them without a reason. The start's second commit is the request number's own
 * short transaction ({@code RequestKeys}). The test also prints, next to each action,
 * what the engine's Java API issues for the same engine calls in the same application (in
 * one transaction), and which of those statements touch the engine's own ACT_* tables;
 * see docs/performance.md, "Where the approval path's SQL comes from".
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApprovalPathStatementBudgetTest {

	/** The actions of the approval path, as the web app calls them. */
	enum Action {

		START("start (initiator)"), INBOX_PAGE("inbox page (all mine, first 20)"), INBOX_COUNTS("inbox counts"),
		TASK_PAGE("task page GET"), CLAIM("claim (purchase order step, by a purchaser)"),
		APPROVE("approve (manager; next step opens)"), APPROVE_LAST("approve (HR records; request ends)"),
		REJECT("reject (manager)"), RETURN("return (HR → manager step)"), REQUEST_PAGE("request page GET");

		final String label;

		Action(String label) {
			this.label = label;
		}

	}

	/** At most so many statements and commits. */
	record Budget(int statements, int commits) {
	}

	/**
	 * The counts measured on H2 and MariaDB (2026-12-07, after issue 12's second round):
	 * lower them when the path gets leaner.
	 */
	Map<Action, Budget> budgets() {
		Map<Action, Budget> budgets = new EnumMap<>(Action.class);
		// start: 48 + 2 on purpose — the Idempotency-Key's look-up and its row (issue 10:
		// a double submit starts one request), sent as the web app sends it.
		// Every action that writes one ledger entry: + 3 on purpose (issue 13, the
		// tamper-evident ledger) — when the action commits, the chain head's SELECT … FOR
		// UPDATE, the entry's link in baton_ledger_chain and the head's UPDATE, so that
		// parallel decisions line up in one hash chain without waiting for each other
		// while they work (LedgerChain).
		// Every action that tells someone: + 2 on purpose (issue 14, in-app
		// notifications, written with the decision that caused them) — one look-up of
		// the recipients' preferences and one multi-row INSERT of their notifications,
		// however many people are told (NoticeWriter). The end of a request (approved
		// last, rejected): + 1 more, the request's initiator and title for the notice to
		// its initiator, one look-up by the instance's unique index (RequestHeadlines).
		// A claim tells nobody (only the claimant acts) and costs nothing.
		budgets.put(Action.START, new Budget(53 + 2, 2));
		budgets.put(Action.INBOX_PAGE, new Budget(6, 1));
		budgets.put(Action.INBOX_COUNTS, new Budget(4, 1));
		budgets.put(Action.TASK_PAGE, new Budget(10, 1));
		budgets.put(Action.CLAIM, new Budget(28, 1));
		budgets.put(Action.APPROVE, new Budget(47 + 2, 1));
		budgets.put(Action.APPROVE_LAST, new Budget(51 + 3, 1));
		budgets.put(Action.REJECT, new Budget(39 + 3, 1));
		budgets.put(Action.RETURN, new Budget(57 + 2, 1));
		budgets.put(Action.REQUEST_PAGE, new Budget(8, 1));
		return budgets;
	}

	TestDatabase database() {
		return new H2FileDatabase();
	}

	String databaseName() {
		return "H2";
	}

	private final SqlCounter counter = new SqlCounter();

	private TestDatabase database;

	private ConfigurableApplicationContext baton;

	private LeaveFlow flow;

	@BeforeAll
	void startBaton() {
		database = database();
		baton = CountedBaton.start(database, counter, Map.of());
		flow = new LeaveFlow(baton, counter);
	}

	@AfterAll
	void stopBaton() {
		if (baton != null) {
			baton.close();
		}
		if (database != null) {
			database.close();
		}
	}

	@Test
	void every_action_of_the_approval_path_stays_within_its_statement_and_commit_budget() {
		// given warm caches (process definitions, forms, the catalogue): a first round
		flow.overHttp();
		flow.withTheEngineApi();
		// when each action runs again
		Map<Action, Counts> http = flow.overHttp();
		Map<Action, Counts> engine = flow.withTheEngineApi();
		System.out.println(table(http, engine));
		http.forEach((action, counts) -> System.out
			.println("\n--- " + databaseName() + ", " + action.label + " over HTTP:\n" + counts.listing()));

		// then none issues more statements or commits than its budget
		SoftAssertions softly = new SoftAssertions();
		budgets().forEach((action, budget) -> {
			Counts counts = http.get(action);
			softly.assertThat(counts.count())
				.as("statements of %s on %s, over budget; the SQL issued:%n%s", action.label, databaseName(),
						counts.listing())
				.isLessThanOrEqualTo(budget.statements());
			softly.assertThat(counts.commits())
				.as("commits of %s on %s, over budget; the SQL issued:%n%s", action.label, databaseName(),
						counts.listing())
				.isLessThanOrEqualTo(budget.commits());
		});
		softly.assertAll();
		assertThat(http.keySet()).containsExactlyInAnyOrder(Action.values());
	}

	private String table(Map<Action, Counts> http, Map<Action, Counts> engine) {
		StringBuilder text = new StringBuilder(String
			.format(Locale.ROOT, "%n%s, leave request, browser sessions%n| action | statements | commits | connections "
					+ "| engine API: statements | of which ACT_* | commits | connections |%n|---|---:|---:|---:|---:|---:|---:|---:|%n",
					databaseName()));
		for (Action action : Action.values()) {
			Counts h = http.get(action);
			Counts e = engine.get(action);
			text.append(String.format(Locale.ROOT, "| %s | %s | %d | %d | %s | %d | %d | %d |%n", action.label,
					h.byKind(), h.commits(), h.connections(), e.byKind(), e.engineStatements(), e.commits(),
					e.connections()));
		}
		return text.toString();
	}

	/**
	 * The leave request's path, once through Baton's HTTP API with browser sessions and
	 * once through the engine's Java API, each action counted on its own.
	 */
	static final class LeaveFlow {

		private final SqlCounter counter;

		private final org.camunda.bpm.engine.RuntimeService runtime;

		private final org.camunda.bpm.engine.TaskService tasks;

		private final org.camunda.bpm.engine.HistoryService history;

		private final org.camunda.bpm.engine.IdentityService identity;

		private final org.camunda.bpm.engine.FormService forms;

		private final org.springframework.transaction.support.TransactionTemplate transaction;

		private final CookieSession zhangwei;

		private final CookieSession lina;

		private final CookieSession zhouting;

		private final CookieSession wujing;

		private final List<String> linaGroups;

		private final List<String> zhoutingGroups;

		LeaveFlow(ConfigurableApplicationContext baton, SqlCounter counter) {
			this.counter = counter;
			this.runtime = baton.getBean(org.camunda.bpm.engine.RuntimeService.class);
			this.tasks = baton.getBean(org.camunda.bpm.engine.TaskService.class);
			this.history = baton.getBean(org.camunda.bpm.engine.HistoryService.class);
			this.identity = baton.getBean(org.camunda.bpm.engine.IdentityService.class);
			this.forms = baton.getBean(org.camunda.bpm.engine.FormService.class);
			this.transaction = new org.springframework.transaction.support.TransactionTemplate(
					baton.getBean(org.springframework.transaction.PlatformTransactionManager.class));
			int port = CountedBaton.port(baton);
			this.zhangwei = new CookieSession(port).login("zhangwei");
			this.lina = new CookieSession(port).login("lina");
			this.zhouting = new CookieSession(port).login("zhouting");
			this.wujing = new CookieSession(port).login("wujing");
			this.linaGroups = groupsOf("lina");
			this.zhoutingGroups = groupsOf("zhouting");
		}

		private List<String> groupsOf(String user) {
			return identity.createGroupQuery().groupMember(user).list().stream().map(group -> group.getId()).toList();
		}

		Map<Action, Counts> overHttp() {
			Map<Action, Counts> counts = new LinkedHashMap<>();
			// request A: approved by the manager, recorded by HR
			String a = measure(counts, Action.START, () -> start()).json().get("id").asText();
			String managerTask = openTask(a);
			measure(counts, Action.INBOX_PAGE,
					() -> lina.get("/api/tasks?scope=all-mine&sort=created&order=desc&page=0&size=20").expect(200));
			measure(counts, Action.INBOX_COUNTS, () -> lina.get("/api/tasks/counts").expect(200));
			measure(counts, Action.TASK_PAGE, () -> lina.get("/api/tasks/" + managerTask).expect(200));
			measure(counts, Action.APPROVE,
					() -> lina
						.post("/api/tasks/" + managerTask + "/complete",
								"{\"decision\":\"approve\",\"comment\":\"同意\",\"data\":{}}")
						.expect(200));
			// HR's step goes straight to the one HR specialist: no claim
			String hrTask = openTask(a);
			measure(counts, Action.APPROVE_LAST, () -> zhouting.post("/api/tasks/" + hrTask + "/complete",
					"{\"decision\":\"approve\",\"comment\":\"已录入\",\"data\":{\"recorded\":true,\"hrNotes\":\"已录入考勤\"}}")
				.expect(200));
			measure(counts, Action.REQUEST_PAGE, () -> zhangwei.get("/api/requests/" + a).expect(200));
			// request B: rejected by the manager
			String b = start().json().get("id").asText();
			String bTask = openTask(b);
			measure(counts, Action.REJECT,
					() -> lina
						.post("/api/tasks/" + bTask + "/complete",
								"{\"decision\":\"reject\",\"comment\":\"人手不足\",\"data\":{}}")
						.expect(200));
			// request C: returned by HR to the manager's step, then approved and recorded
			String c = start().json().get("id").asText();
			lina.post("/api/tasks/" + openTask(c) + "/complete", "{\"decision\":\"approve\",\"data\":{}}").expect(200);
			String cHrTask = openTask(c);
			measure(counts, Action.RETURN, () -> zhouting.post("/api/tasks/" + cHrTask + "/complete",
					"{\"decision\":\"return\",\"comment\":\"日期有误\",\"returnTo\":\"Task_ManagerApproval\",\"data\":{}}")
				.expect(200));
			lina.post("/api/tasks/" + openTask(c) + "/complete", "{\"decision\":\"approve\",\"data\":{}}").expect(200);
			String cHrAgain = openTask(c);
			zhouting
				.post("/api/tasks/" + cHrAgain + "/complete", "{\"decision\":\"approve\",\"data\":{\"recorded\":true}}")
				.expect(200);
			// a purchase at its order step, offered to both purchasers: one of them
			// claims it
			String orderTask = purchaseAtOrderStep();
			measure(counts, Action.CLAIM, () -> wujing.post("/api/tasks/" + orderTask + "/claim", null).expect(200));
			return counts;
		}

		/**
		 * A small purchase past its department head (through the engine, not measured).
		 */
		private String purchaseAtOrderStep() {
			String instance = engineStart("purchase-request",
					Map.of("title", "笔记本电脑 Laptops", "reason", "新员工 New staff", "total", 1000),
					"T-" + java.util.UUID.randomUUID());
			tasks.complete(openTaskOfInstance(instance), Map.of());
			String order = openTaskOfInstance(instance);
			assertThat(tasks.createTaskQuery().taskId(order).singleResult().getTaskDefinitionKey())
				.isEqualTo("Task_PlaceOrder");
			return order;
		}

		private CookieSession.Answer start() {
			return zhangwei
				.post("/api/requests",
						CookieSession.json(Map.of("processKey", "leave-request", "data",
								Map.of("leaveType", "annual", "startDate", "2030-05-06", "endDate", "2030-05-06",
										"days", 1, "reason", "探亲 Family visit"))),
						Map.of("Idempotency-Key", java.util.UUID.randomUUID().toString()))
				.expect(201);
		}

		/** The request's one open task (found outside any measurement). */
		private String openTask(String requestId) {
			List<org.camunda.bpm.engine.task.Task> open = tasks.createTaskQuery()
				.processInstanceBusinessKey(requestId)
				.list();
			assertThat(open).as("open tasks of " + requestId).hasSize(1);
			return open.get(0).getId();
		}

		/**
		 * The same engine calls as the HTTP actions make, each action in one transaction.
		 */
		Map<Action, Counts> withTheEngineApi() {
			Map<Action, Counts> counts = new LinkedHashMap<>();
			Map<String, Object> data = Map.of("leaveType", "annual", "startDate", "2030-05-06", "endDate", "2030-05-06",
					"days", 1, "reason", "探亲 Family visit");
			String a = inOneTransaction(counts, Action.START,
					() -> engineStart("leave-request", data, "E-" + java.util.UUID.randomUUID()));
			String managerTask = openTaskOfInstance(a);
			inOneTransaction(counts, Action.INBOX_PAGE, () -> {
				var query = tasks.createTaskQuery()
					.or()
					.taskAssignee("lina")
					.taskCandidateUser("lina")
					.taskCandidateGroupIn(linaGroups)
					.endOr();
				query.orderByTaskCreateTime().desc().listPage(0, 20);
				return query.count();
			});
			inOneTransaction(counts, Action.INBOX_COUNTS,
					() -> tasks.createTaskQuery().taskAssignee("lina").count() + tasks.createTaskQuery()
						.or()
						.taskCandidateUser("lina")
						.taskCandidateGroupIn(linaGroups)
						.endOr()
						.count());
			inOneTransaction(counts, Action.TASK_PAGE, () -> {
				var task = tasks.createTaskQuery().taskId(managerTask).singleResult();
				runtime.getVariables(task.getProcessInstanceId());
				return forms.getDeployedTaskForm(managerTask);
			});
			inOneTransaction(counts, Action.APPROVE, () -> {
				tasks.complete(managerTask, Map.of());
				return null;
			});
			String hrTask = openTaskOfInstance(a);
			inOneTransaction(counts, Action.APPROVE_LAST, () -> {
				tasks.complete(hrTask, Map.of("recorded", true, "hrNotes", "已录入考勤"));
				return null;
			});
			inOneTransaction(counts, Action.REQUEST_PAGE, () -> {
				history.createHistoricProcessInstanceQuery().processInstanceId(a).singleResult();
				history.createHistoricVariableInstanceQuery().processInstanceId(a).list();
				history.createHistoricActivityInstanceQuery()
					.processInstanceId(a)
					.orderByHistoricActivityInstanceStartTime()
					.asc()
					.list();
				return tasks.createTaskQuery().processInstanceId(a).list();
			});
			String b = engineStart("leave-request", data, "E-" + java.util.UUID.randomUUID());
			String bTask = openTaskOfInstance(b);
			inOneTransaction(counts, Action.REJECT, () -> {
				tasks.handleBpmnError(bTask, TaskDecisions.REJECTED_ERROR, "人手不足");
				return null;
			});
			String c = engineStart("leave-request", data, "E-" + java.util.UUID.randomUUID());
			tasks.complete(openTaskOfInstance(c), Map.of());
			inOneTransaction(counts, Action.RETURN, () -> {
				runtime.removeVariables(c, List.of(dev.baton.engine.ApprovalVariables.LAST_STEP,
						dev.baton.engine.ApprovalVariables.LAST_APPROVERS));
				var modification = runtime.createProcessInstanceModification(c)
					.startBeforeActivity("Task_ManagerApproval");
				for (var running : runtime.getActivityInstance(c).getChildActivityInstances()) {
					modification.cancelActivityInstance(running.getId());
				}
				modification.execute();
				return null;
			});
			tasks.complete(openTaskOfInstance(c), Map.of());
			tasks.complete(openTaskOfInstance(c), Map.of("recorded", true));
			String orderTask = purchaseAtOrderStep();
			inOneTransaction(counts, Action.CLAIM, () -> {
				tasks.claim(orderTask, "wujing");
				return null;
			});
			return counts;
		}

		private String engineStart(String processKey, Map<String, Object> data, String businessKey) {
			identity.setAuthenticatedUserId("zhangwei");
			try {
				return runtime.startProcessInstanceByKey(processKey, businessKey, data).getId();
			}
			finally {
				identity.clearAuthentication();
			}
		}

		private String openTaskOfInstance(String instanceId) {
			List<org.camunda.bpm.engine.task.Task> open = tasks.createTaskQuery().processInstanceId(instanceId).list();
			assertThat(open).as("open tasks of " + instanceId).hasSize(1);
			return open.get(0).getId();
		}

		private <T> T inOneTransaction(Map<Action, Counts> counts, Action action, Supplier<T> work) {
			return measure(counts, action, () -> transaction.execute(status -> work.get()));
		}

		private <T> T measure(Map<Action, Counts> counts, Action action, Supplier<T> work) {
			counter.awaitQuiet();
			counter.reset();
			T result = work.get();
			counter.awaitQuiet();
			counts.put(action, counter.counts());
			return result;
		}

	}

}
