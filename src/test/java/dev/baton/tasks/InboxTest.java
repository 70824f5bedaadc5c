package dev.baton.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.baton.directory.Directory;
import dev.baton.modeling.ProcessBundle;
import dev.baton.modeling.ProcessCatalog.Localized;
import dev.baton.modeling.ProcessPublisher;
import dev.baton.support.BatonTest;
import dev.baton.support.Http;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The inbox read model stays in step with the engine for every way a task changes, in the
 * engine's transaction, and the inbox answers from it. After every test the whole read
 * model is compared with the engine's own view of its open tasks.
 */
@BatonTest
class InboxTest {

	@Autowired
	Inbox inbox;

	@Autowired
	InboxRebuild rebuild;

	@Autowired
	ProcessEngine engine;

	@Autowired
	RuntimeService runtime;

	@Autowired
	TaskService tasks;

	@Autowired
	RepositoryService repository;

	@Autowired
	ProcessPublisher publisher;

	@Autowired
	Directory directory;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@LocalServerPort
	int port;

	InboxReadModel readModel;

	/**
	 * Users and groups of their own per test, so that tests share a database without
	 * seeing each other.
	 */
	String me;

	String other;

	String myGroup;

	@BeforeEach
	void setUp() {
		readModel = new InboxReadModel(jdbc, engine);
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		me = "me-" + suffix;
		other = "other-" + suffix;
		myGroup = "group-" + suffix;
	}

	@AfterEach
	void readModelIsInStepWithTheEngine() {
		ClockUtil.reset();
		readModel.assertInStepWithEngine();
	}

	// --- the shipped processes
	// ---------------------------------------------------------------

	@Test
	void leaveRequestStartedByZhangweiGivesLinaAnAssignedTask() {
		// when zhangwei asks for a day off
		ProcessInstance instance = startAs("zhangwei", "leave-request", Map.of("leaveType", "annual", "startDate",
				"2030-05-06", "endDate", "2030-05-06", "days", 1, "reason", "探亲 Family visit"));

		// then his manager lina has the task in her inbox, with the request's details
		InboxTask task = only(inbox.assigned("lina", InboxFilter.firstPage()), instance);
		assertThat(task.stepId()).isEqualTo("Task_ManagerApproval");
		assertThat(task.name()).isEqualTo(new Localized("直属上级审批", "Manager approval"));
		assertThat(task.processKey()).isEqualTo("leave-request");
		assertThat(task.processName()).isEqualTo(new Localized("请假申请", "Leave request"));
		assertThat(task.initiatorId()).isEqualTo("zhangwei");
		assertThat(task.assignee()).isEqualTo("lina");
		assertThat(task.claimable()).isFalse();
		assertThat(task.processInstanceId()).isEqualTo(instance.getId());
		// and nobody may claim it
		assertThat(idsOf(inbox.claimable("lina", directory.groupIdsOf("lina"), InboxFilter.firstPage())))
			.doesNotContain(task.id());
	}

	@Test
	void purchaseRequestPlaceOrderIsClaimableByBothPurchasers() {
		// given zhangwei's small purchase, approved by his department head
		ProcessInstance instance = startAs("zhangwei", "purchase-request",
				Map.of("title", "办公用品采购 Office supplies", "reason", "新员工入职", "neededBy", "2030-01-15", "total", 1000));
		InboxTask approval = only(inbox.assigned("lina", InboxFilter.firstPage()), instance);
		assertThat(approval.requestTitle()).isEqualTo("办公用品采购 Office supplies");
		long linaBefore = inbox.counts("lina", directory.groupIdsOf("lina")).assigned();

		// when lina approves
		tasks.complete(approval.id());

		// then her task is gone and procurement's two purchasers may claim the order
		assertThat(idsOf(inbox.assigned("lina", InboxFilter.firstPage()))).doesNotContain(approval.id());
		assertThat(inbox.counts("lina", directory.groupIdsOf("lina")).assigned()).isEqualTo(linaBefore - 1);
		for (String purchaser : List.of("huangqiang", "wujing")) {
			InboxTask order = only(inbox.claimable(purchaser, directory.groupIdsOf(purchaser), InboxFilter.firstPage()),
					instance);
			assertThat(order.stepId()).isEqualTo("Task_PlaceOrder");
			assertThat(order.name()).isEqualTo(new Localized("采购下单", "Place the order"));
			assertThat(order.claimable()).isTrue();
			assertThat(order.assignee()).isNull();
			assertThat(idsOf(inbox.assigned(purchaser, InboxFilter.firstPage()))).doesNotContain(order.id());
		}
		assertThat(readModel.row(only(inbox.claimable("wujing", List.of(), InboxFilter.firstPage()), instance).id())
			.candidates()).containsExactlyInAnyOrder("U:huangqiang", "U:wujing");
	}

