package dev.baton.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import dev.baton.support.BatonTest;
import dev.baton.support.Http;
import dev.baton.support.LeaveRequests;
import dev.baton.tasks.ApprovalLedger;
import dev.baton.tasks.LedgerEntry;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Administrators keep the engine's REST API where Baton has no own action yet; whatever
 * they change there is in the approval ledger (who, what, on which request), and where
 * Baton has its own action — deciding a task, starting a request — they must use it.
 */
@BatonTest
class EngineRestAdministratorTest {

	@LocalServerPort
	int port;

	@Autowired
	RuntimeService runtime;

	@Autowired
	TaskService tasks;

	@Autowired
	HistoryService history;

	@Autowired
	RepositoryService repository;

	@Autowired
	ApprovalLedger ledger;

	EngineRestCalls engine;

	Http http;

	String requestId;

	String instanceId;

	Task task;

	@BeforeEach
	void givenALeaveRequestWaitingForLina() {
		http = new Http(port);
		engine = new EngineRestCalls(http);
		requestId = LeaveRequests.start(http, "zhangwei", 1);
		instanceId = history.createHistoricProcessInstanceQuery()
			.processInstanceBusinessKey(requestId)
			.singleResult()
			.getId();
		task = tasks.createTaskQuery().processInstanceId(instanceId).singleResult();
	}

	@Test
	void anAdministratorsChangeOfARequestsDataIsInItsLedger() {
		// when the administrator corrects the number of days through the engine
		HttpResponse<String> response = engine.call("PUT",
				"/engine-rest/process-instance/" + instanceId + "/variables/days", "admin",
				"{\"value\":2,\"type\":\"Double\"}");
		// then the engine changed it
		assertThat(response.statusCode()).as(response.body()).isEqualTo(204);
		assertThat(runtime.getVariable(instanceId, "days")).isEqualTo(2.0);
		// and the request's ledger says who did what, without the value
		LedgerEntry entry = last(ledger.entriesOf(instanceId));
		assertThat(entry.decision()).isEqualTo("engine-rest");
		assertThat(entry.actorId()).isEqualTo("admin");
		assertThat(entry.businessKey()).isEqualTo(requestId);
		assertThat(entry.processDefinitionId()).isEqualTo(task.getProcessDefinitionId());
		assertThat(entry.comment())
			.isEqualTo("PUT /engine-rest/process-instance/" + instanceId + "/variables/days fields: value, type");
		assertThat(entry.dataHash()).matches("[0-9a-f]{64}");
	}

	@Test
	void reassigningATaskThroughTheEngineIsRecordedWithTheStepAndTheNewAssignee() {
		HttpResponse<String> response = engine.call("POST", "/engine-rest/task/" + task.getId() + "/assignee", "admin",
				"{\"userId\":\"sunli\"}");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(204);
		assertThat(tasks.createTaskQuery().taskId(task.getId()).singleResult().getAssignee()).isEqualTo("sunli");
		LedgerEntry entry = last(ledger.entriesOf(instanceId));
		assertThat(entry.decision()).isEqualTo("engine-rest");
		assertThat(entry.actorId()).isEqualTo("admin");
		assertThat(entry.taskId()).isEqualTo(task.getId());
		assertThat(entry.stepId()).isEqualTo(task.getTaskDefinitionKey());
		assertThat(entry.stepName()).isEqualTo(task.getName());
		assertThat(entry.targetId()).isEqualTo("sunli");
	}

	@Test
	void anAdministratorCannotDecideSomeoneElsesTaskThroughTheEngine() {
		int entries = ledger.entriesOf(instanceId).size();
		for (String action : new String[] { "complete", "submit-form", "resolve", "claim", "unclaim", "delegate",
				"bpmnError" }) {
			HttpResponse<String> response = engine.call("POST", "/engine-rest/task/" + task.getId() + "/" + action,
					"admin", "{\"userId\":\"admin\",\"errorCode\":\"baton-rejected\",\"variables\":{}}", "en");
			assertThat(response.statusCode()).as(action).isEqualTo(403);
			assertThat(JsonPath.<String>read(response.body(), "$.code")).isEqualTo("engineRest.useBaton.task");
			assertThat(JsonPath.<String>read(response.body(), "$.detail")).contains("/api/tasks/");
		}
		Task still = tasks.createTaskQuery().taskId(task.getId()).singleResult();
		assertThat(still.getAssignee()).isEqualTo("lina");
		assertThat(ledger.entriesOf(instanceId)).hasSize(entries);
		// nor start a request past the start form
		HttpResponse<String> start = engine.call("POST", "/engine-rest/process-definition/key/leave-request/start",
				"admin", "{}");
		assertThat(start.statusCode()).isEqualTo(403);
		assertThat(JsonPath.<String>read(start.body(), "$.code")).isEqualTo("engineRest.useBaton.start");
	}

