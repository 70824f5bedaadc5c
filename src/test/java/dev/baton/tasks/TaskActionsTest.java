package dev.baton.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.baton.support.BatonTest;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Every approval action through HTTP, with who may do it and what the ledger keeps. */
@BatonTest
class TaskActionsTest {

	@Autowired
	MockMvc http;

	@Autowired
	RuntimeService runtime;

	@Autowired
	TaskService tasks;

	@Autowired
	IdentityService identity;

	@Autowired
	HistoryService history;

	@Autowired
	ApprovalLedger ledger;

	TaskFixture fixture;

	@BeforeEach
	void fixture() {
		fixture = new TaskFixture(runtime, tasks, identity);
	}

	@Test
	void assigneeSeesTheTaskWithItsFormAndApprovesIt() throws Exception {
		// given zhangwei asked for one day off, so lina (his manager) has the task
		ProcessInstance leave = fixture.leave("zhangwei", 1);
		Task task = fixture.openTask(leave);
		// when lina opens it
		as("lina", get("/api/tasks/" + task.getId())).andExpect(status().isOk())
			.andExpect(jsonPath("$.canAct").value(true))
			.andExpect(jsonPath("$.form.id").value("leave-request-approval"))
			.andExpect(jsonPath("$.data.days").value(1.0))
			.andExpect(jsonPath("$.task.processName.en").value("Leave request"))
			.andExpect(jsonPath("$.task.initiator.name").value("张伟"));
		// and approves
		complete("lina", task, "{\"decision\":\"approve\",\"comment\":\"好的\"}").andExpect(status().isOk());
		// then HR records it next, and the ledger has her approval with a hash of what
		// she submitted
		assertThat(fixture.openTask(leave).getTaskDefinitionKey()).isEqualTo("Task_HrRecord");
		assertThat(ledger.entriesOf(leave.getId())).singleElement().satisfies(entry -> {
			assertThat(entry.decision()).isEqualTo("approve");
			assertThat(entry.actorId()).isEqualTo("lina");
			assertThat(entry.comment()).isEqualTo("好的");
			assertThat(entry.dataHash()).hasSize(64);
		});
	}

