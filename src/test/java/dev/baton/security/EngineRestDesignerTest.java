package dev.baton.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import dev.baton.support.BatonTest;
import dev.baton.support.Http;
import dev.baton.support.LeaveRequests;
import dev.baton.tasks.ApprovalLedger;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A process designer reaches the engine's REST API for what Camunda Modeler needs and
 * nothing else: each attack of the hostile review is refused with a 403 problem and
 * changes nothing.
 */
@BatonTest
class EngineRestDesignerTest {

	@LocalServerPort
	int port;

	@Autowired
	RuntimeService runtime;

	@Autowired
	TaskService tasks;

	@Autowired
	HistoryService history;

	@Autowired
	IdentityService identity;

	@Autowired
	RepositoryService repository;

	@Autowired
	ApprovalLedger ledger;

	Http http;

	EngineRestCalls engine;

	String instanceId;

	Task task;

	@BeforeEach
	void givenALeaveRequestWaitingForLina() {
		http = new Http(port);
		engine = new EngineRestCalls(http);
		String requestId = LeaveRequests.start(http, "zhangwei", 1);
		instanceId = history.createHistoricProcessInstanceQuery()
			.processInstanceBusinessKey(requestId)
			.singleResult()
			.getId();
		task = tasks.createTaskQuery().processInstanceId(instanceId).singleResult();
		assertThat(task.getAssignee()).isEqualTo("lina");
	}

	@Test
	void aDesignerCannotChangeTheDataOfARunningRequest() {
		int entries = ledger.entriesOf(instanceId).size();
		Object days = runtime.getVariable(instanceId, "days");
		refused(engine.call("PUT", "/engine-rest/process-instance/" + instanceId + "/variables/days", "designer",
				"{\"value\":30,\"type\":\"Double\"}"));
		refused(engine.call("POST", "/engine-rest/process-instance/" + instanceId + "/variables", "designer",
				"{\"modifications\":{\"days\":{\"value\":30,\"type\":\"Double\"}},\"deletions\":[\"reason\"]}"));
		refused(engine.call("PUT", "/engine-rest/execution/" + instanceId + "/localVariables/days", "designer",
				"{\"value\":30,\"type\":\"Double\"}"));
		refused(engine.call("PUT", "/engine-rest/task/" + task.getId() + "/variables/days", "designer",
				"{\"value\":30,\"type\":\"Double\"}"));
		assertThat(runtime.getVariable(instanceId, "days")).isEqualTo(days);
		assertThat(runtime.getVariable(instanceId, "reason")).isEqualTo("探亲 Family visit");
		assertThat(ledger.entriesOf(instanceId)).hasSize(entries);
	}

	@Test
	void aDesignerCannotCompleteSomeoneElsesTask() {
		String approve = "{\"variables\":{\"approved\":{\"value\":true,\"type\":\"Boolean\"}}}";
		for (String action : new String[] { "complete", "submit-form", "resolve", "claim", "delegate", "assignee",
				"bpmnError" }) {
			refused(engine.call("POST", "/engine-rest/task/" + task.getId() + "/" + action, "designer",
					action.equals("complete") || action.equals("submit-form") ? approve
							: "{\"userId\":\"designer\",\"errorCode\":\"baton-rejected\"}"));
		}
		Task still = tasks.createTaskQuery().taskId(task.getId()).singleResult();
		assertThat(still).isNotNull();
		assertThat(still.getAssignee()).isEqualTo("lina");
		assertThat(runtime.getVariable(instanceId, "approved")).isNull();
	}

	@Test
	void aDesignerCannotReadTheDataOfRequests() {
		for (HttpResponse<String> response : List.of(
				engine.call("GET", "/engine-rest/history/variable-instance?processInstanceId=" + instanceId,
						"designer"),
				engine.call("POST", "/engine-rest/history/variable-instance", "designer", "{}"),
				engine.call("GET", "/engine-rest/variable-instance", "designer"),
				engine.call("GET", "/engine-rest/history/detail", "designer"),
				engine.call("GET", "/engine-rest/process-instance/" + instanceId + "/variables", "designer"),
				engine.call("GET", "/engine-rest/task", "designer"),
				engine.call("GET", "/engine-rest/history/process-instance", "designer"))) {
			refused(response);
			assertThat(response.body()).doesNotContain("Family visit");
		}
	}

	@Test
	void aDesignerCannotAnnotateOrDeleteOperationLogEntries() {
		// given an entry in the engine's operation log of the request
		identity.setAuthenticatedUserId("admin");
		try {
			runtime.setVariable(instanceId, "note", "checked");
		}
		finally {
			identity.clearAuthentication();
		}
		UserOperationLogEntry entry = history.createUserOperationLogQuery()
			.processInstanceId(instanceId)
			.operationType(UserOperationLogEntry.OPERATION_TYPE_SET_VARIABLE)
			.singleResult();
		// when the designer tries to annotate, clear or delete it
		refused(engine.call("PUT", "/engine-rest/history/user-operation/" + entry.getOperationId() + "/set-annotation",
				"designer", "{\"annotation\":\"nothing to see\"}"));
		refused(engine.call("PUT",
				"/engine-rest/history/user-operation/" + entry.getOperationId() + "/clear-annotation", "designer"));
		refused(engine.call("DELETE", "/engine-rest/history/user-operation/" + entry.getId(), "designer"));
		// then it is unchanged
		UserOperationLogEntry after = history.createUserOperationLogQuery()
			.operationId(entry.getOperationId())
			.singleResult();
		assertThat(after).isNotNull();
		assertThat(after.getAnnotation()).isNull();
	}

