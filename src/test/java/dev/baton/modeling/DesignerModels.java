package dev.baton.modeling;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Models and forms a designer would save, written out by hand (no diagram: the server
 * does not need one).
 */
final class DesignerModels {

	private static final ObjectMapper JSON = new ObjectMapper();

	private DesignerModels() {
	}

	private static final String HEADER = """
			<?xml version="1.0" encoding="UTF-8"?>
			<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" \
			xmlns:camunda="http://camunda.org/schema/1.0/bpmn" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
			id="Definitions_@KEY@" targetNamespace="http://bpmn.io/schema/bpmn">
			""";

	/**
	 * A two-step expense claim: the initiator's manager approves, then the holders of
	 * {@code financeRole}. Start form {@code <key>-start} (title, amount), approval form
	 * {@code <key>-approval}.
	 */
	static String expenseClaim(String key, String financeRole) {
		return (HEADER
				+ """
						  <bpmn:process id="@KEY@" name="费用报销" isExecutable="true" camunda:historyTimeToLive="P3650D">
						    <bpmn:extensionElements>
						      <camunda:properties>
						        <camunda:property name="baton.name.en" value="Expense claim" />
						      </camunda:properties>
						    </bpmn:extensionElements>
						    <bpmn:startEvent id="StartEvent_RequestSubmitted" name="提交报销" camunda:formRef="@KEY@-start" camunda:formRefBinding="deployment" camunda:initiator="initiator" />
						    <bpmn:userTask id="Task_ManagerApproval" name="上级审批" camunda:formRef="@KEY@-approval" camunda:formRefBinding="deployment">
						      <bpmn:extensionElements>
						        <camunda:properties>
						          <camunda:property name="baton.name.en" value="Manager approval" />
						          <camunda:property name="baton.approver" value="manager" />
						        </camunda:properties>
						      </bpmn:extensionElements>
						    </bpmn:userTask>
						    <bpmn:userTask id="Task_FinanceApproval" name="财务审批" camunda:formRef="@KEY@-approval" camunda:formRefBinding="deployment">
						      <bpmn:extensionElements>
						        <camunda:properties>
						          <camunda:property name="baton.name.en" value="Finance approval" />
						          <camunda:property name="baton.approver" value="role" />
						          <camunda:property name="baton.role" value="@ROLE@" />
						        </camunda:properties>
						      </bpmn:extensionElements>
						    </bpmn:userTask>
						    <bpmn:endEvent id="EndEvent_Completed" name="已报销" />
						    <bpmn:sequenceFlow id="Flow_ToManager" sourceRef="StartEvent_RequestSubmitted" targetRef="Task_ManagerApproval" />
						    <bpmn:sequenceFlow id="Flow_ToFinance" sourceRef="Task_ManagerApproval" targetRef="Task_FinanceApproval" />
						    <bpmn:sequenceFlow id="Flow_ToEnd" sourceRef="Task_FinanceApproval" targetRef="EndEvent_Completed" />
						  </bpmn:process>
						</bpmn:definitions>
						""")
			.replace("@KEY@", key)
			.replace("@ROLE@", financeRole);
	}

