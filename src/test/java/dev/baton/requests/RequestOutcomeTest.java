package dev.baton.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import dev.baton.support.BatonApi;
import dev.baton.support.BatonTest;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * How a request ended, for its initiator: the decision and comment on the request, an
 * unread mark and a badge until they open it, the step where it stopped on the diagram,
 * and a way to start again; every status listed and filterable.
 */
@BatonTest
class RequestOutcomeTest {

	@Autowired
	MockMvc http;

	@Autowired
	TaskService taskService;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	HistoryService historyService;

	BatonApi api;

	@BeforeEach
	void api() {
		api = new BatonApi(http);
	}

	@Test
	void aRejectedRequestTellsItsInitiatorWhoRejectedItWhereAndWhyUntilHeOpensIt() throws Exception {
		// given zhangwei's leave request, which lina rejects
		long unreadBefore = counts("zhangwei").path("unread").asLong();
		String id = api.start("zhangwei", "leave-request", leave(2));
		api.decide("lina", openTask(id).getId(), "reject", "项目关键期 Critical phase", Map.of());

		// then it is unread in his list and counted on his badge
		JsonNode listed = mine("zhangwei", id);
		assertThat(listed.path("status").asText()).isEqualTo("REJECTED");
		assertThat(listed.path("unread").asBoolean()).isTrue();
		assertThat(counts("zhangwei").path("unread").asLong()).isEqualTo(unreadBefore + 1);
		// and lina reading it changes nothing for him
		api.request("lina", id);
		assertThat(mine("zhangwei", id).path("unread").asBoolean()).isTrue();

		// when he opens it
		JsonNode request = api.request("zhangwei", id);

		// then it says who rejected it, at which step, and why, and he may start again
		JsonNode outcome = request.path("outcome");
		assertThat(outcome.path("decision").asText()).isEqualTo("reject");
		assertThat(outcome.path("actor").path("name").asText()).isEqualTo("李娜");
		assertThat(outcome.path("stepId").asText()).isEqualTo("Task_ManagerApproval");
		assertThat(outcome.path("stepName").asText()).isEqualTo("直属上级审批");
		assertThat(outcome.path("comment").asText()).isEqualTo("项目关键期 Critical phase");
		assertThat(request.path("canResubmit").asBoolean()).isTrue();
		assertThat(request.path("canWithdraw").asBoolean()).isFalse();
		// and it is read from now on
		assertThat(mine("zhangwei", id).path("unread").asBoolean()).isFalse();
		assertThat(counts("zhangwei").path("unread").asLong()).isEqualTo(unreadBefore);
		// and only he may start it again
		assertThat(api.request("lina", id).path("canResubmit").asBoolean()).isFalse();
	}

	@Test
	void theDiagramOfARejectedRequestShowsTheRejectingStepAsWhereItStopped() throws Exception {
		String id = api.start("zhangwei", "leave-request", leave(2));
		api.decide("lina", openTask(id).getId(), "reject", "不批 No", Map.of());

		JsonNode diagram = api.get("zhangwei", "/api/requests/" + id + "/diagram");

		assertThat(diagram.path("stoppedStepIds")).hasSize(1);
		assertThat(diagram.path("stoppedStepIds").get(0).asText()).isEqualTo("Task_ManagerApproval");
		assertThat(diagram.path("completedStepIds").toString()).doesNotContain("Task_ManagerApproval")
			.contains("EndEvent_Rejected");
		assertThat(diagram.path("activeStepIds")).isEmpty();
	}

	@Test
	void aWithdrawnRequestIsNoNewsToTheOneWhoWithdrewIt() throws Exception {
		String id = api.start("zhangwei", "leave-request", leave(1));
		api.post("zhangwei", "/api/requests/" + id + "/withdraw", "{\"comment\":\"不用了 Not needed\"}")
			.andExpect(status().isOk());

		JsonNode listed = mine("zhangwei", id);
		assertThat(listed.path("status").asText()).isEqualTo("WITHDRAWN");
		assertThat(listed.path("unread").asBoolean()).isFalse();
		JsonNode request = api.request("zhangwei", id);
		assertThat(request.path("outcome").path("decision").asText()).isEqualTo("withdraw");
		assertThat(request.path("outcome").path("comment").asText()).isEqualTo("不用了 Not needed");
		JsonNode diagram = api.get("zhangwei", "/api/requests/" + id + "/diagram");
		assertThat(diagram.path("stoppedStepIds").toString()).contains("Task_ManagerApproval");
	}

	@Test
	void aRequestCompletedBySomeoneElseIsNewsWithItsLastDecision() throws Exception {
		// given zhangwei's one-day leave, approved by lina and recorded by HR
		String id = api.start("zhangwei", "leave-request", leave(1));
		api.decide("lina", openTask(id).getId(), "approve", "好 OK", Map.of());
		Task record = openTask(id);
		if (record.getAssignee() == null) {
			api.claim("zhouting", record.getId());
		}
		assertThat(taskService.createTaskQuery().taskId(record.getId()).singleResult().getAssignee())
			.isEqualTo("zhouting");
		api.decide("zhouting", record.getId(), "approve", "已录入 Recorded", Map.of("recorded", true));

		// then it is completed, unread for him, and says who finished it
		JsonNode listed = mine("zhangwei", id);
		assertThat(listed.path("status").asText()).isEqualTo("COMPLETED");
		assertThat(listed.path("unread").asBoolean()).isTrue();
		JsonNode outcome = api.request("zhangwei", id).path("outcome");
		assertThat(outcome.path("actor").path("id").asText()).isEqualTo("zhouting");
		assertThat(outcome.path("stepId").asText()).isEqualTo("Task_HrRecord");
		assertThat(api.get("zhangwei", "/api/requests/" + id + "/diagram").path("stoppedStepIds")).isEmpty();
	}

	@Test
	void aCancelledRequestIsListedFilterableAndNews() throws Exception {
		// given an administrator deleted zhangwei's request in the engine
		String id = api.start("zhangwei", "leave-request", leave(1));
		runtimeService.deleteProcessInstance(instanceOf(id), "obsolete");

		// then it is cancelled, found by that status, and unread for him
		JsonNode cancelled = api.get("zhangwei", "/api/requests", "scope", "mine", "status", "CANCELLED", "size",
				"100");
		assertThat(BatonApi.texts(cancelled.path("items"), "id")).contains(id);
		assertThat(BatonApi.texts(cancelled.path("items"), "status")).containsOnly("CANCELLED");
		assertThat(mine("zhangwei", id).path("unread").asBoolean()).isTrue();
		// and every status is a filter the API takes
		for (String status : new String[] { "RUNNING", "COMPLETED", "REJECTED", "WITHDRAWN", "CANCELLED" }) {
			api.get("zhangwei", "/api/requests", "scope", "mine", "status", status);
		}
	}

	// ---------------------------------------------------------------- helpers

	private JsonNode counts(String user) throws Exception {
		return api.get(user, "/api/requests/counts");
	}

	private JsonNode mine(String user, String requestId) throws Exception {
		JsonNode page = api.get(user, "/api/requests", "scope", "mine", "q", requestId);
		assertThat(page.path("items")).hasSize(1);
		return page.path("items").get(0);
	}

	private String instanceOf(String requestId) {
		return historyService.createHistoricProcessInstanceQuery()
			.processInstanceBusinessKey(requestId)
			.singleResult()
			.getId();
	}

	private Task openTask(String requestId) {
		return taskService.createTaskQuery().processInstanceId(instanceOf(requestId)).singleResult();
	}

	static Map<String, Object> leave(double days) {
		return RequestsApiTest.leave(days);
	}

}
