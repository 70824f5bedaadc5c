package dev.baton.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.Date;
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
 * The console's lists: requests that need help, each with why in plain words (a failed
 * job, a step without approver, an assignee who left, a step past its due time), retrying
 * what failed, and all requests with the administrator's filters.
 */
@BatonTest
class NeedsHelpTest {

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

	final List<String> made = new ArrayList<>();

	@BeforeEach
	void fixture() {
		api = new BatonApi(http);
		fixture = new OperationsFixture(api, runtime, tasks, management, repository);
	}

	@AfterEach
	void endWhatThisTestStarted() throws Exception {
		for (String request : made) {
			fixture.end(request);
		}
	}

	@Test
	void aFailedJobNeedsHelpAndARetryRunsItAgain() throws Exception {
		// given a request whose first step's job failed three times
		String request = made(fixture.withFailedJob());
		// then it needs help, saying which step failed and the engine's message
		JsonNode row = only(fixture.help(request), "failedJob");
		assertThat(row.path("stepId").asText()).isEqualTo("Task_Approve");
		assertThat(row.path("why").asText()).startsWith("步骤“异步审批”执行失败");
		JsonNode incident = fixture.view(request).path("incidents").get(0);
		assertThat(incident.path("type").asText()).isEqualTo("failedJob");
		assertThat(incident.path("retryable").asBoolean()).isTrue();
		// when the administrator retries it, saying why
		api.post(ADMIN, "/api/admin/requests/" + request + "/retry",
				Map.of("incidentId", incident.path("id").asText(), "reason", "已补充数据"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.incidents").isEmpty());
		// then the job has a retry again, the incident is gone and the ledger says so
		assertThat(fixture.job(request).getRetries()).isEqualTo(1);
		assertThat(fixture.help(request)).isEmpty();
		List<LedgerEntry> entries = ledger.entriesOf(fixture.instanceOf(request));
		assertThat(entries.get(entries.size() - 1).decision()).isEqualTo("admin-retry");
		// and retrying the same incident again answers 409: it is gone
		api.post(ADMIN, "/api/admin/requests/" + request + "/retry",
				Map.of("incidentId", incident.path("id").asText(), "reason", "再试"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("operations.changed.incidentGone"));
	}

	@Test
	void aStepWithoutApproverNeedsHelpAndARetryAsksTheOrganisationAgain() throws Exception {
		// given a request stopped at a step whose rule finds nobody
		String request = made(fixture.withoutApprover());
		JsonNode row = only(fixture.help(request), "noApprover");
		assertThat(api.in("en-US").get(ADMIN, "/api/admin/requests/needs-help").toString())
			.contains("The step \\\"无人审批\\\" found nobody to approve it");
		String incidentId = row.path("incidentId").asText();
		// when the administrator retries it (the role still has nobody)
		api.post(ADMIN, "/api/admin/requests/" + request + "/retry", Map.of("incidentId", incidentId, "reason", "重试"))
			.andExpect(status().isOk());
		// then the step was entered again: a new incident replaces the old one
		JsonNode again = only(fixture.help(request), "noApprover");
		assertThat(again.path("incidentId").asText()).isNotEqualTo(incidentId);
		assertThat(ledger.entriesOf(fixture.instanceOf(request))).extracting(LedgerEntry::decision)
			.contains("admin-retry");
	}

	@Test
	void aStepWaitingForSomeoneWhoLeftNeedsHelpNamingThem() throws Exception {
		// given a leave request whose step was given to qianjun before he left
		String request = made(fixture.leave("zhangwei"));
		Task task = fixture.openTask(request);
		tasks.setAssignee(task.getId(), "qianjun");
		// then it needs help, saying qianjun has left
		JsonNode row = only(fixture.help(request), "assigneeLeft");
		assertThat(row.path("person").path("name").asText()).isEqualTo("钱军");
		assertThat(row.path("why").asText()).contains("钱军").contains("已离职");
		assertThat(row.path("taskId").asText()).isEqualTo(task.getId());
	}

	@Test
	void aStepNobodyCanTakeNeedsHelpUntilSomeonePresentCanClaimIt() throws Exception {
		// given a step without assignee or candidates, and one offered only to qianjun
		// (who left) and to a role nobody holds
		String bare = made(fixture.leave("zhangwei"));
		tasks.setAssignee(fixture.openTask(bare).getId(), null);
		String offered = made(fixture.leave("liuyang"));
		Task task = fixture.openTask(offered);
		tasks.setAssignee(task.getId(), null);
		tasks.addCandidateUser(task.getId(), "qianjun");
		tasks.addCandidateGroup(task.getId(), "nobody-holds-this");
		// then both need help: nobody can take them
		assertThat(only(fixture.help(bare), "noCandidates").path("why").asText()).contains("无人可处理");
		only(fixture.help(offered), "noCandidates");
		// when someone still here can claim the second one, it no longer does
		tasks.addCandidateUser(task.getId(), "wangfang");
		assertThat(fixture.help(offered)).noneMatch(row -> "noCandidates".equals(row.path("reason").asText()));
	}

	@Test
	void aStepPastItsDueTimeNeedsHelp() throws Exception {
		String request = made(fixture.leave("liuyang"));
		Task task = fixture.openTask(request);
		task.setDueDate(new Date(System.currentTimeMillis() - 86_400_000L));
		tasks.saveTask(task);
		JsonNode row = only(fixture.help(request), "overdue");
		assertThat(row.path("why").asText()).contains("已超过期限");
	}

	@Test
	void allRequestsAreFilteredByInitiatorDepartmentStepAndAge() throws Exception {
		// given a leave request of zhangwei (Sales), waiting at his manager's approval
		String request = made(fixture.leave("zhangwei"));
		// then the administrator finds it by initiator, department, step and text
		assertThat(ids("initiator", "zhangwei", "q", request)).containsExactly(request);
		assertThat(ids("department", departmentOf("zhangwei"), "q", request)).containsExactly(request);
		assertThat(ids("step", "Task_ManagerApproval", "q", request)).containsExactly(request);
		assertThat(ids("status", "RUNNING", "processKey", "leave-request", "q", request)).containsExactly(request);
		// but not under another initiator, another step, or as running longer than a day
		assertThat(ids("initiator", "liuyang", "q", request)).isEmpty();
		assertThat(ids("step", "Task_HrRecord", "q", request)).isEmpty();
		assertThat(ids("runningDays", "1", "q", request)).isEmpty();
		assertThat(ids("runningDays", "0", "q", request)).containsExactly(request);
		// and the row says who started it, from which department, and where it waits
		JsonNode row = api.get(ADMIN, "/api/admin/requests", "q", request).path("items").get(0);
		assertThat(row.path("initiator").path("name").asText()).isEqualTo("张伟");
		assertThat(row.path("departmentName").asText()).isNotBlank();
		assertThat(row.path("currentSteps").get(0).path("assignee").path("id").asText()).isEqualTo("lina");
		// and a bad filter is refused naming it
		api.as(ADMIN,
				org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/admin/requests")
					.param("status", "LOST")
					.param("runningDays", "-1"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("status"))
			.andExpect(jsonPath("$.errors[1].field").value("runningDays"));
	}

	@Test
	void anAdministratorReadsAnyRequest() throws Exception {
		String request = made(fixture.leave("liuyang"));
		assertThat(api.request(ADMIN, request).path("id").asText()).isEqualTo(request);
	}

	private String made(String request) {
		made.add(request);
		return request;
	}

	private List<String> ids(String... parameters) throws Exception {
		return BatonApi.texts(api.get(ADMIN, "/api/admin/requests", parameters).path("items"), "id");
	}

	private String departmentOf(String user) throws Exception {
		return api.get(user, "/api/directory/people/" + user).path("departmentId").asText();
	}

	private static JsonNode only(List<JsonNode> rows, String reason) {
		List<JsonNode> matching = rows.stream().filter(row -> reason.equals(row.path("reason").asText())).toList();
		assertThat(matching).as("rows of reason %s among %s", reason, rows).hasSize(1);
		return matching.get(0);
	}

}