	/**
	 * A model with one of each problem the checks look for: a step without approver rule,
	 * a rule that finds nobody for zhangwei and stops the request, one that finds nobody
	 * and falls back to the administrators, a condition reading a field no form has, a
	 * step nothing leads to and a step that leads nowhere.
	 */
	static String flawed(String key) {
		return (HEADER
				+ """
						  <bpmn:process id="@KEY@" name="有问题的流程" isExecutable="true">
						    <bpmn:startEvent id="StartEvent_RequestSubmitted" camunda:formRef="@KEY@-start" camunda:formRefBinding="deployment" camunda:initiator="initiator" />
						    <bpmn:userTask id="Task_NoRule" name="没有规则" camunda:formRef="@KEY@-approval" camunda:formRefBinding="deployment" />
						    <bpmn:userTask id="Task_NobodyStops" name="三级上级" camunda:formRef="@KEY@-approval" camunda:formRefBinding="deployment">
						      <bpmn:extensionElements>
						        <camunda:properties>
						          <camunda:property name="baton.approver" value="manager" />
						          <camunda:property name="baton.level" value="3" />
						          <camunda:property name="baton.if-none" value="fail" />
						        </camunda:properties>
						      </bpmn:extensionElements>
						    </bpmn:userTask>
						    <bpmn:userTask id="Task_NobodyGoesToAdmins" name="四级上级" camunda:formRef="@KEY@-approval" camunda:formRefBinding="deployment">
						      <bpmn:extensionElements>
						        <camunda:properties>
						          <camunda:property name="baton.approver" value="manager" />
						          <camunda:property name="baton.level" value="4" />
						        </camunda:properties>
						      </bpmn:extensionElements>
						    </bpmn:userTask>
						    <bpmn:exclusiveGateway id="Gateway_BudgetAboveLimit" name="预算超过 100？" default="Flow_BudgetNotAbove" />
						    <bpmn:userTask id="Task_Unreachable" name="无人到达" camunda:formRef="@KEY@-approval" camunda:formRefBinding="deployment" camunda:assignee="${initiator}" />
						    <bpmn:userTask id="Task_DeadEnd" name="死胡同" camunda:formRef="@KEY@-approval" camunda:formRefBinding="deployment" camunda:assignee="${initiator}" />
						    <bpmn:endEvent id="EndEvent_Completed" />
						    <bpmn:sequenceFlow id="Flow_1" sourceRef="StartEvent_RequestSubmitted" targetRef="Task_NoRule" />
						    <bpmn:sequenceFlow id="Flow_2" sourceRef="Task_NoRule" targetRef="Task_NobodyStops" />
						    <bpmn:sequenceFlow id="Flow_3" sourceRef="Task_NobodyStops" targetRef="Task_NobodyGoesToAdmins" />
						    <bpmn:sequenceFlow id="Flow_4" sourceRef="Task_NobodyGoesToAdmins" targetRef="Gateway_BudgetAboveLimit" />
						    <bpmn:sequenceFlow id="Flow_BudgetAbove" sourceRef="Gateway_BudgetAboveLimit" targetRef="Task_DeadEnd">
						      <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">${budget &gt; 100}</bpmn:conditionExpression>
						    </bpmn:sequenceFlow>
						    <bpmn:sequenceFlow id="Flow_BudgetNotAbove" sourceRef="Gateway_BudgetAboveLimit" targetRef="EndEvent_Completed" />
						    <bpmn:sequenceFlow id="Flow_FromUnreachable" sourceRef="Task_Unreachable" targetRef="EndEvent_Completed" />
						  </bpmn:process>
						</bpmn:definitions>
						""")
			.replace("@KEY@", key);
	}

	/**
	 * A form-js schema with these fields ({@code textfield} or {@code number} by name,
	 * key = name).
	 */
	static ObjectNode form(String id, String... fields) {
		ObjectNode form = JSON.createObjectNode();
		ArrayNode components = form.putArray("components");
		for (String field : fields) {
			ObjectNode component = components.addObject();
			component.put("label", field);
			component.put("type", field.equals("amount") || field.equals("total") ? "number" : "textfield");
			component.put("id", "Field_" + field);
			component.put("key", field);
		}
		form.put("type", "default");
		form.put("id", id);
		form.put("schemaVersion", 19);
		return form;
	}

	/** The body of {@code PUT …/draft}. */
	static String save(int revision, String bpmnXml, Map<String, ObjectNode> forms) {
		ObjectNode body = JSON.createObjectNode();
		body.put("revision", revision);
		body.put("bpmnXml", bpmnXml);
		ArrayNode list = body.putArray("forms");
		forms.forEach((id, schema) -> list.addObject().put("id", id).set("schema", schema));
		return body.toString();
	}

	static Map<String, ObjectNode> expenseClaimForms(String key) {
		return Map.of(key + "-start", form(key + "-start", "title", "amount"), key + "-approval",
				form(key + "-approval", "title", "amount"));
	}

	static List<String> ids(Iterable<com.fasterxml.jackson.databind.JsonNode> nodes, String field) {
		List<String> ids = new java.util.ArrayList<>();
		nodes.forEach(node -> ids.add(node.path(field).asText()));
		return ids;
	}

}
