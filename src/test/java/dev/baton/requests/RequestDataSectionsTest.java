package dev.baton.requests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import dev.baton.support.BatonApi;
import dev.baton.support.BatonTest;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The request page shows everything the request's steps filled in, grouped by the step
 * that filled it, with the forms of the request's own process version; its timeline tells
 * a submitted step from an approved one.
 */
@BatonTest
class RequestDataSectionsTest {

	@Autowired
	MockMvc http;

	@Autowired
	TaskService taskService;

	@Autowired
	HistoryService historyService;

	@Autowired
	RepositoryService repositoryService;

	BatonApi api;

	@BeforeEach
	void api() {
		api = new BatonApi(http);
	}

	@Test
	void aPurchaseShowsTheOrderAndTheReceiptAsTheStepsThatFilledThemIn() throws Exception {
		// given zhangwei's purchase approved by lina, ordered by wujing and received by
		// him
		String id = api.start("zhangwei", "purchase-request", RequestsApiTest.purchase("打印机 Printer"));
		api.decide("lina", openTask(id).getId(), "approve", null, Map.of());
		Task order = openTask(id);
		api.claim("wujing", order.getId());
		api.decide("wujing", order.getId(), "approve", "已下单 Ordered",
				Map.of("supplier", "得力 Deli", "orderNumber", "DL-778", "expectedDelivery", "2030-01-12"));
		api.decide("zhangwei", openTask(id).getId(), "approve", null,
				Map.of("receivedComplete", true, "receiptNotes", "包装完好 Box intact"));

		// when he opens it
		JsonNode request = api.request("zhangwei", id);

		// then its data is grouped by the start, the order and the receipt, each with its
		// form
		JsonNode sections = request.path("dataSections");
		assertThat(BatonApi.texts(sections, "stepId")).containsExactly("StartEvent_RequestSubmitted", "Task_PlaceOrder",
				"Task_ConfirmReceipt");
		assertThat(BatonApi.texts(sections, "name")).containsExactly("提交采购申请", "采购下单", "确认收货");
		assertThat(BatonApi.texts(sections, "formId")).containsExactly("purchase-request-start",
				"purchase-request-order", "purchase-request-receipt");
		for (JsonNode section : sections) {
			assertThat(request.path("forms").path(section.path("formId").asText()).path("components").isArray())
				.isTrue();
		}
		assertThat(request.path("data").path("supplier").asText()).isEqualTo("得力 Deli");
		assertThat(request.path("data").path("orderNumber").asText()).isEqualTo("DL-778");
		assertThat(request.path("data").path("receiptNotes").asText()).isEqualTo("包装完好 Box intact");
		// and the timeline says the order and the receipt were submitted, the approval
		// approved
		assertThat(kinds(request)).containsExactly("start task", "approve approval", "claim task", "approve task",
				"approve task");
		// and he confirmed the receipt himself, so its end is no news to him
		assertThat(request.path("status").asText()).isEqualTo("COMPLETED");
		assertThat(api.get("zhangwei", "/api/requests", "scope", "mine", "q", id)
			.path("items")
			.get(0)
			.path("unread")
			.asBoolean()).isFalse();
	}

	@Test
	void aRequestIsLabelledByTheFormsOfItsOwnVersionAfterANewOneIsPublished() throws Exception {
		// given a request on version 1 of a process whose start form labels "amount"
		String key = "versioned-" + UUID.randomUUID().toString().substring(0, 8);
		deploy(key, "金额 / Amount");
		String first = api.start("zhangwei", key, Map.of("amount", 120));

		// when version 2 labels it differently and a second request starts on it
		deploy(key, "报销金额 / Claimed amount");
		String second = api.start("zhangwei", key, Map.of("amount", 80));

		// then each request shows its own version's label, on the page and in the summary
		assertThat(amountLabel(api.request("zhangwei", first))).isEqualTo("金额 / Amount");
		assertThat(amountLabel(api.request("zhangwei", second))).isEqualTo("报销金额 / Claimed amount");
		JsonNode list = api.get("zhangwei", "/api/requests", "scope", "mine", "processKey", key);
		assertThat(list.path("items")).hasSize(2);
		for (JsonNode item : list.path("items")) {
			String expected = item.path("id").asText().equals(first) ? "金额 / Amount" : "报销金额 / Claimed amount";
			assertThat(item.path("summary").get(0).path("label").asText()).isEqualTo(expected);
		}
	}

	// ---------------------------------------------------------------- helpers

	private static String amountLabel(JsonNode request) {
		String formId = request.path("dataSections").get(0).path("formId").asText();
		String label = request.path("forms").path(formId).path("components").get(0).path("label").asText();
		assertThat(request.path("summary").get(0).path("label").asText()).isEqualTo(label);
		return label;
	}

	private List<String> kinds(JsonNode request) {
		return request.path("timeline")
			.findParents("decision")
			.stream()
			.map(entry -> entry.path("decision").asText() + " " + entry.path("stepKind").asText())
			.toList();
	}

	/** A process with a start form asking for an amount, and the initiator's check. */
	private void deploy(String key, String amountLabel) {
		String bpmn = """
				<?xml version="1.0" encoding="UTF-8"?>
				<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
				    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_@KEY@"
				    targetNamespace="http://bpmn.io/schema/bpmn">
				  <bpmn:process id="@KEY@" name="版本测试" isExecutable="true" camunda:historyTimeToLive="P30D">
				    <bpmn:extensionElements>
				      <camunda:properties>
				        <camunda:property name="baton.summary" value="amount" />
				      </camunda:properties>
				    </bpmn:extensionElements>
				    <bpmn:startEvent id="StartEvent_RequestSubmitted" camunda:formRef="@KEY@-start"
				        camunda:formRefBinding="deployment" camunda:initiator="initiator" />
				    <bpmn:sequenceFlow id="Flow_1" sourceRef="StartEvent_RequestSubmitted" targetRef="Task_Check" />
				    <bpmn:userTask id="Task_Check" name="核对" camunda:assignee="${initiator}"
				        camunda:formRef="@KEY@-start" camunda:formRefBinding="deployment" />
				    <bpmn:sequenceFlow id="Flow_2" sourceRef="Task_Check" targetRef="EndEvent_Completed" />
				    <bpmn:endEvent id="EndEvent_Completed" />
				  </bpmn:process>
				</bpmn:definitions>
				""".replace("@KEY@", key);
		String form = """
				{"id": "@KEY@-start", "type": "default", "schemaVersion": 19, "components": [
				  {"id": "Field_amount", "type": "number", "key": "amount", "label": "@LABEL@"}]}
				""".replace("@KEY@", key).replace("@LABEL@", amountLabel);
		repositoryService.createDeployment()
			.name(key)
			.addString(key + ".bpmn", bpmn)
			.addString(key + "-start.form", form)
			.deploy();
	}

	private Task openTask(String requestId) {
		String instanceId = historyService.createHistoricProcessInstanceQuery()
			.processInstanceBusinessKey(requestId)
			.singleResult()
			.getId();
		return taskService.createTaskQuery().processInstanceId(instanceId).singleResult();
	}

}
