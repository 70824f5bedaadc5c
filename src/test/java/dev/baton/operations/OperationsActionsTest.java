package dev.baton.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import dev.baton.support.BatonApi;
import dev.baton.support.BatonTest;
import dev.baton.tasks.ApprovalLedger;
import dev.baton.tasks.LedgerEntry;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An administrator's actions on a request through {@code /api/admin/requests}: each one
 * needs a reason, lands in the ledger and the request's timeline, and is refused with 409
 * when the request changed since the administrator looked.
 */
@BatonTest
class OperationsActionsTest {

	private static final String ADMIN = OperationsFixture.ADMIN;

	@Autowired
	MockMvc http;

	@Autowired
	RuntimeService runtime;

	@Autowired
	TaskService tasks;

	@Autowired
	ManagementService management;

	@Autowired
	RepositoryService repository;

	@Autowired
	ApprovalLedger ledger;

	BatonApi api;

	OperationsFixture fixture;

	String request;

	@BeforeEach
	void leaveRequestWaitingForLina() throws Exception {
		api = new BatonApi(http);
		fixture = new OperationsFixture(api, runtime, tasks, management, repository);
		request = fixture.leave("zhangwei");
	}

	@AfterEach
	void endIt() throws Exception {
		fixture.end(request);
	}

	@Test
	void reassigningAStepGivesItToTheNewPersonAndTheTimelineSaysWhoAndWhy() throws Exception {
		// given zhangwei's leave request waiting for lina
		Task task = fixture.openTask(request);
		assertThat(task.getAssignee()).isEqualTo("lina");
		// when the administrator gives it to wangfang, saying why
		JsonNode view = BatonApi.body(api
			.post(ADMIN, "/api/admin/requests/" + request + "/reassign",
					Map.of("taskId", task.getId(), "assigneeId", "wangfang", "reason", "李娜休假 Lina is on holiday"))
			.andExpect(status().isOk()));
		// then wangfang has the step, in the engine, the answer and her inbox
		assertThat(tasks.createTaskQuery().taskId(task.getId()).singleResult().getAssignee()).isEqualTo("wangfang");
		assertThat(view.path("request").path("currentSteps").get(0).path("assignee").path("id").asText())
			.isEqualTo("wangfang");
		assertThat(BatonApi.texts(api.get("wangfang", "/api/tasks", "size", "100").path("items"), "id"))
			.contains(task.getId());
		// and the ledger and the request's timeline say who did it, to whom and why
		LedgerEntry entry = last(fixture.instanceOf(request));
		assertThat(entry.decision()).isEqualTo("admin-reassign");
		assertThat(entry.actorId()).isEqualTo(ADMIN);
		assertThat(entry.targetId()).isEqualTo("wangfang");
		assertThat(entry.taskId()).isEqualTo(task.getId());
		assertThat(entry.comment()).isEqualTo("李娜休假 Lina is on holiday");
		JsonNode timeline = api.request("zhangwei", request).path("timeline");
		assertThat(BatonApi.texts(timeline, "decision")).contains("admin-reassign");
		// and zhangwei may still withdraw: nobody decided on his request
		assertThat(api.request("zhangwei", request).path("canWithdraw").asBoolean()).isTrue();
	}

	@Test
	void everyActionNeedsAReasonAndTheAnswerNamesTheField() throws Exception {
		// given a running request; when an action comes without a reason
		for (String action : List.of("reassign", "retry", "jump", "cancel", "suspend", "resume")) {
			// then it is refused with 400 naming the reason, in the caller's language
			api.post(ADMIN, "/api/admin/requests/" + request + "/" + action, Map.of("reason", "  "))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[?(@.field == 'reason')].code").value("operations.reason.required"))
				.andExpect(jsonPath("$.errors[?(@.field == 'reason')].message").value("请填写原因：它会记入申请的历史。"));
		}
		api.in("en-US")
			.post(ADMIN, "/api/admin/requests/" + request + "/cancel", "{}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value("Give a reason: it is written to the request's history."));
		// and nothing happened to the request
		assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(request).active().count())
			.isEqualTo(1);
		assertThat(last(fixture.instanceOf(request)).decision()).isEqualTo("start");
	}

	@Test
	void onlyAdministratorsUseTheConsole() throws Exception {
		// when the request's approver or an analyst calls the console
		for (String user : List.of("lina", "zhouming")) {
			// then they are refused
			api.as(user, org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/admin/requests"))
				.andExpect(status().isForbidden());
			api.post(user, "/api/admin/requests/" + request + "/cancel", Map.of("reason", "不该我做"))
				.andExpect(status().isForbidden());
		}
		assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(request).count()).isEqualTo(1);
	}

