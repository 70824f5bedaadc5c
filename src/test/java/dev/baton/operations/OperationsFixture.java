package dev.baton.operations;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import dev.baton.support.BatonApi;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;

/**
 * Requests in the states an administrator meets them in, made through Baton's API (and
 * the engine where only time or a departed colleague can do it), plus the console's API
 * as the administrator calls it.
 */
final class OperationsFixture {

	static final String ADMIN = "admin";

	private final BatonApi api;

	private final RuntimeService runtime;

	private final TaskService tasks;

	private final ManagementService management;

	private final RepositoryService repository;

	OperationsFixture(BatonApi api, RuntimeService runtime, TaskService tasks, ManagementService management,
			RepositoryService repository) {
		this.api = api;
		this.runtime = runtime;
		this.tasks = tasks;
		this.management = management;
		this.repository = repository;
	}

	/** A one-day leave request of the employee, waiting for their manager. */
	String leave(String employee) throws Exception {
		return api.start(employee, "leave-request", Map.of("leaveType", "annual", "startDate", "2030-05-06", "endDate",
				"2030-05-06", "days", 1, "reason", "运维测试 operations test"));
	}

	/** The request's only open task. */
	Task openTask(String requestId) {
		return tasks.createTaskQuery().processInstanceBusinessKey(requestId).singleResult();
	}

	String instanceOf(String requestId) {
		return runtime.createProcessInstanceQuery().processInstanceBusinessKey(requestId).singleResult().getId();
	}

	/**
	 * A request (started by the administrator, the only one who may start the test
	 * process) whose approval step's rule finds nobody and says fail: a
	 * {@code baton-no-approver} incident.
	 */
	String withoutApprover() throws Exception {
		return api.start(ADMIN, deploy("""
				<bpmn:userTask id="Task_Approve" name="无人审批">
				  <bpmn:extensionElements><camunda:properties>
				    <camunda:property name="baton.approver" value="role"/>
				    <camunda:property name="baton.role" value="nobody-holds-this"/>
				    <camunda:property name="baton.if-none" value="fail"/>
				  </camunda:properties></bpmn:extensionElements>
				</bpmn:userTask>"""), Map.of());
	}

	/**
	 * A request whose first step is entered by a job that fails every time (its assignee
	 * is a value nobody gave), run until its retries are used up: a failed-job incident.
	 */
	String withFailedJob() throws Exception {
		String requestId = api.start(ADMIN,
				deploy("""
						<bpmn:userTask id="Task_Approve" name="异步审批" camunda:asyncBefore="true" camunda:assignee="${approver}"/>"""),
				Map.of());
		String instance = instanceOf(requestId);
		for (int attempt = 0; attempt < 3; attempt++) {
			Job job = management.createJobQuery().processInstanceId(instance).singleResult();
			try {
				management.executeJob(job.getId());
			}
			catch (RuntimeException expected) {
				// the job fails and loses a retry
			}
		}
		return requestId;
	}

	/** The job of a request that failed (its id, for checking retries). */
	Job job(String requestId) {
		return management.createJobQuery().processInstanceId(instanceOf(requestId)).singleResult();
	}

	/** The console's view of one request. */
	JsonNode view(String requestId) throws Exception {
		return api.get(ADMIN, "/api/admin/requests/" + requestId);
	}

	/** The rows of "needs help" that concern this request. */
	List<JsonNode> help(String requestId) throws Exception {
		List<JsonNode> rows = new java.util.ArrayList<>();
		api.get(ADMIN, "/api/admin/requests/needs-help").forEach(row -> {
			if (requestId.equals(row.path("request").path("id").asText())) {
				rows.add(row);
			}
		});
		return rows;
	}

	/** Ends a request the test left running, so that later tests do not meet it. */
	void end(String requestId) throws Exception {
		if (runtime.createProcessInstanceQuery().processInstanceBusinessKey(requestId).count() > 0) {
			api.post(ADMIN, "/api/admin/requests/" + requestId + "/cancel", Map.of("reason", "测试结束 test over"));
		}
	}

	private String deploy(String step) {
		String key = "ops-" + UUID.randomUUID().toString().substring(0, 8);
		String xml = """
				<?xml version="1.0" encoding="UTF-8"?>
				<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
				    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_ops" targetNamespace="http://baton.dev/test">
				  <bpmn:process id="%s" name="运维测试" isExecutable="true" camunda:historyTimeToLive="P1D"
				      camunda:candidateStarterUsers="admin">
				    <bpmn:startEvent id="StartEvent_1" camunda:initiator="initiator"/>
				    <bpmn:sequenceFlow id="Flow_1" sourceRef="StartEvent_1" targetRef="Task_Approve"/>
				    %s
				    <bpmn:sequenceFlow id="Flow_2" sourceRef="Task_Approve" targetRef="Task_Confirm"/>
				    <bpmn:userTask id="Task_Confirm" name="确认" camunda:assignee="${initiator}"/>
				    <bpmn:sequenceFlow id="Flow_3" sourceRef="Task_Confirm" targetRef="EndEvent_1"/>
				    <bpmn:endEvent id="EndEvent_1"/>
				  </bpmn:process>
				</bpmn:definitions>
				"""
			.formatted(key, step);
		repository.createDeployment().name(key).addString(key + ".bpmn", xml).deploy();
		return key;
	}

}
