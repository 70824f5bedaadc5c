package dev.baton.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import dev.baton.support.BatonTest;
import dev.baton.support.Http;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Camunda Modeler and other clients of /engine-rest meet the same safety policy as
 * Baton's own publish.
 */
@BatonTest
class EngineRestPolicyTest {

	@LocalServerPort
	int port;

	@Autowired
	RepositoryService repository;

	@Autowired
	FilterService filters;

	Http http;

	@BeforeEach
	void connect() {
		http = new Http(port);
	}

	@Test
	void camundaModelerDeploysASafeModelAsADesigner() {
		// given a plain approval model, sent the way Camunda Modeler sends it
		String key = "modeler-" + UUID.randomUUID().toString().substring(0, 8);
		// when the designer deploys it
		HttpResponse<String> response = http.send(modelerDeployment(key, safeModel(key), "designer", "demo"));
		// then it is deployed
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		assertThat(response.body()).contains("\"key\":\"" + key + "\"");
		assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(key).count()).isEqualTo(1);
	}

	@Test
	void anEmployeeCannotDeployFromCamundaModeler() {
		String key = "modeler-" + UUID.randomUUID().toString().substring(0, 8);
		HttpResponse<String> response = http.send(modelerDeployment(key, safeModel(key), "zhangwei", "demo"));
		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(repository.createDeploymentQuery().deploymentName(key).count()).isZero();
	}

	@Test
	void camundaModelerIsToldWhichElementBrokeWhichRuleAndNothingIsDeployed() {
		// given a model whose service task runs a Java class and whose condition is
		// Groovy
		String key = "modeler-" + UUID.randomUUID().toString().substring(0, 8);
		String model = """
				<?xml version="1.0" encoding="UTF-8"?>
				<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
				    id="Definitions_1" targetNamespace="http://bpmn.io/schema/bpmn">
				  <bpmn:process id="%s" isExecutable="true">
				    <bpmn:startEvent id="StartEvent_1" />
				    <bpmn:sequenceFlow id="Flow_Groovy" sourceRef="StartEvent_1" targetRef="Task_Evil">
				      <bpmn:conditionExpression language="groovy">true</bpmn:conditionExpression>
				    </bpmn:sequenceFlow>
				    <bpmn:serviceTask id="Task_Evil" camunda:class="java.lang.Runtime" />
				  </bpmn:process>
				</bpmn:definitions>"""
			.formatted(key);
		// when the designer deploys it from Camunda Modeler, in English
		HttpResponse<String> response = http
			.send(modelerDeployment(key, model, "designer", "demo").header("Accept-Language", "en"));
		// then the answer is a 400 problem with a message naming each element and rule,
		// and per-element problems
		assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
		assertThat(JsonPath.<String>read(response.body(), "$.code")).isEqualTo("engineRest.deployment.refused");
		String message = JsonPath.read(response.body(), "$.message");
		assertThat(message).contains("Flow_Groovy: script.condition", "Task_Evil: code.class", "nothing was deployed");
		assertThat(JsonPath.<java.util.List<String>>read(response.body(),
				"$.details['" + key + ".bpmn'].errors[*].mainElementId"))
			.containsExactly("Flow_Groovy", "Task_Evil");
		// and nothing was deployed
		assertThat(repository.createDeploymentQuery().deploymentName(key).count()).isZero();
		assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(key).count()).isZero();
	}

	@Test
	void taskQueryExpressionsAreRefusedInParameters() {
		for (String path : new String[] { "/engine-rest/task?assigneeExpression=",
				"/engine-rest/task/count?candidateGroupsExpression=",
				"/engine-rest/engine/default/task?assigneeExpression=",
				"/engine-rest/history/task?taskAssigneeExpression=" }) {
			HttpResponse<String> response = http
				.send(http.request(path + encode("${''.getClass().forName('java.lang.Runtime')}"), "admin", "demo"));
			assertThat(response.statusCode()).as(path).isEqualTo(400);
			assertThat(response.body()).contains("\"code\":\"security.queryExpression\"");
		}
		// while the same query without an expression is answered
		assertThat(http.send(http.request("/engine-rest/task?assignee=admin", "admin", "demo")).statusCode())
			.isEqualTo(200);
	}

	@Test
	void taskQueryAndFilterExpressionsAreRefusedInJsonBodies() {
		long filtersBefore = filters.createFilterQuery().count();
		String[][] requests = {
				{ "/engine-rest/task", "{\"orQueries\":[{\"assigneeExpression\":\"${currentUser()}\"}]}" },
				{ "/engine-rest/task/count", "{\"candidateUserExpression\":\"${currentUser()}\"}" },
				{ "/engine-rest/filter/create",
						"{\"resourceType\":\"Task\",\"name\":\"evil\",\"query\":{\"assigneeExpression\":\"${x}\"}}" }, };
		for (String[] request : requests) {
			HttpResponse<String> response = http.send(http.request(request[0], "admin", "demo")
				.header("Content-Type", "application/json")
				.POST(Http.json(request[1])));
			assertThat(response.statusCode()).as(request[0]).isEqualTo(400);
			assertThat(response.body()).contains("\"code\":\"security.queryExpression\"");
		}
		assertThat(filters.createFilterQuery().count()).isEqualTo(filtersBefore);
		// while a query body without expressions reaches the engine intact
		HttpResponse<String> plain = http.send(http.request("/engine-rest/task", "admin", "demo")
			.header("Content-Type", "application/json")
			.POST(Http.json(
					"{\"orQueries\":[{\"assignee\":\"admin\"}],\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"asc\"}]}")));
		assertThat(plain.statusCode()).as(plain.body()).isEqualTo(200);
	}

	private HttpRequest.Builder modelerDeployment(String name, String bpmn, String user, String password) {
		String boundary = "----CamundaModeler" + UUID.randomUUID().toString().replace("-", "");
		StringBuilder body = new StringBuilder();
		field(body, boundary, "deployment-name", name);
		field(body, boundary, "deployment-source", "Camunda Modeler");
		field(body, boundary, "enable-duplicate-filtering", "true");
		body.append("--")
			.append(boundary)
			.append("\r\n")
			.append("Content-Disposition: form-data; name=\"data\"; filename=\"")
			.append(name)
			.append(".bpmn\"\r\n")
			.append("Content-Type: application/octet-stream\r\n\r\n")
			.append(bpmn)
			.append("\r\n")
			.append("--")
			.append(boundary)
			.append("--\r\n");
		return http.request("/engine-rest/deployment/create", user, password)
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8));
	}

	private static void field(StringBuilder body, String boundary, String name, String value) {
		body.append("--")
			.append(boundary)
			.append("\r\n")
			.append("Content-Disposition: form-data; name=\"")
			.append(name)
			.append("\"\r\n\r\n")
			.append(value)
			.append("\r\n");
	}

	private static String safeModel(String key) {
		return """
				<?xml version="1.0" encoding="UTF-8"?>
				<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
				    id="Definitions_1" targetNamespace="http://bpmn.io/schema/bpmn" exporter="Camunda Modeler" exporterVersion="5.30.0">
				  <bpmn:process id="%s" name="审批" isExecutable="true">
				    <bpmn:startEvent id="StartEvent_1" camunda:initiator="initiator" />
				    <bpmn:sequenceFlow id="Flow_1" sourceRef="StartEvent_1" targetRef="Task_Approve" />
				    <bpmn:userTask id="Task_Approve" name="审批" camunda:assignee="${initiator}" />
				    <bpmn:sequenceFlow id="Flow_2" sourceRef="Task_Approve" targetRef="EndEvent_1" />
				    <bpmn:endEvent id="EndEvent_1" />
				  </bpmn:process>
				</bpmn:definitions>"""
			.formatted(key);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
