package dev.baton.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import dev.baton.support.BatonTest;
import dev.baton.support.Http;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A model drawn in Camunda Modeler without any form — accepted by the safety policy and
 * deployed through /engine-rest — can be started, and each of its steps approved,
 * rejected or returned with a comment alone: an approval step does not need a form of its
 * own.
 */
@BatonTest
class FormlessStepsTest {

	@LocalServerPort
	int port;

	@Autowired
	TaskService tasks;

	@Autowired
	ApprovalLedger ledger;

	Http http;

	String key;

	@BeforeEach
	void deployAFormlessModelFromCamundaModeler() {
		http = new Http(port);
		key = "formless-" + UUID.randomUUID().toString().substring(0, 8);
		HttpResponse<String> deployed = http.send(modelerDeployment(key, twoSteps(key)));
		assertThat(deployed.statusCode()).as(deployed.body()).isEqualTo(200);
	}

	@Test
	void aStepWithoutAFormIsApprovedWithACommentAlone() {
		// given zhangwei started a request of the form-less model
		String request = start("zhangwei");
		Task first = openTask(request);
		// when lina opens the step, it has no form but shows the request's data
		HttpResponse<String> view = http.send(http.request("/api/tasks/" + first.getId(), "lina", "demo"));
		assertThat(view.statusCode()).as(view.body()).isEqualTo(200);
		assertThat(JsonPath.<Object>read(view.body(), "$.form")).isNull();
		assertThat(JsonPath.<Boolean>read(view.body(), "$.canAct")).isTrue();
		// and approves it with a comment and no data
		HttpResponse<String> approved = complete("lina", first, "{\"decision\":\"approve\",\"comment\":\"同意\"}");
		// then the step is done, the second step waits for wangfang, and the ledger keeps
		// the comment
		assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
		Task second = openTask(request);
		assertThat(second.getTaskDefinitionKey()).isEqualTo("Task_Finance");
		assertThat(second.getAssignee()).isEqualTo("wangfang");
		assertThat(ledger.entriesOf(first.getProcessInstanceId()))
			.extracting(LedgerEntry::decision, LedgerEntry::comment)
			.contains(org.assertj.core.groups.Tuple.tuple("approve", "同意"));
		// and approving the last step completes the request
		assertThat(complete("wangfang", second, "{\"decision\":\"approve\"}").statusCode()).isEqualTo(200);
		assertThat(status(request)).isEqualTo("COMPLETED");
	}

	@Test
	void aStepWithoutAFormIsRejectedWithAComment() {
		String request = start("zhangwei");
		Task first = openTask(request);
		HttpResponse<String> rejected = complete("lina", first, "{\"decision\":\"reject\",\"comment\":\"预算不足\"}");
		assertThat(rejected.statusCode()).as(rejected.body()).isEqualTo(200);
		assertThat(status(request)).isEqualTo("REJECTED");
		assertThat(ledger.entriesOf(first.getProcessInstanceId()))
			.extracting(LedgerEntry::decision, LedgerEntry::comment)
			.contains(org.assertj.core.groups.Tuple.tuple("reject", "预算不足"));
	}

	@Test
	void aStepWithoutAFormIsReturnedToAnEarlierStepWithAComment() {
		String request = start("zhangwei");
		assertThat(complete("lina", openTask(request), "{\"decision\":\"approve\"}").statusCode()).isEqualTo(200);
		Task finance = openTask(request);
		HttpResponse<String> returned = complete("wangfang", finance,
				"{\"decision\":\"return\",\"comment\":\"请补充说明\",\"returnTo\":\"Task_Manager\"}");
		assertThat(returned.statusCode()).as(returned.body()).isEqualTo(200);
		Task again = openTask(request);
		assertThat(again.getTaskDefinitionKey()).isEqualTo("Task_Manager");
		assertThat(again.getAssignee()).isEqualTo("lina");
		// and it is in lina's inbox again
		HttpResponse<String> inbox = http.send(http.request("/api/tasks?scope=assigned&q=" + request, "lina", "demo"));
		assertThat(JsonPath.<List<String>>read(inbox.body(), "$.items[*].id")).as(inbox.body())
			.containsExactly(again.getId());
	}

	@Test
	void dataSentForAStepWithoutAFormIsRefusedAndNothingChanges() {
		String request = start("zhangwei");
		Task first = openTask(request);
		HttpResponse<String> refused = complete("lina", first, "{\"decision\":\"approve\",\"data\":{\"amount\":1}}");
		assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
		assertThat(JsonPath.<String>read(refused.body(), "$.code")).isEqualTo("forms.submission.invalid");
		assertThat(openTask(request).getId()).isEqualTo(first.getId());
	}

	private String start(String user) {
		HttpResponse<String> started = http.send(http.request("/api/requests", user, "demo")
			.header("Content-Type", "application/json")
			.POST(Http.json("{\"processKey\":\"" + key + "\",\"data\":{}}")));
		assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
		return JsonPath.read(started.body(), "$.id");
	}

	private String status(String request) {
		HttpResponse<String> view = http.send(http.request("/api/requests/" + request, "zhangwei", "demo"));
		return JsonPath.read(view.body(), "$.status");
	}

	private Task openTask(String request) {
		List<Task> open = tasks.createTaskQuery().processInstanceBusinessKey(request).list();
		assertThat(open).hasSize(1);
		return open.get(0);
	}

	private HttpResponse<String> complete(String user, Task task, String body) {
		return http.send(http.request("/api/tasks/" + task.getId() + "/complete", user, "demo")
			.header("Content-Type", "application/json")
			.POST(Http.json(body)));
	}

	private HttpRequest.Builder modelerDeployment(String name, String bpmn) {
		String boundary = "----CamundaModeler" + UUID.randomUUID().toString().replace("-", "");
		String body = part(boundary, "deployment-name", null, name)
				+ part(boundary, "deployment-source", null, "Camunda Modeler")
				+ part(boundary, "enable-duplicate-filtering", null, "true")
				+ part(boundary, "data", name + ".bpmn", bpmn) + "--" + boundary + "--\r\n";
		return http.request("/engine-rest/deployment/create", "designer", "demo")
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
	}

	private static String part(String boundary, String name, String filename, String value) {
		return "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\""
				+ (filename == null ? "" : "; filename=\"" + filename + "\"\r\nContent-Type: application/octet-stream")
				+ "\r\n\r\n" + value + "\r\n";
	}

	/** Two approval steps, as Camunda Modeler saves them: no form anywhere. */
	private static String twoSteps(String key) {
		return """
				<?xml version="1.0" encoding="UTF-8"?>
				<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
				    id="Definitions_1" targetNamespace="http://bpmn.io/schema/bpmn" exporter="Camunda Modeler" exporterVersion="5.30.0">
				  <bpmn:process id="%s" name="无表单审批" isExecutable="true">
				    <bpmn:startEvent id="StartEvent_1" camunda:initiator="initiator" />
				    <bpmn:sequenceFlow id="Flow_1" sourceRef="StartEvent_1" targetRef="Task_Manager" />
				    <bpmn:userTask id="Task_Manager" name="经理审批" camunda:assignee="lina" />
				    <bpmn:sequenceFlow id="Flow_2" sourceRef="Task_Manager" targetRef="Task_Finance" />
				    <bpmn:userTask id="Task_Finance" name="财务审批" camunda:assignee="wangfang" />
				    <bpmn:sequenceFlow id="Flow_3" sourceRef="Task_Finance" targetRef="EndEvent_1" />
				    <bpmn:endEvent id="EndEvent_1" />
				  </bpmn:process>
				</bpmn:definitions>"""
			.formatted(key);
	}

}