	@Test
	void aDesignerCannotDeleteARequestOrItsHistory() {
		String deploymentId = repository.createProcessDefinitionQuery()
			.processDefinitionId(task.getProcessDefinitionId())
			.singleResult()
			.getDeploymentId();
		refused(engine.call("DELETE", "/engine-rest/process-instance/" + instanceId, "designer"));
		refused(engine.call("DELETE", "/engine-rest/history/process-instance/" + instanceId, "designer"));
		refused(engine.call("POST", "/engine-rest/process-instance/delete", "designer",
				"{\"processInstanceIds\":[\"" + instanceId + "\"],\"deleteReason\":\"gone\"}"));
		refused(engine.call("POST", "/engine-rest/history/process-instance/delete", "designer",
				"{\"historicProcessInstanceIds\":[\"" + instanceId + "\"]}"));
		refused(engine.call("DELETE", "/engine-rest/deployment/" + deploymentId + "?cascade=true", "designer"));
		refused(engine.call("PUT", "/engine-rest/process-instance/" + instanceId + "/suspended", "designer",
				"{\"suspended\":true}"));
		assertThat(runtime.createProcessInstanceQuery().processInstanceId(instanceId).active().count()).isOne();
		assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(instanceId).count()).isOne();
		assertThat(repository.createDeploymentQuery().deploymentId(deploymentId).count()).isOne();
	}

	@Test
	void aDesignerCannotStartARequestPastBatonsStartForm() {
		long before = history.createHistoricProcessInstanceQuery().processDefinitionKey("leave-request").count();
		refused(engine.call("POST", "/engine-rest/process-definition/key/leave-request/start", "designer",
				"{\"variables\":{\"days\":{\"value\":-5,\"type\":\"Double\"}}}"));
		refused(engine.call("POST", "/engine-rest/message", "designer", "{\"messageName\":\"anything\"}"));
		assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey("leave-request").count())
			.isEqualTo(before);
	}

	@Test
	void addressTricksOpenNothing() {
		String complete = "/task/" + task.getId() + "/complete";
		String[] addresses = { "/engine-rest" + complete + "/", "/engine-rest/engine/default" + complete,
				"/engine-rest/TASK/" + task.getId() + "/complete", "/engine-rest/Task/" + task.getId() + "/Complete",
				"/engine-rest//task/" + task.getId() + "/complete",
				"/engine-rest/task;a=b/" + task.getId() + "/complete", "/engine-rest" + complete + ";jsessionid=x",
				"/engine-rest/task%2F" + task.getId() + "%2Fcomplete",
				"/engine-rest/deployment/create/..%2F..%2Ftask/" + task.getId() + "/complete",
				"/engine-rest/deployment/create/../../task/" + task.getId() + "/complete",
				"/engine-rest/version/%2e%2e/task/" + task.getId() + "/complete" };
		for (String address : addresses) {
			HttpResponse<String> response = engine.call("POST", address, "designer", "{}");
			assertThat(response.statusCode()).as(address).isIn(400, 403);
			assertThat(response.body()).as(address).doesNotContain("Exception");
		}
		// a read the designer may make cannot be turned into a write
		HttpResponse<String> overridden = http
			.send(http.request("/engine-rest/process-instance/" + instanceId, "designer", "demo")
				.header("X-HTTP-Method-Override", "DELETE")
				.GET());
		assertThat(overridden.statusCode()).isEqualTo(400);
		assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).isOne();
		assertThat(runtime.createProcessInstanceQuery().processInstanceId(instanceId).count()).isOne();
	}

	@Test
	void aDesignerStillHasEverythingCamundaModelerUses() {
		assertThat(engine.call("GET", "/engine-rest/version", "designer").statusCode()).isEqualTo(200);
		assertThat(engine.call("GET", "/engine-rest/version/", "designer").statusCode()).isEqualTo(200);
		assertThat(engine.call("GET", "/engine-rest/deployment?maxResults=0", "designer").statusCode()).isEqualTo(200);
		assertThat(engine.call("GET", "/engine-rest/deployment/count", "designer").statusCode()).isEqualTo(200);
		HttpResponse<String> definitions = engine.call("GET",
				"/engine-rest/process-definition?key=leave-request&latestVersion=true", "designer");
		assertThat(definitions.statusCode()).isEqualTo(200);
		String definitionId = JsonPath.<List<String>>read(definitions.body(), "$[*].id").get(0);
		String deploymentId = JsonPath.<List<String>>read(definitions.body(), "$[*].deploymentId").get(0);
		assertThat(
				engine.call("GET", "/engine-rest/process-definition/" + definitionId + "/xml", "designer").statusCode())
			.isEqualTo(200);
		assertThat(
				engine.call("GET", "/engine-rest/engine/default/process-definition/key/leave-request/xml", "designer")
					.body())
			.contains("bpmn20Xml");
		HttpResponse<String> resources = engine.call("GET", "/engine-rest/deployment/" + deploymentId + "/resources",
				"designer");
		assertThat(resources.statusCode()).isEqualTo(200);
		String resourceId = JsonPath.<List<String>>read(resources.body(), "$[*].id").get(0);
		assertThat(engine
			.call("GET", "/engine-rest/deployment/" + deploymentId + "/resources/" + resourceId + "/data", "designer")
			.statusCode()).isEqualTo(200);
		assertThat(engine.call("GET", "/engine-rest/decision-definition/count", "designer").statusCode())
			.isEqualTo(200);
	}

	private static void refused(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.request().method() + " " + response.uri()).isEqualTo(403);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(JsonPath.<String>read(response.body(), "$.code")).isEqualTo("engineRest.designer");
	}

}
