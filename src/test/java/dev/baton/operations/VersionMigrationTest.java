package dev.baton.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import dev.baton.support.BatonApi;
import dev.baton.support.BatonTest;
import dev.baton.tasks.ApprovalLedger;
import dev.baton.tasks.LedgerEntry;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Versions in the operations console: running requests per version, the engine's check
 * shown before anything moves, and moving an old version's requests to the latest one
 * (refused, naming the steps, where they do not map).
 */
@BatonTest
class VersionMigrationTest {

	private static final String ADMIN = OperationsFixture.ADMIN;

	@Autowired
	MockMvc http;

	@Autowired
	RuntimeService runtime;

	@Autowired
	TaskService tasks;

	@Autowired
	ManagementService management;

	@Autowired
	RepositoryService repository;

	@Autowired
	ApprovalLedger ledger;

	BatonApi api;

	OperationsFixture fixture;

	String key;

	final List<String> started = new ArrayList<>();

	@BeforeEach
	void aProcessWithARequestOnItsFirstVersion() throws Exception {
		api = new BatonApi(http);
		fixture = new OperationsFixture(api, runtime, tasks, management, repository);
		key = "ops-versions-" + UUID.randomUUID().toString().substring(0, 8);
		deploy("Task_Review", "审核");
		started.add(api.start(ADMIN, key, Map.of()));
	}

	@AfterEach
	void endIt() throws Exception {
		for (String request : started) {
			fixture.end(request);
		}
	}

	@Test
	void requestsOfAnOldVersionMoveToTheLatestAfterTheCheckSaysEveryStepMaps() throws Exception {
		String request = started.get(0);
		String v1 = definition(1).getId();
		// given a second version with the same steps and one more
		deploy("Task_Review", "审核（新版）");
		String v2 = definition(2).getId();
		// then the versions list shows one request on v1
		JsonNode process = processOf(api.get(ADMIN, "/api/admin/requests/versions"));
		assertThat(process.path("latestVersion").asInt()).isEqualTo(2);
		assertThat(process.path("versions").get(0).path("version").asInt()).isEqualTo(1);
		assertThat(process.path("versions").get(0).path("running").asLong()).isEqualTo(1);
		// and the check says the waiting step maps
		JsonNode check = api.get(ADMIN, "/api/admin/requests/versions/check", "from", v1);
		assertThat(check.path("possible").asBoolean()).isTrue();
		assertThat(BatonApi.texts(check.path("mapped"), "stepId")).contains("Task_Review");
		assertThat(check.path("unmapped")).isEmpty();
		// when the administrator moves v1's requests to v2, saying why
		api.post(ADMIN, "/api/admin/requests/versions/migrate",
				Map.of("fromDefinitionId", v1, "toDefinitionId", v2, "reason", "新版审核说明"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.migrated").value(1));
		// then the request runs on v2, its task too, and the ledger says so
		assertThat(runtime.createProcessInstanceQuery()
			.processInstanceBusinessKey(request)
			.singleResult()
			.getProcessDefinitionId()).isEqualTo(v2);
		Task task = fixture.openTask(request);
		assertThat(task.getProcessDefinitionId()).isEqualTo(v2);
		assertThat(fixture.view(request).path("processDefinitionId").asText()).isEqualTo(v2);
		List<LedgerEntry> entries = ledger.entriesOf(fixture.instanceOf(request));
		LedgerEntry last = entries.get(entries.size() - 1);
		assertThat(last.decision()).isEqualTo("admin-migrate");
		assertThat(last.comment()).isEqualTo("新版审核说明 (v1 → v2)");
		// and it reads as a request of v2, with v2's step names
		assertThat(api.in("en-US").request(ADMIN, request).path("currentSteps").get(0).path("name").asText())
			.isEqualTo("审核（新版）");
	}

	@Test
	void aStepTheLatestVersionLacksIsNamedAndTheMoveIsRefused() throws Exception {
		String v1 = definition(1).getId();
		// given a second version whose review step has another id
		deploy("Task_Check", "检查");
		String v2 = definition(2).getId();
		// then the check names the step the request waits at that does not map
		JsonNode check = api.get(ADMIN, "/api/admin/requests/versions/check", "from", v1);
		assertThat(check.path("possible").asBoolean()).isFalse();
		assertThat(check.path("unmapped").get(0).path("stepId").asText()).isEqualTo("Task_Review");
		assertThat(check.path("unmapped").get(0).path("name").asText()).isEqualTo("审核");
		assertThat(check.path("unmapped").get(0).path("waiting").asLong()).isEqualTo(1);
		// and moving is refused with 409 naming it; nothing moved
		api.post(ADMIN, "/api/admin/requests/versions/migrate",
				Map.of("fromDefinitionId", v1, "toDefinitionId", v2, "reason", "试试"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("operations.migrate.notPossible"))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("审核")));
		assertThat(runtime.createProcessInstanceQuery().processDefinitionId(v1).count()).isEqualTo(1);
	}

	@Test
	void aMoveToAVersionThatIsNoLongerTheLatestOrWithoutReasonIsRefused() throws Exception {
		String v1 = definition(1).getId();
		deploy("Task_Review", "审核");
		String v2 = definition(2).getId();
		api.post(ADMIN, "/api/admin/requests/versions/migrate", Map.of("fromDefinitionId", v1, "toDefinitionId", v2))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		// given a third version published after the administrator checked v2
		deploy("Task_Review", "审核");
		api.post(ADMIN, "/api/admin/requests/versions/migrate",
				Map.of("fromDefinitionId", v1, "toDefinitionId", v2, "reason", "迁移"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("operations.migrate.newerVersion"));
		api.as("zhouming",
				org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/admin/requests/versions"))
			.andExpect(status().isForbidden());
	}

	private JsonNode processOf(JsonNode processes) {
		for (JsonNode process : processes) {
			if (key.equals(process.path("processKey").asText())) {
				return process;
			}
		}
		throw new AssertionError(key + " not among " + processes);
	}

	private ProcessDefinition definition(int version) {
		return repository.createProcessDefinitionQuery()
			.processDefinitionKey(key)
			.processDefinitionVersion(version)
			.singleResult();
	}

	private void deploy(String stepId, String stepName) {
		String xml = """
				<?xml version="1.0" encoding="UTF-8"?>
				<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
				    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_v" targetNamespace="http://baton.dev/test">
				  <bpmn:process id="%s" name="版本测试" isExecutable="true" camunda:historyTimeToLive="P1D"
				      camunda:candidateStarterUsers="admin">
				    <bpmn:startEvent id="StartEvent_1" camunda:initiator="initiator"/>
				    <bpmn:sequenceFlow id="Flow_1" sourceRef="StartEvent_1" targetRef="%s"/>
				    <bpmn:userTask id="%s" name="%s" camunda:assignee="${initiator}"/>
				    <bpmn:sequenceFlow id="Flow_2" sourceRef="%s" targetRef="EndEvent_1"/>
				    <bpmn:endEvent id="EndEvent_1"/>
				  </bpmn:process>
				</bpmn:definitions>
				"""
			.formatted(key, stepId, stepId, stepName, stepId);
		repository.createDeployment().name(key).addString(key + ".bpmn", xml).deploy();
	}

}