	@Test
	void someoneElseCannotSeeOrCompleteTheTaskAndNothingChanges() throws Exception {
		ProcessInstance leave = fixture.leave("zhangwei", 1);
		Task task = fixture.openTask(leave);
		as("wangfang", get("/api/tasks/" + task.getId())).andExpect(status().isForbidden());
		complete("wangfang", task, "{\"decision\":\"approve\"}").andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("task.notYours"));
		assertThat(fixture.openTask(leave).getId()).isEqualTo(task.getId());
		assertThat(ledger.entriesOf(leave.getId())).isEmpty();
	}

	@Test
	void candidateMustClaimFirstAndOnlyOneCandidateGetsIt() throws Exception {
		// given a purchase at the order step, offered to both purchasers
		ProcessInstance purchase = fixture.purchase("zhangwei", 1000);
		tasks.complete(fixture.openTask(purchase).getId());
		Task order = fixture.openTask(purchase);
		assertThat(order.getTaskDefinitionKey()).isEqualTo("Task_PlaceOrder");
		// when wujing tries to complete without claiming
		complete("wujing", order, "{\"decision\":\"approve\"}").andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("task.claimFirst"));
		// then she claims it, and huangqiang is too late
		as("wujing", post("/api/tasks/" + order.getId() + "/claim")).andExpect(status().isOk())
			.andExpect(jsonPath("$.assignee.id").value("wujing"));
		as("huangqiang", post("/api/tasks/" + order.getId() + "/claim")).andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("task.alreadyClaimed"));
		// and a stranger cannot claim at all
		as("liuyang", post("/api/tasks/" + order.getId() + "/claim")).andExpect(status().isForbidden());
		// she can release it again, because it was offered to several people
		as("wujing", post("/api/tasks/" + order.getId() + "/unclaim")).andExpect(status().isOk());
		assertThat(tasks.createTaskQuery().taskId(order.getId()).singleResult().getAssignee()).isNull();
	}

	@Test
	void rejectNeedsACommentAndEndsTheRequestAsRejected() throws Exception {
		ProcessInstance leave = fixture.leave("zhangwei", 1);
		Task task = fixture.openTask(leave);
		complete("lina", task, "{\"decision\":\"reject\"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("task.comment.required"));
		complete("lina", task, "{\"decision\":\"reject\",\"comment\":\"项目关键期 Critical project phase\"}")
			.andExpect(status().isOk());
		assertThat(fixture.ended(leave)).isTrue();
		assertThat(history.createHistoricActivityInstanceQuery()
			.processInstanceId(leave.getId())
			.activityId("EndEvent_Rejected")
			.count()).isEqualTo(1);
		assertThat(ledger.entriesOf(leave.getId())).extracting(LedgerEntry::decision).containsExactly("reject");
	}

	@Test
	void returnToAnEarlierStepAsksItsApproverAgainInsteadOfApprovingAutomatically() throws Exception {
		// given a purchase above the finance limit that lina approved
		ProcessInstance purchase = fixture.purchase("zhangwei", 8000);
		complete("lina", fixture.openTask(purchase), "{\"decision\":\"approve\"}").andExpect(status().isOk());
		Task finance = fixture.openTask(purchase);
		assertThat(finance.getAssignee()).isEqualTo("wangfang");
		// when wangfang returns it to the department head
		as("wangfang", get("/api/tasks/" + finance.getId()))
			.andExpect(jsonPath("$.returnTargets[0].stepId").value("initiator"))
			.andExpect(jsonPath("$.returnTargets[1].stepId").value("Task_DepartmentHeadApproval"));
		complete("wangfang", finance,
				"{\"decision\":\"return\",\"comment\":\"请补充报价 Add quotes\",\"returnTo\":\"Task_DepartmentHeadApproval\"}")
			.andExpect(status().isOk());
		// then lina has it again, and the return is in the ledger
		Task again = fixture.openTask(purchase);
		assertThat(again.getTaskDefinitionKey()).isEqualTo("Task_DepartmentHeadApproval");
		assertThat(again.getAssignee()).isEqualTo("lina");
		assertThat(ledger.entriesOf(purchase.getId())).extracting(LedgerEntry::decision)
			.containsExactly("approve", "return");
	}

	@Test
	void returnToTheInitiatorLetsThemReviseAndResubmit() throws Exception {
		ProcessInstance purchase = fixture.purchase("zhangwei", 8000);
		complete("lina", fixture.openTask(purchase), "{\"decision\":\"approve\"}").andExpect(status().isOk());
		complete("wangfang", fixture.openTask(purchase),
				"{\"decision\":\"return\",\"comment\":\"请补充报价\",\"returnTo\":\"initiator\"}")
			.andExpect(status().isOk());
		Task revise = fixture.openTask(purchase);
		assertThat(revise.getTaskDefinitionKey()).isEqualTo("Task_ReviseRequest");
		assertThat(revise.getAssignee()).isEqualTo("zhangwei");
	}

	@Test
	void returnToAStepTheRequestNeverPassedIsRefused() throws Exception {
		ProcessInstance leave = fixture.leave("zhangwei", 1);
		complete("lina", fixture.openTask(leave),
				"{\"decision\":\"return\",\"comment\":\"x\",\"returnTo\":\"Task_HrRecord\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("task.return.unknownTarget"));
		assertThat(fixture.openTask(leave).getTaskDefinitionKey()).isEqualTo("Task_ManagerApproval");
	}

	@Test
	void transferredTaskBelongsToTheNewPersonAndNoLongerToTheOld() throws Exception {
		ProcessInstance leave = fixture.leave("zhangwei", 1);
		Task task = fixture.openTask(leave);
		as("lina", post("/api/tasks/" + task.getId() + "/transfer"), "{\"userId\":\"zhouming\",\"comment\":\"请代批\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.assignee.id").value("zhouming"));
		// lina had the page open: her approval is refused now
		complete("lina", task, "{\"decision\":\"approve\"}").andExpect(status().isForbidden());
		complete("zhouming", task, "{\"decision\":\"approve\"}").andExpect(status().isOk());
		assertThat(ledger.entriesOf(leave.getId())).extracting(LedgerEntry::decision, LedgerEntry::targetId)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("transfer", "zhouming"),
					org.assertj.core.groups.Tuple.tuple("approve", null));
	}

	@Test
	void transferToSomeoneWhoLeftIsRefusedNamingThem() throws Exception {
		Task task = fixture.openTask(fixture.leave("zhangwei", 1));
		as("lina", post("/api/tasks/" + task.getId() + "/transfer"), "{\"userId\":\"qianjun\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("qianjun")));
	}

	@Test
	void delegatedTaskComesBackToItsOwner() throws Exception {
		ProcessInstance leave = fixture.leave("zhangwei", 1);
		Task task = fixture.openTask(leave);
		as("lina", post("/api/tasks/" + task.getId() + "/delegate"), "{\"userId\":\"liuyang\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.assignee.id").value("liuyang"))
			.andExpect(jsonPath("$.owner.id").value("lina"))
			.andExpect(jsonPath("$.delegated").value(true));
		complete("liuyang", task, "{\"decision\":\"approve\",\"comment\":\"已核实\"}").andExpect(status().isOk());
		Task back = fixture.openTask(leave);
		assertThat(back.getId()).isEqualTo(task.getId());
		assertThat(back.getAssignee()).isEqualTo("lina");
		complete("lina", back, "{\"decision\":\"approve\"}").andExpect(status().isOk());
		assertThat(fixture.openTask(leave).getTaskDefinitionKey()).isEqualTo("Task_HrRecord");
		assertThat(ledger.entriesOf(leave.getId())).extracting(LedgerEntry::decision)
			.containsExactly("delegate", "resolve", "approve");
	}

	@Test
	void signerAddedBeforeApprovesFirstThenTheTaskReturns() throws Exception {
		ProcessInstance leave = fixture.leave("zhangwei", 1);
		Task task = fixture.openTask(leave);
		as("lina", post("/api/tasks/" + task.getId() + "/add-signer"),
				"{\"userId\":\"wangfang\",\"position\":\"before\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.assignee.id").value("wangfang"));
		complete("wangfang", task, "{\"decision\":\"approve\"}").andExpect(status().isOk());
		assertThat(fixture.openTask(leave).getAssignee()).isEqualTo("lina");
		complete("lina", task, "{\"decision\":\"approve\"}").andExpect(status().isOk());
		assertThat(fixture.openTask(leave).getTaskDefinitionKey()).isEqualTo("Task_HrRecord");
	}

	@Test
	void signerAddedAfterMustAlsoApproveBeforeTheStepCompletes() throws Exception {
		ProcessInstance leave = fixture.leave("zhangwei", 1);
		Task task = fixture.openTask(leave);
		as("lina", post("/api/tasks/" + task.getId() + "/add-signer"),
				"{\"userId\":\"zhouming\",\"position\":\"after\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.assignee.id").value("lina"));
		complete("lina", task, "{\"decision\":\"approve\"}").andExpect(status().isOk());
		Task next = fixture.openTask(leave);
		assertThat(next.getTaskDefinitionKey()).isEqualTo("Task_ManagerApproval");
		assertThat(next.getAssignee()).isEqualTo("zhouming");
		complete("zhouming", next, "{\"decision\":\"approve\"}").andExpect(status().isOk());
		assertThat(fixture.openTask(leave).getTaskDefinitionKey()).isEqualTo("Task_HrRecord");
		assertThat(ledger.entriesOf(leave.getId())).extracting(LedgerEntry::decision)
			.containsExactly("add-signer", "approve", "approve");
	}

	@Test
	void batchApprovalApprovesEachTaskOnItsOwnAndReportsEveryOne() throws Exception {
		// given two leave requests waiting for lina and one waiting for gaojian
		Task first = fixture.openTask(fixture.leave("zhangwei", 1));
		Task second = fixture.openTask(fixture.leave("liuyang", 2));
		Task notHers = fixture.openTask(fixture.leave("yangxue", 1));
		// when lina approves all three at once
		as("lina", post("/api/tasks/batch-approve"),
				"{\"taskIds\":[\"" + first.getId() + "\",\"" + second.getId() + "\",\"" + notHers.getId()
						+ "\"],\"comment\":\"同意\"}")
			.andExpect(status().isOk())
			// then hers are approved and the third is refused, each reported
			.andExpect(jsonPath("$.results[0].ok").value(true))
			.andExpect(jsonPath("$.results[1].ok").value(true))
			.andExpect(jsonPath("$.results[2].ok").value(false))
			.andExpect(jsonPath("$.results[2].status").value(403));
		assertThat(tasks.createTaskQuery().taskId(notHers.getId()).count()).isEqualTo(1);
	}

	@Test
	void batchApprovalRefusesTasksOfDifferentSteps() throws Exception {
		Task leave = fixture.openTask(fixture.leave("zhangwei", 1));
		Task purchase = fixture.openTask(fixture.purchase("zhangwei", 100));
		as("lina", post("/api/tasks/batch-approve"),
				"{\"taskIds\":[\"" + leave.getId() + "\",\"" + purchase.getId() + "\"]}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("task.batch.mixedSteps"));
	}

	@Test
	void commentAndCopyAreRecordedWithoutDeciding() throws Exception {
		ProcessInstance leave = fixture.leave("zhangwei", 1);
		Task task = fixture.openTask(leave);
		as("lina", post("/api/tasks/" + task.getId() + "/comment"), "{\"comment\":\"稍后处理\"}")
			.andExpect(status().isNoContent());
		as("lina", post("/api/tasks/" + task.getId() + "/cc"), "{\"userIds\":[\"sunli\"]}")
			.andExpect(status().isNoContent());
		assertThat(ledger.entriesOf(leave.getId())).extracting(LedgerEntry::decision).containsExactly("comment", "cc");
		assertThat(fixture.openTask(leave).getId()).isEqualTo(task.getId());
	}

	@Test
	void submissionWithEngineOwnedOrUnknownFieldsIsRefusedAndNothingChanges() throws Exception {
		ProcessInstance leave = fixture.leave("zhangwei", 1);
		Task task = fixture.openTask(leave);
		complete("lina", task, "{\"decision\":\"approve\",\"data\":{\"initiator\":\"lina\",\"somethingElse\":1}}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.length()").value(2));
		complete("lina", task,
				"{\"decision\":\"approve\",\"data\":{\"days\":{\"type\":\"Object\",\"value\":\"rO0ABX\","
						+ "\"valueInfo\":{\"serializationDataFormat\":\"application/x-java-serialized-object\"}}}}")
			.andExpect(status().isBadRequest());
		assertThat(fixture.openTask(leave).getId()).isEqualTo(task.getId());
		assertThat(runtime.getVariable(leave.getId(), "initiator")).isEqualTo("zhangwei");
		assertThat(ledger.entriesOf(leave.getId())).isEmpty();
	}

	@Test
	void unknownDecisionIsRefused() throws Exception {
		Task task = fixture.openTask(fixture.leave("zhangwei", 1));
		complete("lina", task, "{\"decision\":\"maybe\"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("task.decision.unknown"));
	}

	@Test
	void completedTaskIsAConflictNotAMystery() throws Exception {
		Task task = fixture.openTask(fixture.leave("zhangwei", 1));
		complete("lina", task, "{\"decision\":\"approve\"}").andExpect(status().isOk());
		complete("lina", task, "{\"decision\":\"approve\"}").andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("task.gone"));
		as("lina", get("/api/tasks/no-such-task")).andExpect(status().isNotFound());
	}

	@Test
	void inboxListsAssignedAndClaimableTasksWithBadgeCounts() throws Exception {
		// given a leave request waiting for lina and a purchase offered to both
		// purchasers
		ProcessInstance leave = fixture.leave("zhangwei", 1);
		ProcessInstance purchase = fixture.purchase("liuyang", 300);
		tasks.complete(fixture.openTask(purchase).getId());
		Task order = fixture.openTask(purchase);
		// when lina and wujing look at their inboxes
		as("lina", get("/api/tasks?scope=assigned&processKey=leave-request&size=100")).andExpect(status().isOk())
			.andExpect(jsonPath("$.items[?(@.requestId == '" + runtime.createProcessInstanceQuery()
				.processInstanceId(leave.getId())
				.singleResult()
				.getBusinessKey() + "')].stepId").value("Task_ManagerApproval"))
			.andExpect(jsonPath("$.counts.assigned").isNumber());
		as("wujing", get("/api/tasks?scope=candidate&size=100")).andExpect(status().isOk())
			.andExpect(jsonPath("$.items[?(@.id == '" + order.getId() + "')].claimable").value(true))
			.andExpect(jsonPath("$.items[?(@.id == '" + order.getId() + "')].initiator.name").value("刘洋"));
		// then the badge counts agree with the lists
		as("wujing", get("/api/tasks/counts"))
			.andExpect(jsonPath("$.candidate").value(org.hamcrest.Matchers.greaterThanOrEqualTo(1)));
		// and nobody sees another person's tasks
		as("liuyang", get("/api/tasks?scope=all-mine&size=100"))
			.andExpect(jsonPath("$.items[?(@.id == '" + order.getId() + "')]").isEmpty());
	}

	@Test
	void inboxRefusesUnknownScopeAndAbsurdPaging() throws Exception {
		as("lina", get("/api/tasks?scope=everything")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("scope"));
		as("lina", get("/api/tasks?size=1000")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("task.list.invalid"));
	}

	private ResultActions complete(String user, Task task, String body) throws Exception {
		return as(user, post("/api/tasks/" + task.getId() + "/complete"), body);
	}

	private ResultActions as(String user,
			org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request) throws Exception {
		return http.perform(request.with(httpBasic(user, "demo")).header("Accept-Language", "en-US"));
	}

	private ResultActions as(String user,
			org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, String body)
			throws Exception {
		return as(user, request.contentType(MediaType.APPLICATION_JSON).content(body));
	}

}