	// --- claim, assign, delegate
	// ---------------------------------------------------------------

	@Test
	void claimMovesTheTaskFromEveryCandidatesClaimableListToTheClaimersAssignedList() {
		Task task = openTask(candidateUsersTask(me + "," + other));
		assertThat(idsOf(inbox.claimable(me, List.of(), InboxFilter.firstPage()))).containsExactly(task.getId());
		assertThat(inbox.counts(other, List.of())).isEqualTo(new InboxCounts(0, 1));

		tasks.claim(task.getId(), me);

		assertThat(idsOf(inbox.assigned(me, InboxFilter.firstPage()))).containsExactly(task.getId());
		assertThat(inbox.claimable(me, List.of(), InboxFilter.firstPage()).items()).isEmpty();
		assertThat(inbox.claimable(other, List.of(), InboxFilter.firstPage()).items()).isEmpty();
		assertThat(inbox.counts(me, List.of())).isEqualTo(new InboxCounts(1, 0));
		assertThat(inbox.counts(other, List.of())).isEqualTo(new InboxCounts(0, 0));

		// unclaim: back to both candidates
		tasks.setAssignee(task.getId(), null);

		assertThat(inbox.assigned(me, InboxFilter.firstPage()).items()).isEmpty();
		assertThat(idsOf(inbox.claimable(me, List.of(), InboxFilter.firstPage()))).containsExactly(task.getId());
		assertThat(idsOf(inbox.claimable(other, List.of(), InboxFilter.firstPage()))).containsExactly(task.getId());
		assertThat(readModel.row(task.getId()).claimableFlags()).containsExactly("true");
	}

