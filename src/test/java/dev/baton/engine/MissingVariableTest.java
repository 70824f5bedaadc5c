package dev.baton.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.baton.support.BatonTest;
import dev.baton.support.Http;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A request whose process needs a value that was not supplied does not start (or does not
 * move on), and the caller is told which value and which step: 400, never a bare 500.
 */
@BatonTest
class MissingVariableTest {

	private static final ObjectMapper JSON = new ObjectMapper();

	@LocalServerPort
	int port;

	@Autowired
	RepositoryService repository;

	@Autowired
	RuntimeService runtime;

	@Autowired
	TaskService tasks;

	@Autowired
	MockMvc mvc;

	Http http;

	@BeforeEach
	void connect() {
		http = new Http(port);
	}

	@Test
	void aRequestWhoseConditionNeedsAMissingValueAnswers400NamingTheValueAndTheFlow() throws Exception {
		// given a process without a start form whose gateway compares "total"
		String key = deploy(conditionModel());
		long instancesBefore = runtime.createProcessInstanceQuery().processDefinitionKey(key).count();

		// when zhangwei starts it without a total, in Chinese and in English
		JsonNode chinese = start(key, "zh-CN");
		JsonNode english = start(key, "en-US");

		// then it is refused naming the value and the sequence flow whose condition needs
		// it
		assertThat(chinese.path("status").asInt()).isEqualTo(400);
		assertThat(chinese.path("code").asText()).isEqualTo("request.start.missingValue");
		assertThat(chinese.path("variable").asText()).isEqualTo("total");
		assertThat(chinese.path("elementId").asText()).isEqualTo("Flow_Big");
		assertThat(chinese.path("detail").asText()).contains("大额", "total");
		assertThat(chinese.path("errors").get(0).path("field").asText()).isEqualTo("total");
		assertThat(english.path("detail").asText()).contains("大额", "total", "was not given");
		// and nothing started
		assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(key).count()).isEqualTo(instancesBefore);
	}

	@Test
	void aRequestWhoseAssigneeIsAMissingValueAnswers400NamingTheTask() throws Exception {
		String key = deploy(assigneeModel());
		JsonNode refused = start(key, "en-US");
		assertThat(refused.path("status").asInt()).isEqualTo(400);
		assertThat(refused.path("variable").asText()).isEqualTo("reviewer");
		assertThat(refused.path("elementId").asText()).isEqualTo("Task_Review");
		assertThat(refused.path("detail").asText()).contains("Review by the chosen colleague", "reviewer");
		assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(key).count()).isZero();
	}

	@Test
	void anApprovalAfterWhichAConditionNeedsAMissingValueAnswers400AndTheTaskStaysOpen() throws Exception {
		// given a request whose first step is zhangwei's own, before the gateway that
		// compares "total"
		String key = deploy(conditionModel().replace(
				"<bpmn:sequenceFlow id=\"Flow_1\" sourceRef=\"StartEvent_1\" targetRef=\"Gateway_Amount\" />",
				"<bpmn:sequenceFlow id=\"Flow_1\" sourceRef=\"StartEvent_1\" targetRef=\"Task_Confirm\" />"
						+ "<bpmn:userTask id=\"Task_Confirm\" name=\"确认\" camunda:assignee=\"${initiator}\" />"
						+ "<bpmn:sequenceFlow id=\"Flow_0\" sourceRef=\"Task_Confirm\" targetRef=\"Gateway_Amount\" />"));
		mvc.perform(post("/api/requests").with(httpBasic("zhangwei", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"processKey\":\"" + key + "\",\"data\":{}}")).andExpect(status().isCreated());
		String instanceId = runtime.createProcessInstanceQuery().processDefinitionKey(key).singleResult().getId();
		String taskId = tasks.createTaskQuery().processInstanceId(instanceId).singleResult().getId();

		// when zhangwei approves it
		String body = mvc
			.perform(post("/api/tasks/" + taskId + "/complete").with(httpBasic("zhangwei", "demo"))
				.header("Accept-Language", "en-US")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"decision\":\"approve\"}"))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);

		// then the answer names the value and the flow, and the task is still open
		JsonNode refused = JSON.readTree(body);
		assertThat(refused.path("code").asText()).isEqualTo("task.missingValue");
		assertThat(refused.path("variable").asText()).isEqualTo("total");
		assertThat(refused.path("elementId").asText()).isEqualTo("Flow_Big");
		assertThat(refused.path("detail").asText()).contains("大额", "total", "Nothing was saved");
		assertThat(tasks.createTaskQuery().taskId(taskId).count()).isEqualTo(1);
		assertThat(runtime.getActiveActivityIds(instanceId)).containsExactly("Task_Confirm");
	}

	@Test
	void anAdministratorMovingARequestThroughTheEnginesApiGets400NamingTheValueAndTheElement() {
		// given a request waiting at its first step, without a total
		String key = deploy(conditionModel().replace(
				"<bpmn:sequenceFlow id=\"Flow_1\" sourceRef=\"StartEvent_1\" targetRef=\"Gateway_Amount\" />",
				"<bpmn:sequenceFlow id=\"Flow_1\" sourceRef=\"StartEvent_1\" targetRef=\"Task_First\" />"
						+ "<bpmn:userTask id=\"Task_First\" camunda:assignee=\"admin\" />"
						+ "<bpmn:sequenceFlow id=\"Flow_0\" sourceRef=\"Task_First\" targetRef=\"Gateway_Amount\" />"));
		String instanceId = runtime.startProcessInstanceByKey(key).getId();
		// when an administrator moves it on to the gateway through the engine's API
		HttpResponse<String> response = http
			.send(http.request("/engine-rest/process-instance/" + instanceId + "/modification", "admin", "demo")
				.header("Content-Type", "application/json")
				.header("Accept-Language", "en-US")
				.POST(Http.json(
						"{\"instructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\"Gateway_Amount\"}]}")));
		// then the engine's answer is a client error naming the value and the flow that
		// needs it
		assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
		JsonNode problem = json(response.body());
		assertThat(problem.path("code").asText()).isEqualTo("engineRest.missingVariable");
		assertThat(problem.path("variable").asText()).isEqualTo("total");
		assertThat(problem.path("elementId").asText()).isEqualTo("Flow_Big");
		assertThat(problem.path("detail").asText()).contains("total", "大额 (Flow_Big)", "was not given");
		// and the request is where it was
		assertThat(runtime.getActiveActivityIds(instanceId)).containsExactly("Task_First");
	}

	// ---------------------------------------------------------------- helpers

	private static JsonNode json(String body) {
		try {
			return JSON.readTree(body);
		}
		catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	private JsonNode start(String key, String language) throws Exception {
		String body = mvc
			.perform(post("/api/requests").with(httpBasic("zhangwei", "demo"))
				.header("Accept-Language", language)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"processKey\":\"" + key + "\",\"data\":{}}"))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		return JSON.readTree(body);
	}

	private String deploy(String model) {
		String key = "needs-" + UUID.randomUUID().toString().substring(0, 8);
		repository.createDeployment().name(key).addString(key + ".bpmn", model.replace("@KEY@", key)).deploy();
		return key;
	}

	private static String conditionModel() {
		return """
				<?xml version="1.0" encoding="UTF-8"?>
				<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
				    id="Definitions_1" targetNamespace="http://bpmn.io/schema/bpmn">
				  <bpmn:process id="@KEY@" name="金额" isExecutable="true" camunda:historyTimeToLive="P1D">
				    <bpmn:startEvent id="StartEvent_1" camunda:initiator="initiator" />
				    <bpmn:sequenceFlow id="Flow_1" sourceRef="StartEvent_1" targetRef="Gateway_Amount" />
				    <bpmn:exclusiveGateway id="Gateway_Amount" name="金额?" default="Flow_Small" />
				    <bpmn:sequenceFlow id="Flow_Big" name="大额" sourceRef="Gateway_Amount" targetRef="Task_Approve">
				      <bpmn:conditionExpression>${total &gt; 5000}</bpmn:conditionExpression>
				    </bpmn:sequenceFlow>
				    <bpmn:sequenceFlow id="Flow_Small" sourceRef="Gateway_Amount" targetRef="Task_Approve" />
				    <bpmn:userTask id="Task_Approve" name="确认" camunda:assignee="${initiator}" />
				    <bpmn:sequenceFlow id="Flow_2" sourceRef="Task_Approve" targetRef="EndEvent_1" />
				    <bpmn:endEvent id="EndEvent_1" />
				  </bpmn:process>
				</bpmn:definitions>
				""";
	}

	private static String assigneeModel() {
		return """
				<?xml version="1.0" encoding="UTF-8"?>
				<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
				    id="Definitions_1" targetNamespace="http://bpmn.io/schema/bpmn">
				  <bpmn:process id="@KEY@" name="评审" isExecutable="true" camunda:historyTimeToLive="P1D">
				    <bpmn:startEvent id="StartEvent_1" />
				    <bpmn:sequenceFlow id="Flow_1" sourceRef="StartEvent_1" targetRef="Task_Review" />
				    <bpmn:userTask id="Task_Review" name="Review by the chosen colleague" camunda:assignee="${reviewer}" />
				    <bpmn:sequenceFlow id="Flow_2" sourceRef="Task_Review" targetRef="EndEvent_1" />
				    <bpmn:endEvent id="EndEvent_1" />
				  </bpmn:process>
				</bpmn:definitions>
				""";
	}

}