	@Test
	void endingARequestThroughTheEngineIsRecordedAgainstIt() {
		HttpResponse<String> response = engine.call("DELETE",
				"/engine-rest/process-instance/" + instanceId + "?skipCustomListeners=false", "admin");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(204);
		assertThat(runtime.createProcessInstanceQuery().processInstanceId(instanceId).count()).isZero();
		LedgerEntry entry = last(ledger.entriesOf(instanceId));
		assertThat(entry.decision()).isEqualTo("engine-rest");
		assertThat(entry.businessKey()).isEqualTo(requestId);
		assertThat(entry.comment())
			.isEqualTo("DELETE /engine-rest/process-instance/" + instanceId + "?skipCustomListeners=false");
		assertThat(entry.dataHash()).isNull();
	}

	@Test
	void aBatchCallIsRecordedAgainstEveryRequestItNames() {
		String other = history.createHistoricProcessInstanceQuery()
			.processInstanceBusinessKey(LeaveRequests.start(http, "liuyang", 1))
			.singleResult()
			.getId();
		HttpResponse<String> response = engine.call("PUT", "/engine-rest/process-instance/suspended", "admin",
				"{\"processInstanceIds\":[\"" + instanceId + "\",\"" + other + "\"],\"suspended\":true}");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(204);
		for (String id : List.of(instanceId, other)) {
			assertThat(last(ledger.entriesOf(id)).comment())
				.isEqualTo("PUT /engine-rest/process-instance/suspended fields: processInstanceIds, suspended");
		}
		engine.call("PUT", "/engine-rest/process-instance/suspended", "admin",
				"{\"processInstanceIds\":[\"" + instanceId + "\",\"" + other + "\"],\"suspended\":false}");
	}

	@Test
	void aDeploymentByAnAdministratorIsRecordedWithoutARequest() {
		String key = "admin-" + UUID.randomUUID().toString().substring(0, 8);
		HttpResponse<String> response = http
			.send(ModelerDeployments.deployment(http, key, key + ".bpmn", ModelerDeployments.safeModel(key), "admin"));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		LedgerEntry entry = ledger.latestEntriesBy("admin", 1).get(0);
		assertThat(entry.decision()).isEqualTo("engine-rest");
		assertThat(entry.processInstanceId()).isNull();
		assertThat(entry.comment()).isEqualTo("POST /engine-rest/deployment/create");
	}

	@Test
	void readsQueriesAndRefusedOrFailedCallsLeaveNoEntry() {
		long before = latestAdminEntryId();
		assertThat(engine.call("GET", "/engine-rest/task?processInstanceId=" + instanceId, "admin").statusCode())
			.isEqualTo(200);
		assertThat(engine.call("POST", "/engine-rest/task", "admin", "{\"processInstanceId\":\"" + instanceId + "\"}")
			.statusCode()).isEqualTo(200);
		assertThat(engine.call("POST", "/engine-rest/history/variable-instance/count", "admin", "{}").statusCode())
			.isEqualTo(200);
		assertThat(engine
			.call("PUT", "/engine-rest/process-instance/no-such-instance/variables/x", "admin",
					"{\"value\":\"x\",\"type\":\"String\"}")
			.statusCode()).isEqualTo(404);
		assertThat(engine.call("POST", "/engine-rest/task/" + task.getId() + "/complete", "admin", "{}").statusCode())
			.isEqualTo(403);
		assertThat(latestAdminEntryId()).isEqualTo(before);
	}

	private long latestAdminEntryId() {
		List<LedgerEntry> latest = ledger.latestEntriesBy("admin", 1);
		return latest.isEmpty() ? 0 : latest.get(0).id();
	}

	private static LedgerEntry last(List<LedgerEntry> entries) {
		assertThat(entries).isNotEmpty();
		return entries.get(entries.size() - 1);
	}

}