	@Test
	void setAssigneeDelegateAndResolveShowWhoHasTheTask() {
		Task task = openTask(assignedTask(me));

		// transfer
		tasks.setAssignee(task.getId(), other);
		assertThat(inbox.assigned(me, InboxFilter.firstPage()).items()).isEmpty();
		assertThat(idsOf(inbox.assigned(other, InboxFilter.firstPage()))).containsExactly(task.getId());

		// delegate back to me: other stays the owner
		tasks.delegateTask(task.getId(), me);
		InboxTask delegated = only(inbox.assigned(me, InboxFilter.firstPage()));
		assertThat(delegated.owner()).isEqualTo(other);
		assertThat(delegated.delegated()).isTrue();
		assertThat(inbox.assigned(other, InboxFilter.firstPage()).items()).isEmpty();

		// resolve: back to the owner
		tasks.resolveTask(task.getId());
		InboxTask resolved = only(inbox.assigned(other, InboxFilter.firstPage()));
		assertThat(resolved.delegated()).isFalse();
		assertThat(resolved.owner()).isEqualTo(other);

		// owner, due date, name and priority set directly
		Date due = Date.from(Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS));
		Task changed = tasks.createTaskQuery().taskId(task.getId()).singleResult();
		changed.setOwner(me);
		changed.setDueDate(due);
		changed.setName("改过的名字 Renamed");
		changed.setPriority(80);
		tasks.saveTask(changed);
		InboxTask saved = only(inbox.assigned(other, InboxFilter.firstPage()));
		assertThat(saved.owner()).isEqualTo(me);
		assertThat(saved.dueAt()).isEqualTo(due.toInstant());
		assertThat(saved.name().zh()).isEqualTo("改过的名字 Renamed");
		assertThat(saved.priority()).isEqualTo(80);
	}

	// --- candidates
	// ------------------------------------------------------------------------

	@Test
	void candidatesAddedAndRemovedLaterDecideWhoMayClaim() {
		Task task = openTask(candidateUsersTask(other));
		assertThat(inbox.claimable(me, List.of(myGroup), InboxFilter.firstPage()).items()).isEmpty();

		tasks.addCandidateGroup(task.getId(), myGroup);
		assertThat(idsOf(inbox.claimable(me, List.of(myGroup), InboxFilter.firstPage()))).containsExactly(task.getId());

		tasks.addCandidateUser(task.getId(), me);
		tasks.addCandidateUser(task.getId(), me); // the engine takes the same candidate
													// twice
		InboxPage both = inbox.claimable(me, List.of(myGroup), InboxFilter.firstPage());
		assertThat(idsOf(both)).as("reached as a user and through a group: listed once").containsExactly(task.getId());
		assertThat(both.total()).isEqualTo(1);
		assertThat(inbox.counts(me, List.of(myGroup))).isEqualTo(new InboxCounts(0, 1));

		tasks.deleteCandidateGroup(task.getId(), myGroup);
		assertThat(idsOf(inbox.claimable(me, List.of(myGroup), InboxFilter.firstPage()))).containsExactly(task.getId());

		tasks.deleteCandidateUser(task.getId(), me);
		assertThat(inbox.claimable(me, List.of(myGroup), InboxFilter.firstPage()).items()).isEmpty();
		assertThat(idsOf(inbox.claimable(other, List.of(), InboxFilter.firstPage()))).containsExactly(task.getId());
		assertThat(readModel.row(task.getId()).candidates()).containsExactly("U:" + other);
	}

	@Test
	void candidateGroupsFromTheModelAsCamundaModelerWritesThem() {
		ProcessInstance instance = start(deploy("camunda:candidateGroups=\"" + myGroup + ",another-" + myGroup + "\""),
				Map.of());
		Task task = openTask(instance);

		assertThat(idsOf(inbox.claimable(me, List.of("unrelated", myGroup), InboxFilter.firstPage())))
			.containsExactly(task.getId());
		assertThat(inbox.counts(me, List.of(myGroup))).isEqualTo(new InboxCounts(0, 1));
		assertThat(inbox.claimable(me, List.of(), InboxFilter.firstPage()).items()).isEmpty();
		assertThat(readModel.row(task.getId()).candidates()).containsExactlyInAnyOrder("G:" + myGroup,
				"G:another-" + myGroup);
	}

	@Test
	void aGroupWithTheIdOfAUserIsNotThatUser() {
		// a task offered to the group "<me>" (department and role ids share the engine's
		// group namespace, not the users')
		Task task = openTask(candidateGroupTask(me));

		assertThat(inbox.claimable(me, List.of(myGroup), InboxFilter.firstPage()).total()).isZero();
		assertThat(inbox.counts(me, List.of(myGroup)).candidate()).isZero();
		assertThat(idsOf(inbox.claimable(other, List.of(me), InboxFilter.firstPage()))).containsExactly(task.getId());
		assertThat(inbox.counts(other, List.of(me)).candidate()).isEqualTo(1);
	}

	// --- tasks end
	// ---------------------------------------------------------------------------

	@Test
	void completingATaskRemovesItAndOpensTheNext() {
		ProcessInstance instance = start(
				deploy("camunda:assignee=\"${assignee}\"", secondTask("camunda:candidateUsers=\"" + other + "\"")),
				Map.of("assignee", me));
		Task first = openTask(instance);

		tasks.complete(first.getId());

		assertThat(inbox.assigned(me, InboxFilter.firstPage()).items()).isEmpty();
		assertThat(readModel.row(first.getId())).isNull();
		InboxTask next = only(inbox.claimable(other, List.of(), InboxFilter.firstPage()), instance);
		assertThat(next.stepId()).isEqualTo("Task_Second");
	}

	@Test
	void deletingTheProcessInstanceRemovesItsTasksAndTheirCandidates() {
		ProcessInstance instance = candidateUsersTask(me + "," + other);
		String taskId = openTask(instance).getId();

		runtime.deleteProcessInstance(instance.getId(), "withdrawn");

		assertThat(inbox.counts(me, List.of())).isEqualTo(new InboxCounts(0, 0));
		assertThat(readModel.row(taskId)).isNull();
		assertThat(
				jdbc.queryForObject("SELECT COUNT(*) FROM baton_inbox_candidate WHERE task_id = ?", Long.class, taskId))
			.isZero();
	}

	@Test
	void deletingADeploymentWithItsInstancesRemovesTheirTasks() {
		String key = deploy("camunda:candidateGroups=\"" + myGroup + "\"");
		start(key, Map.of());
		start(key, Map.of());
		assertThat(inbox.counts(me, List.of(myGroup)).candidate()).isEqualTo(2);

		String deploymentId = repository.createProcessDefinitionQuery()
			.processDefinitionKey(key)
			.singleResult()
			.getDeploymentId();
		repository.deleteDeployment(deploymentId, true);

		assertThat(inbox.counts(me, List.of(myGroup)).candidate()).isZero();
	}

	@Test
	void standaloneTasksAreInTheInboxToo() {
		Task task = tasks.newTask();
		task.setName("独立任务 Standalone");
		tasks.saveTask(task);
		tasks.addCandidateGroup(task.getId(), myGroup);
		assertThat(only(inbox.claimable(me, List.of(myGroup), InboxFilter.firstPage())).processName()).isNull();

		tasks.claim(task.getId(), me);
		assertThat(idsOf(inbox.assigned(me, InboxFilter.firstPage()))).containsExactly(task.getId());

		// a subtask (what the engine looks up by PARENT_TASK_ID_ whenever a task ends)
		Task subtask = tasks.newTask();
		subtask.setName("子任务 Subtask");
		subtask.setParentTaskId(task.getId());
		subtask.setAssignee(other);
		tasks.saveTask(subtask);
		assertThat(only(inbox.assigned(other, InboxFilter.firstPage())).parentTaskId()).isEqualTo(task.getId());

		// deleting the parent deletes its subtask too
		tasks.deleteTask(task.getId(), true);
		assertThat(inbox.counts(me, List.of(myGroup))).isEqualTo(new InboxCounts(0, 0));
		assertThat(inbox.counts(other, List.of())).isEqualTo(new InboxCounts(0, 0));
	}

	// --- one transaction with the engine
	// -----------------------------------------------------------------

	@Test
	void engineFailureAfterTheTaskChangeLeavesTheReadModelAsItWas() {
		// given a task claimed by me, and a copy of it read before that
		Task task = openTask(candidateUsersTask(me + "," + other));
		Task stale = tasks.createTaskQuery().taskId(task.getId()).singleResult();
		tasks.claim(task.getId(), me);
		InboxReadModel.Row before = readModel.row(task.getId());

		// when the stale copy is saved with another assignee: the read model is written
		// as the command
		// closes, then the engine's own update finds a newer revision and fails
		stale.setAssignee(other);
		assertThatThrownBy(() -> tasks.saveTask(stale)).isInstanceOf(OptimisticLockingException.class);

		// then the read model still says what the engine says
		assertThat(readModel.row(task.getId())).isEqualTo(before);
		assertThat(idsOf(inbox.assigned(me, InboxFilter.firstPage()))).containsExactly(task.getId());
		assertThat(inbox.assigned(other, InboxFilter.firstPage()).items()).isEmpty();
	}

	@Test
	void failureLaterInTheSameTransactionRollsBackTheReadModelWithTheEngine() {
		Task task = openTask(candidateUsersTask(me));

		assertThatThrownBy(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
			tasks.claim(task.getId(), me);
			assertThat(idsOf(inbox.assigned(me, InboxFilter.firstPage()))).containsExactly(task.getId());
			throw new IllegalStateException("the caller fails after the claim");
		})).hasMessageContaining("after the claim");

		assertThat(tasks.createTaskQuery().taskId(task.getId()).singleResult().getAssignee()).isNull();
		assertThat(inbox.assigned(me, InboxFilter.firstPage()).items()).isEmpty();
		assertThat(idsOf(inbox.claimable(me, List.of(), InboxFilter.firstPage()))).containsExactly(task.getId());
	}

	@Test
	void failedCompletionLeavesTheTaskInTheInbox() {
		// given a task whose completion leads into a gateway no flow leaves
		ProcessInstance instance = start(deploy("camunda:assignee=\"${assignee}\"", deadEnd()), Map.of("assignee", me));
		Task task = openTask(instance);

		assertThatThrownBy(() -> tasks.complete(task.getId())).isInstanceOf(ProcessEngineException.class);

		assertThat(idsOf(inbox.assigned(me, InboxFilter.firstPage()))).containsExactly(task.getId());
	}

	// --- the engine's REST API
	// ---------------------------------------------------------------------

	@Test
	void changesThroughTheEngineRestApiReachTheReadModel() {
		Http http = new Http(port);
		Task task = openTask(candidateUsersTask(other));

		HttpResponse<String> link = http
			.send(http.request("/engine-rest/task/" + task.getId() + "/identity-links", "admin", "demo")
				.header("Content-Type", "application/json")
				.POST(Http.json("{\"groupId\":\"" + myGroup + "\",\"type\":\"candidate\"}")));
		assertThat(link.statusCode()).as(link.body()).isEqualTo(204);
		assertThat(idsOf(inbox.claimable(me, List.of(myGroup), InboxFilter.firstPage()))).containsExactly(task.getId());

		// an administrator gives the task to me (claiming and completing are Baton's own
		// actions, refused on the engine's API: EngineRestAdministratorTest)
		HttpResponse<String> assign = http
			.send(http.request("/engine-rest/task/" + task.getId() + "/assignee", "admin", "demo")
				.header("Content-Type", "application/json")
				.POST(Http.json("{\"userId\":\"" + me + "\"}")));
		assertThat(assign.statusCode()).as(assign.body()).isEqualTo(204);
		assertThat(idsOf(inbox.assigned(me, InboxFilter.firstPage()))).containsExactly(task.getId());

		// and ends its request
		HttpResponse<String> end = http.send(
				http.request("/engine-rest/process-instance/" + task.getProcessInstanceId(), "admin", "demo").DELETE());
		assertThat(end.statusCode()).as(end.body()).isEqualTo(204);
		assertThat(inbox.counts(me, List.of(myGroup))).isEqualTo(new InboxCounts(0, 0));
	}

	// --- lists: order, pages, filters
	// --------------------------------------------------------------------

	@Test
	void listsAreNewestFirstByDefaultAndPageThroughAllTasks() {
		List<String> created = new ArrayList<>();
		Instant t0 = Instant.parse("2030-03-01T08:00:00Z");
		for (int i = 0; i < 5; i++) {
			ClockUtil.setCurrentTime(Date.from(t0.plus(i, ChronoUnit.MINUTES)));
			created.add(openTask(assignedTask(me)).getId());
			ClockUtil.setCurrentTime(Date.from(t0.plus(i, ChronoUnit.MINUTES).plusSeconds(30)));
			created.add(openTask(candidateGroupTask(myGroup)).getId());
		}
		ClockUtil.reset();
		List<String> assignedNewestFirst = List.of(created.get(8), created.get(6), created.get(4), created.get(2),
				created.get(0));

		InboxPage first = inbox.assigned(me, new InboxFilter(null, null, null, null, 0, 2));
		InboxPage second = inbox.assigned(me, new InboxFilter(null, null, null, null, 1, 2));
		InboxPage third = inbox.assigned(me, new InboxFilter(null, null, null, null, 2, 2));
		assertThat(idsOf(first)).containsExactlyElementsOf(assignedNewestFirst.subList(0, 2));
		assertThat(idsOf(second)).containsExactlyElementsOf(assignedNewestFirst.subList(2, 4));
		assertThat(idsOf(third)).containsExactlyElementsOf(assignedNewestFirst.subList(4, 5));
		assertThat(List.of(first.total(), second.total(), third.total())).containsOnly(5L);
		assertThat(inbox.assigned(me, new InboxFilter(null, null, null, InboxFilter.Order.ASC, 0, 5)).items())
			.extracting(InboxTask::id)
			.containsExactlyElementsOf(reversed(assignedNewestFirst));

		// mine: both lists merged in one order, paged
		List<String> allNewestFirst = reversed(created);
		InboxPage mine = inbox.mine(me, List.of(myGroup), new InboxFilter(null, null, null, null, 1, 4));
		assertThat(idsOf(mine)).containsExactlyElementsOf(allNewestFirst.subList(4, 8));
		assertThat(mine.total()).isEqualTo(10);
		InboxPage claimable = inbox.claimable(me, List.of(myGroup), new InboxFilter(null, null, null, null, 1, 3));
		assertThat(idsOf(claimable)).containsExactly(created.get(3), created.get(1));
		assertThat(claimable.total()).isEqualTo(5);
	}

	@Test
	void dueDateOrderPutsTasksWithoutOneLast() {
		Task later = openTask(candidateGroupTask(myGroup));
		Task none = openTask(candidateGroupTask(myGroup));
		Task sooner = openTask(candidateGroupTask(myGroup));
		setDue(later, Instant.parse("2031-06-02T00:00:00Z"));
		setDue(sooner, Instant.parse("2031-06-01T00:00:00Z"));

		InboxFilter soonestFirst = new InboxFilter(null, null, InboxFilter.Sort.DUE, null, 0, 10);
		InboxFilter latestFirst = new InboxFilter(null, null, InboxFilter.Sort.DUE, InboxFilter.Order.DESC, 0, 10);
		assertThat(idsOf(inbox.claimable(me, List.of(myGroup), soonestFirst))).containsExactly(sooner.getId(),
				later.getId(), none.getId());
		assertThat(idsOf(inbox.claimable(me, List.of(myGroup), latestFirst))).containsExactly(later.getId(),
				sooner.getId(), none.getId());
		assertThat(idsOf(inbox.mine(me, List.of(myGroup), soonestFirst))).containsExactly(sooner.getId(), later.getId(),
				none.getId());
		InboxPage firstOnly = inbox.claimable(me, List.of(myGroup), soonestFirst.withPage(0, 1));
		assertThat(firstOnly.items()).extracting(InboxTask::dueAt)
			.containsExactly(Instant.parse("2031-06-01T00:00:00Z"));
		assertThat(firstOnly.total()).isEqualTo(3);
	}

	@Test
	void filtersByProcessAndTextWithWildcardsTakenLiterally() {
		String keyA = deploy("camunda:assignee=\"${assignee}\"");
		String keyB = deploy("camunda:assignee=\"${assignee}\"");
		ProcessInstance discount = start(keyA, Map.of("assignee", me, "title", "Discount 100% for ACME_Corp"));
		ProcessInstance plain = start(keyA, Map.of("assignee", me, "title", "Discount 100 for ACME Corp"));
		ProcessInstance third = startWithBusinessKey(keyB, "PR-20300101-0042", Map.of("assignee", me, "title", "办公用品"));

		assertThat(idsOfInstances(inbox.assigned(me, filter(keyA, null)))).containsExactlyInAnyOrder(discount.getId(),
				plain.getId());
		assertThat(inbox.assigned(me, filter(keyB, null)).total()).isEqualTo(1);
		assertThat(idsOfInstances(inbox.assigned(me, filter(null, "100%")))).containsExactly(discount.getId());
		assertThat(idsOfInstances(inbox.assigned(me, filter(null, "acme_corp")))).containsExactly(discount.getId());
		assertThat(idsOfInstances(inbox.assigned(me, filter(null, "acme")))).hasSize(2);
		assertThat(idsOfInstances(inbox.assigned(me, filter(null, "pr-20300101")))).containsExactly(third.getId());
		assertThat(idsOfInstances(inbox.assigned(me, filter(null, "用品")))).containsExactly(third.getId());
		assertThat(inbox.assigned(me, filter(keyA, "用品")).total()).isZero();
		assertThat(inbox.assigned(me, filter(null, "'; DROP TABLE baton_inbox_task; --")).total()).isZero();

		// the same filters on the claimable and merged lists
		Task groupTask = openTask(start(keyB, Map.of("assignee", other, "title", "Group work")));
		tasks.setAssignee(groupTask.getId(), null);
		tasks.addCandidateGroup(groupTask.getId(), myGroup);
		assertThat(inbox.claimable(me, List.of(myGroup), filter(keyB, "group")).total()).isEqualTo(1);
		assertThat(inbox.claimable(me, List.of(myGroup), filter(keyA, null)).total()).isZero();
		assertThat(inbox.mine(me, List.of(myGroup), filter(keyB, null)).total()).isEqualTo(2);
		assertThat(inbox.mine(me, List.of(myGroup), filter(null, "GROUP")).items()).extracting(InboxTask::id)
			.containsExactly(groupTask.getId());
	}

	@Test
	void filtersRefuseWhatTheApiWouldNeverSend() {
		assertThatThrownBy(() -> new InboxFilter(null, null, null, null, -1, 20))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new InboxFilter(null, null, null, null, 0, 101))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new InboxFilter(null, "x".repeat(101), null, null, 0, 20))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new InboxFilter(null, null, null, null, 1000, 100))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> InboxFilter.Sort.of("name; drop")).isInstanceOf(IllegalArgumentException.class);
		assertThat(InboxFilter.Sort.of("due")).isEqualTo(InboxFilter.Sort.DUE);
		assertThat(new InboxFilter(" ", " ", InboxFilter.Sort.DUE, null, 0, 20))
			.isEqualTo(new InboxFilter(null, null, InboxFilter.Sort.DUE, InboxFilter.Order.ASC, 0, 20));
		assertThatThrownBy(() -> inbox.assigned(" ", InboxFilter.firstPage()))
			.isInstanceOf(IllegalArgumentException.class);
	}

	// --- rebuild
	// --------------------------------------------------------------------------------------

	@Test
	void rebuildFromTheEngineTablesGivesTheSameReadModel() {
		// given tasks of every kind, written by the projection
		candidateUsersTask(me + "," + other);
		Task claimed = openTask(candidateGroupTask(myGroup));
		tasks.claim(claimed.getId(), other);
		Task delegated = openTask(assignedTask(me));
		tasks.delegateTask(delegated.getId(), other);
		setDue(delegated, Instant.parse("2031-01-01T12:00:00Z"));
		startWithBusinessKey(deploy("camunda:assignee=\"${assignee}\""), "BK-1",
				Map.of("assignee", me, "title", "标题 Title"));
		Map<String, InboxReadModel.Row> projected = readModel.rows();

		// when the read model is rebuilt from the engine's tables
		int rebuilt = rebuild.rebuild();

		// then it holds the same rows
		Map<String, InboxReadModel.Row> fromTables = readModel.rows();
		assertThat(rebuilt).isEqualTo(projected.size());
		assertThat(fromTables.keySet()).isEqualTo(projected.keySet());
		projected.forEach((id, row) -> fromTables.get(id).assertSameAs(row));
	}

	// --- helpers
	// -----------------------------------------------------------------------------------------

	private ProcessInstance assignedTask(String assignee) {
		return start(deploy("camunda:assignee=\"${assignee}\""), Map.of("assignee", assignee));
	}

	private ProcessInstance candidateUsersTask(String users) {
		return start(deploy("camunda:candidateUsers=\"" + users + "\""), Map.of());
	}

	private ProcessInstance candidateGroupTask(String group) {
		return start(deploy("camunda:candidateGroups=\"" + group + "\""), Map.of());
	}

	private void setDue(Task task, Instant due) {
		Task current = tasks.createTaskQuery().taskId(task.getId()).singleResult();
		current.setDueDate(Date.from(due));
		tasks.saveTask(current);
	}

	private static List<String> reversed(List<String> list) {
		List<String> copy = new ArrayList<>(list);
		java.util.Collections.reverse(copy);
		return copy;
	}

	private static InboxFilter filter(String processKey, String text) {
		return new InboxFilter(processKey, text, null, null, 0, 20);
	}

	private Task openTask(ProcessInstance instance) {
		return tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult();
	}

	private static List<String> idsOf(InboxPage page) {
		return page.items().stream().map(InboxTask::id).toList();
	}

	private static List<String> idsOfInstances(InboxPage page) {
		return page.items().stream().map(InboxTask::processInstanceId).toList();
	}

	private static InboxTask only(InboxPage page) {
		assertThat(page.items()).hasSize(1);
		assertThat(page.total()).isEqualTo(1);
		return page.items().get(0);
	}

	private static InboxTask only(InboxPage page, ProcessInstance instance) {
		List<InboxTask> ofInstance = page.items()
			.stream()
			.filter(task -> instance.getId().equals(task.processInstanceId()))
			.toList();
		assertThat(ofInstance).as("tasks of instance %s in %s", instance.getId(), page).hasSize(1);
		return ofInstance.get(0);
	}

	private ProcessInstance startAs(String initiator, String processKey, Map<String, Object> variables) {
		engine.getIdentityService().setAuthenticatedUserId(initiator);
		try {
			return runtime.startProcessInstanceByKey(processKey, variables);
		}
		finally {
			engine.getIdentityService().clearAuthentication();
		}
	}

	private ProcessInstance start(String key, Map<String, Object> variables) {
		return startAs(me, key, variables);
	}

	private ProcessInstance startWithBusinessKey(String key, String businessKey, Map<String, Object> variables) {
		engine.getIdentityService().setAuthenticatedUserId(me);
		try {
			return runtime.startProcessInstanceByKey(key, businessKey, new HashMap<>(variables));
		}
		finally {
			engine.getIdentityService().clearAuthentication();
		}
	}

	private static String secondTask(String attributes) {
		return "<bpmn:userTask id=\"Task_Second\" name=\"第二步\" " + attributes + "/>";
	}

	private static String deadEnd() {
		return """
				<bpmn:exclusiveGateway id="Gateway_DeadEnd"/>
				""";
	}

	/**
	 * A process: start, a user task "Task_Work" with the attributes, then the optional
	 * next element, end.
	 */
	private String deploy(String taskAttributes) {
		return deploy(taskAttributes, null);
	}

	private String deploy(String taskAttributes, String next) {
		String key = "inbox-" + UUID.randomUUID().toString().substring(0, 8);
		String nextId = next == null ? null : next.replaceAll("(?s).*?id=\"([^\"]+)\".*", "$1");
		String flows = next == null ? "<bpmn:sequenceFlow id=\"Flow_2\" sourceRef=\"Task_Work\" targetRef=\"End\"/>"
				: "<bpmn:sequenceFlow id=\"Flow_2\" sourceRef=\"Task_Work\" targetRef=\"" + nextId + "\"/>" + next
						+ "<bpmn:sequenceFlow id=\"Flow_3\" sourceRef=\"" + nextId + "\" targetRef=\"End\">"
						+ (nextId.startsWith("Gateway")
								? "<bpmn:conditionExpression xsi:type=\"bpmn:tFormalExpression\">${1 &gt; 2}</bpmn:conditionExpression>"
								: "")
						+ "</bpmn:sequenceFlow>"
						+ (nextId.startsWith("Gateway") ? "<bpmn:sequenceFlow id=\"Flow_4\" sourceRef=\"" + nextId
								+ "\" targetRef=\"End\">"
								+ "<bpmn:conditionExpression xsi:type=\"bpmn:tFormalExpression\">${2 &gt; 3}</bpmn:conditionExpression>"
								+ "</bpmn:sequenceFlow>" : "");
		String xml = """
				<?xml version="1.0" encoding="UTF-8"?>
				<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
				    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
				    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_1" targetNamespace="http://baton.dev/test">
				  <bpmn:process id="%s" name="收件箱测试 Inbox test" isExecutable="true" camunda:historyTimeToLive="P30D">
				    <bpmn:startEvent id="Start" camunda:initiator="initiator"/>
				    <bpmn:sequenceFlow id="Flow_1" sourceRef="Start" targetRef="Task_Work"/>
				    <bpmn:userTask id="Task_Work" name="处理 Work" %s/>
				    %s
				    <bpmn:endEvent id="End"/>
				  </bpmn:process>
				</bpmn:definitions>
				"""
			.formatted(key, taskAttributes, flows);
		publisher.publish(new ProcessBundle(key, key + ".bpmn", xml.getBytes(StandardCharsets.UTF_8), Map.of()));
		return key;
	}

}
