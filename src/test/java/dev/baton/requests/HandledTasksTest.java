package dev.baton.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import dev.baton.support.BatonApi;
import dev.baton.support.BatonTest;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * "Done by me" (已处理): the tasks I completed, newest first, each with its request's status
 * now, a page at a time.
 */
@BatonTest
class HandledTasksTest {

	@Autowired
	MockMvc http;

	@Autowired
	TaskService taskService;

	@Autowired
	HistoryService historyService;

	BatonApi api;

	@BeforeEach
	void api() {
		api = new BatonApi(http);
	}

	@Test
	void linaSeesWhatSheApprovedAndRejectedNewestFirstWithEachRequestsStatusNow() throws Exception {
		// given lina approves zhangwei's leave, then rejects liuyang's
		String approved = api.start("zhangwei", "leave-request", RequestsApiTest.leave(2));
		String rejected = api.start("liuyang", "leave-request", RequestsApiTest.leave(1));
		api.decide("lina", openTask(approved).getId(), "approve", "同意 Fine", Map.of());
		api.decide("lina", openTask(rejected).getId(), "reject", "人手不足 Short-staffed", Map.of());

		// when she looks at what she has done
		JsonNode page = api.get("lina", "/api/requests/handled", "size", "2");

		// then the reject comes first, then the approval, each with its request as it is
		// now
		JsonNode first = page.path("items").get(0);
		assertThat(first.path("decision").asText()).isEqualTo("reject");
		assertThat(first.path("comment").asText()).isEqualTo("人手不足 Short-staffed");
		assertThat(first.path("stepId").asText()).isEqualTo("Task_ManagerApproval");
		assertThat(first.path("stepName").asText()).isEqualTo("直属上级审批");
		assertThat(first.path("stepKind").asText()).isEqualTo("approval");
		assertThat(first.path("request").path("id").asText()).isEqualTo(rejected);
		assertThat(first.path("request").path("status").asText()).isEqualTo("REJECTED");
		assertThat(first.path("request").path("initiator").path("name").asText()).isEqualTo("刘洋");
		JsonNode second = page.path("items").get(1);
		assertThat(second.path("decision").asText()).isEqualTo("approve");
		assertThat(second.path("request").path("id").asText()).isEqualTo(approved);
		assertThat(second.path("request").path("status").asText()).isEqualTo("RUNNING");
		assertThat(second.path("request").path("currentSteps").get(0).path("stepId").asText())
			.isEqualTo("Task_HrRecord");
		assertThat(second.path("request").path("summary").get(0).path("key").asText()).isEqualTo("leaveType");
		// and the total counts everything she has done, a page at a time
		assertThat(page.path("total").asLong()).isGreaterThanOrEqualTo(2);
		JsonNode next = api.get("lina", "/api/requests/handled", "page", "1", "size", "1");
		assertThat(next.path("items").get(0).path("request").path("id").asText()).isEqualTo(approved);
		assertThat(next.path("total").asLong()).isEqualTo(page.path("total").asLong());
	}

	@Test
	void whatOthersDidIsNotInMyList() throws Exception {
		String id = api.start("zhangwei", "leave-request", RequestsApiTest.leave(1));
		api.decide("lina", openTask(id).getId(), "approve", null, Map.of());

		// zhangwei started it but completed no task of it
		JsonNode page = api.get("zhangwei", "/api/requests/handled", "size", "100");
		assertThat(BatonApi.texts(page.path("items"), "decision")).doesNotContain("start");
		page.path("items").forEach(item -> assertThat(item.path("request").path("id").asText()).isNotEqualTo(id));
	}

	@Test
	void badPagesAre400NamingTheParameter() throws Exception {
		api.as("lina", get("/api/requests/handled").param("size", "0"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("size"));
		api.as("lina", get("/api/requests/handled").param("page", "-1"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("page"));
	}

	private Task openTask(String requestId) {
		String instanceId = historyService.createHistoricProcessInstanceQuery()
			.processInstanceBusinessKey(requestId)
			.singleResult()
			.getId();
		return taskService.createTaskQuery().processInstanceId(instanceId).singleResult();
	}

}