	@Test
	void reassigningAStepThatWasDecidedMeanwhileAnswers409SayingSo() throws Exception {
		// given the administrator saw lina's task, and lina approved it meanwhile
		Task seen = fixture.openTask(request);
		api.decide("lina", seen.getId(), "approve", "同意", Map.of());
		// when the administrator reassigns the task they saw
		api.post(ADMIN, "/api/admin/requests/" + request + "/reassign",
				Map.of("taskId", seen.getId(), "assigneeId", "wangfang", "reason", "李娜休假"))
			// then 409 says the step is gone, and nothing is written
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("operations.changed.taskGone"));
		assertThat(BatonApi.texts(api.request(ADMIN, request).path("timeline"), "decision"))
			.doesNotContain("admin-reassign");
	}

	@Test
	void reassigningToSomeoneWhoLeftIsRefusedNamingTheField() throws Exception {
		Task task = fixture.openTask(request);
		api.post(ADMIN, "/api/admin/requests/" + request + "/reassign",
				Map.of("taskId", task.getId(), "assigneeId", "qianjun", "reason", "换人"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("assigneeId"));
		assertThat(fixture.openTask(request).getAssignee()).isEqualTo("lina");
	}

	@Test
	void jumpingMovesTheRequestToTheChosenStepAndIsRefusedWhenItMovedOnMeanwhile() throws Exception {
		// given the administrator sees the request at the manager's approval
		JsonNode seen = fixture.view(request);
		assertThat(seen.path("activeStepIds")).hasSize(1);
		String at = seen.path("activeStepIds").get(0).asText();
		assertThat(at).isEqualTo("Task_ManagerApproval");
		// when they move it to HR's record step
		api.post(ADMIN, "/api/admin/requests/" + request + "/jump",
				Map.of("fromStepIds", List.of(at), "targetStepId", "Task_HrRecord", "reason", "上级已口头批准"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.activeStepIds[0]").value("Task_HrRecord"));
		// then HR's step is open, lina's is gone, and the ledger says where and why
		assertThat(fixture.openTask(request).getTaskDefinitionKey()).isEqualTo("Task_HrRecord");
		LedgerEntry entry = last(fixture.instanceOf(request));
		assertThat(entry.decision()).isEqualTo("admin-jump");
		assertThat(entry.stepId()).isEqualTo("Task_HrRecord");
		assertThat(entry.comment()).isEqualTo("上级已口头批准");
		// when a second jump still names the step it left
		api.post(ADMIN, "/api/admin/requests/" + request + "/jump",
				Map.of("fromStepIds", List.of(at), "targetStepId", "Task_HrRecord", "reason", "再来一次"))
			// then 409 says where the request is now
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("operations.changed.steps"))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("人事备案")));
		// and a target that is no step of the model is refused naming the field
		api.post(ADMIN, "/api/admin/requests/" + request + "/jump",
				Map.of("fromStepIds", List.of("Task_HrRecord"), "targetStepId", "Flow_Nowhere", "reason", "试试"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("targetStepId"));
	}

	@Test
	void endingARequestCancelsItAndItsInitiatorSeesWhoEndedItAndWhy() throws Exception {
		// when the administrator ends zhangwei's request
		api.post(ADMIN, "/api/admin/requests/" + request + "/cancel", Map.of("reason", "重复提交 duplicate"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.request.status").value("CANCELLED"));
		// then it is CANCELLED, with the administrator's reason as its outcome, news for
		// zhangwei
		JsonNode seen = api.request("zhangwei", request);
		assertThat(seen.path("status").asText()).isEqualTo("CANCELLED");
		assertThat(seen.path("outcome").path("decision").asText()).isEqualTo("admin-cancel");
		assertThat(seen.path("outcome").path("comment").asText()).isEqualTo("重复提交 duplicate");
		assertThat(tasks.createTaskQuery().processInstanceBusinessKey(request).count()).isZero();
		// and ending it again answers 409: it has ended
		api.post(ADMIN, "/api/admin/requests/" + request + "/cancel", Map.of("reason", "再次"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("operations.changed.ended"));
	}

	@Test
	void aSuspendedRequestLeavesTheInboxRefusesItsTasksAndComesBackWhenResumed() throws Exception {
		Task task = fixture.openTask(request);
		// when the administrator suspends the request
		api.post(ADMIN, "/api/admin/requests/" + request + "/suspend", Map.of("reason", "等待审计"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.request.suspended").value(true))
			.andExpect(jsonPath("$.actions").value(org.hamcrest.Matchers.contains("resume", "cancel")));
		// then lina's inbox no longer lists its task, and approving it is refused with
		// 409
		assertThat(BatonApi.texts(api.get("lina", "/api/tasks", "size", "100").path("items"), "id"))
			.doesNotContain(task.getId());
		api.post("lina", "/api/tasks/" + task.getId() + "/complete", Map.of("decision", "approve", "data", Map.of()))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("task.suspended"));
		// and its initiator reads that it is suspended
		assertThat(api.request("zhangwei", request).path("suspended").asBoolean()).isTrue();
		// and it needs help, saying it is suspended; suspending again is refused
		assertThat(fixture.help(request)).extracting(row -> row.path("reason").asText()).contains("suspended");
		api.post(ADMIN, "/api/admin/requests/" + request + "/suspend", Map.of("reason", "再次"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("operations.suspended"));
		// when it is resumed
		api.post(ADMIN, "/api/admin/requests/" + request + "/resume", Map.of("reason", "审计完毕"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.request.suspended").value(false));
		// then the task is back in lina's inbox and she can approve it
		assertThat(BatonApi.texts(api.get("lina", "/api/tasks", "size", "100").path("items"), "id"))
			.contains(task.getId());
		assertThat(decisionsOf(fixture.instanceOf(request))).containsSubsequence("admin-suspend", "admin-resume");
		assertThat(api.request("zhangwei", request).path("suspended").asBoolean()).isFalse();
		api.decide("lina", task.getId(), "approve", "同意", Map.of());
	}

	private LedgerEntry last(String processInstanceId) {
		List<LedgerEntry> entries = ledger.entriesOf(processInstanceId);
		return entries.get(entries.size() - 1);
	}

	private List<String> decisionsOf(String processInstanceId) {
		return ledger.entriesOf(processInstanceId).stream().map(LedgerEntry::decision).toList();
	}

}
