package dev.baton.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import dev.baton.support.BatonTest;
import dev.baton.support.Http;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * API clients: HTTP Basic or nothing; the engine REST API only for administrators and
 * designers.
 */
@BatonTest
class ApiAuthenticationTest {

	@LocalServerPort
	int port;

	@Autowired
	HistoryService history;

	Http http;

	@BeforeEach
	void connect() {
		http = new Http(port);
	}

	@Test
	void apiCallWithoutCredentialsGets401ProblemAndRunsNoEngineCommand() {
		// given the number of process instances so far
		long before = history.createHistoricProcessInstanceQuery().count();
		// when anonymous callers try Baton's API and the engine's, reading and starting a
		// process
		HttpResponse<String> api = http.send(http.request("/api/requests"));
		HttpResponse<String> engineRead = http.send(http.request("/engine-rest/process-definition"));
		HttpResponse<String> engineStart = http
			.send(http.request("/engine-rest/process-definition/key/leave-request/start")
				.header("Content-Type", "application/json")
				.POST(Http.json("{}")));
		// then each gets a 401 problem with a Basic challenge, and nothing was started
		for (HttpResponse<String> response : java.util.List.of(api, engineRead, engineStart)) {
			assertThat(response.statusCode()).as(response.uri().toString()).isEqualTo(401);
			assertThat(response.headers().firstValue("Content-Type"))
				.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
			assertThat(response.headers().firstValue("WWW-Authenticate"))
				.hasValueSatisfying(challenge -> assertThat(challenge).startsWith("Basic"));
		}
		assertThat(history.createHistoricProcessInstanceQuery().count()).isEqualTo(before);
	}

	@Test
	void wrongBasicPasswordGets401() {
		HttpResponse<String> response = http.send(http.request("/engine-rest/process-definition", "designer", "wrong"));
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.body()).contains("\"code\":\"auth.badCredentials\"");
	}

	@Test
	void employeeGets403OnTheEngineRestApi() {
		HttpResponse<String> response = http.send(http.request("/engine-rest/process-definition", "zhangwei", "demo"));
		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.body()).contains("\"code\":\"auth.forbidden\"");
	}

	@Test
	void designerAndAdministratorReachTheEngineRestApi() {
		assertThat(http.send(http.request("/engine-rest/process-definition", "designer", "demo")).statusCode())
			.isEqualTo(200);
		assertThat(http.send(http.request("/engine-rest/version", "admin", "demo")).statusCode()).isEqualTo(200);
	}

	@Test
	void engineCallRunsAsTheCaller() {
		// given a running leave request
		String requestId = dev.baton.support.LeaveRequests.start(http, "zhangwei", 1);
		String instanceId = history.createHistoricProcessInstanceQuery()
			.processInstanceBusinessKey(requestId)
			.singleResult()
			.getId();
		// when the administrator changes one of its values through the engine REST API
		HttpResponse<String> response = http
			.send(http.request("/engine-rest/process-instance/" + instanceId + "/variables/days", "admin", "demo")
				.header("Content-Type", "application/json")
				.PUT(Http.json("{\"value\":2,\"type\":\"Double\"}")));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(204);
		// then the engine saw the administrator as the caller
		assertThat(history.createUserOperationLogQuery()
			.processInstanceId(instanceId)
			.operationType(UserOperationLogEntry.OPERATION_TYPE_SET_VARIABLE)
			.list()).extracting(UserOperationLogEntry::getUserId).containsExactly("admin");
	}

	@Test
	void engineOperationLogNamesTheCaller() {
		// when the administrator suspends and re-activates a process definition through
		// the engine REST API
		for (boolean suspended : new boolean[] { true, false }) {
			HttpResponse<String> response = http
				.send(http.request("/engine-rest/process-definition/key/purchase-request/suspended", "admin", "demo")
					.header("Content-Type", "application/json")
					.PUT(Http.json("{\"suspended\":" + suspended + ",\"includeProcessInstances\":false}")));
			assertThat(response.statusCode()).as(response.body()).isEqualTo(204);
		}
		// then the user operation log (written only for authenticated callers) names the
		// admin
		assertThat(history.createUserOperationLogQuery()
			.processDefinitionKey("purchase-request")
			.operationType(UserOperationLogEntry.OPERATION_TYPE_SUSPEND_PROCESS_DEFINITION)
			.list()).extracting(UserOperationLogEntry::getUserId).contains("admin");
	}

}
