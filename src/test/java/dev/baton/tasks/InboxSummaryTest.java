package dev.baton.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A request's key figures (its process's baton.summary fields) on the approver's inbox
 * card, in the initiator's list and at the top of the task, labelled by the forms of the
 * request's own version; kept when the initiator resubmits and when a later step fills in
 * one of them; and what each step asks of its assignee.
 */
@BatonTest
class InboxSummaryTest {

	@Autowired
	MockMvc http;

	@Autowired
	TaskService taskService;

	@Autowired
	HistoryService historyService;

	@Autowired
	InboxRebuild rebuild;

	@Autowired
	JdbcTemplate jdbc;

	BatonApi api;

	@BeforeEach
	void api() {
		api = new BatonApi(http);
	}

	@Test
	void aPurchaseShowsItsTotalOnTheApproversCardInTheInitiatorsListAndAtTheTopOfTheTask() throws Exception {
		// given zhangwei asks for 185.00 of office supplies
		String requestId = api.start("zhangwei", "purchase-request", purchase("办公用品 Office supplies", 10));

		// then lina's inbox card carries the total, labelled as the approval form labels
		// it
		JsonNode card = card("lina", requestId);
		JsonNode total = only(card.path("summary"));
		assertThat(total.path("key").asText()).isEqualTo("total");
		assertThat(total.path("label").asText()).isEqualTo("合计（元） / Total (CNY)");
		assertThat(total.path("type").asText()).isEqualTo("number");
		assertThat(total.path("value").decimalValue()).isEqualByComparingTo("185");
		// and so do zhangwei's list and the task lina opens, which is an approval
		assertThat(only(myRequest("zhangwei", requestId).path("summary")).path("value").decimalValue())
			.isEqualByComparingTo("185");
		JsonNode task = api.get("lina", "/api/tasks/" + card.path("id").asText());
		assertThat(only(task.path("task").path("summary")).path("value").decimalValue()).isEqualByComparingTo("185");
		assertThat(task.path("stepKind").asText()).isEqualTo("approval");
	}

	@Test
	void aLeaveShowsItsTypeByTheOptionsLabelItsDaysAndItsFirstDay() throws Exception {
		String requestId = api.start("zhangwei", "leave-request", leave(2));

		JsonNode summary = card("lina", requestId).path("summary");

		assertThat(BatonApi.texts(summary, "key")).containsExactly("leaveType", "days", "startDate");
		assertThat(summary.get(0).path("value").asText()).isEqualTo("annual");
		assertThat(summary.get(0).path("text").asText()).isEqualTo("年假 / Annual leave");
		assertThat(summary.get(0).path("type").asText()).isEqualTo("option");
		assertThat(summary.get(1).path("value").asDouble()).isEqualTo(2.0);
		assertThat(summary.get(2).path("type").asText()).isEqualTo("date");
		assertThat(summary.get(2).path("value").asText()).isEqualTo("2030-05-06");
	}

	@Test
	void whenTheInitiatorResubmitsAReturnedPurchaseTheNewTotalIsShown() throws Exception {
		// given lina returns zhangwei's purchase of 185.00 to him
		String requestId = api.start("zhangwei", "purchase-request", purchase("显示器 Monitors", 10));
		api.returnTo("lina", card("lina", requestId).path("id").asText(), "initiator", "数量不对 Wrong quantity");

		// when he resubmits it for 30 notebooks instead of 10
		Task revise = openTask(requestId, "Task_ReviseRequest");
		api.decide("zhangwei", revise.getId(), "approve", null, purchase("显示器 Monitors", 30));

		// then lina's new task and his list show the new total
		assertThat(only(card("lina", requestId).path("summary")).path("value").decimalValue())
			.isEqualByComparingTo("435");
		assertThat(only(myRequest("zhangwei", requestId).path("summary")).path("value").decimalValue())
			.isEqualByComparingTo("435");
	}

	@Test
	void procurementEnteringTheSupplierAddsItToTheSummaryAndItsStepIsSubmittedNotApproved() throws Exception {
		// given lina approved zhangwei's purchase, so it waits for a purchaser to order
		// it
		String requestId = api.start("zhangwei", "purchase-request", purchase("椅子 Chairs", 10));
		api.decide("lina", card("lina", requestId).path("id").asText(), "approve", null, Map.of());
		Task order = openTask(requestId, "Task_PlaceOrder");
		api.claim("wujing", order.getId());
		assertThat(api.get("wujing", "/api/tasks/" + order.getId()).path("stepKind").asText()).isEqualTo("task");

		// when wujing places the order with 京东
		api.decide("wujing", order.getId(), "approve", null,
				Map.of("supplier", "京东 JD", "orderNumber", "JD-1001", "expectedDelivery", "2030-01-10"));

		// then the receipt task and the request list show the supplier after the total
		JsonNode summary = card("zhangwei", requestId).path("summary");
		assertThat(BatonApi.texts(summary, "key")).containsExactly("total", "supplier");
		assertThat(summary.get(1).path("label").asText()).isEqualTo("供应商 / Supplier");
		assertThat(summary.get(1).path("value").asText()).isEqualTo("京东 JD");
		assertThat(BatonApi.texts(myRequest("zhangwei", requestId).path("summary"), "value")).contains("京东 JD");
	}

	@Test
	void rebuildingTheInboxFromTheEngineKeepsTheSummaries() throws Exception {
		String requestId = api.start("zhangwei", "leave-request", leave(3));
		String before = summaryColumn(requestId);
		assertThat(before).contains("\"leaveType\":\"annual\"");

		rebuild.rebuild();

		assertThat(summaryColumn(requestId)).isEqualTo(before);
		assertThat(BatonApi.texts(card("lina", requestId).path("summary"), "key")).containsExactly("leaveType", "days",
				"startDate");
	}

	// ---------------------------------------------------------------- helpers

	/** The user's open task of the request, as their inbox lists it. */
	private JsonNode card(String user, String requestId) throws Exception {
		JsonNode page = api.get(user, "/api/tasks", "scope", "all-mine", "q", requestId, "size", "100");
		for (JsonNode item : page.path("items")) {
			if (requestId.equals(item.path("requestId").asText())) {
				return item;
			}
		}
		throw new AssertionError("no task of " + requestId + " in the inbox of " + user + ": " + page);
	}

	private JsonNode myRequest(String user, String requestId) throws Exception {
		JsonNode page = api.get(user, "/api/requests", "scope", "mine", "q", requestId);
		assertThat(page.path("items")).hasSize(1);
		return page.path("items").get(0);
	}

	private String summaryColumn(String requestId) {
		return jdbc.queryForObject("SELECT summary FROM baton_inbox_task WHERE business_key = ?", String.class,
				requestId);
	}

	private Task openTask(String requestId, String stepId) {
		String instanceId = historyService.createHistoricProcessInstanceQuery()
			.processInstanceBusinessKey(requestId)
			.singleResult()
			.getId();
		Task task = taskService.createTaskQuery()
			.processInstanceId(instanceId)
			.taskDefinitionKey(stepId)
			.singleResult();
		assertThat(task).as("open task %s of %s", stepId, requestId).isNotNull();
		return task;
	}

	private static JsonNode only(JsonNode array) {
		assertThat(array.isArray()).as("%s is a list", array).isTrue();
		assertThat(array).hasSize(1);
		return array.get(0);
	}

	/** A purchase of notebooks at 12.50 and 20 pens at 3.00. */
	static Map<String, Object> purchase(String title, int notebooks) {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("title", title);
		values.put("reason", "新员工入职 New hires");
		values.put("neededBy", "2030-01-15");
		values.put("items", List.of(Map.of("name", "笔记本 Notebooks", "quantity", notebooks, "unitPrice", 12.5),
				Map.of("name", "签字笔 Pens", "quantity", 20, "unitPrice", 3)));
		values.put("total", 0);
		return values;
	}

	static Map<String, Object> leave(double days) {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("leaveType", "annual");
		values.put("startDate", "2030-05-06");
		values.put("endDate", "2030-05-10");
		values.put("days", days);
		values.put("reason", "探亲 Family visit");
		return values;
	}

}
