package dev.baton.deadlines;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.baton.modeling.ProcessBundle;
import dev.baton.modeling.ProcessPublisher;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/**
 * Processes with one approval step that has a deadline, published and started at a moment
 * of the test's choosing (the engine's clock). The step asks the initiator's manager: for
 * yangxue that is gaojian, whose manager is chenjie.
 */
final class DeadlineProcesses {

	static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	private final ProcessPublisher publisher;

	private final RuntimeService runtime;

	private final TaskService tasks;

	private final IdentityService identity;

	DeadlineProcesses(ProcessPublisher publisher, RuntimeService runtime, TaskService tasks, IdentityService identity) {
		this.publisher = publisher;
		this.runtime = runtime;
		this.tasks = tasks;
		this.identity = identity;
	}

	/**
	 * Publishes a process whose step has these {@code baton.deadline.*} settings (name,
	 * value …).
	 */
	String publish(String... deadline) {
		String key = "deadline-" + UUID.randomUUID().toString().substring(0, 8);
		publisher.publish(
				new ProcessBundle(key, key + ".bpmn", xml(key, deadline).getBytes(StandardCharsets.UTF_8), Map.of()));
		return key;
	}

	/** Starts the process as {@code initiator} with the engine's clock at {@code at}. */
	ProcessInstance startAt(String key, String initiator, Instant at) {
		ClockUtil.setCurrentTime(Date.from(at));
		identity.setAuthenticatedUserId(initiator);
		try {
			return runtime.startProcessInstanceByKey(key, "REQ-" + UUID.randomUUID().toString().substring(0, 8));
		}
		finally {
			identity.clearAuthentication();
		}
	}

	List<Task> openTasks(ProcessInstance instance) {
		return tasks.createTaskQuery().processInstanceId(instance.getId()).list();
	}

	Task theTask(ProcessInstance instance) {
		return tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult();
	}

	boolean ended(ProcessInstance instance) {
		return runtime.createProcessInstanceQuery().processInstanceId(instance.getId()).count() == 0;
	}

	static Instant shanghai(int year, int month, int day, int hour, int minute) {
		return LocalDateTime.of(year, month, day, hour, minute).atZone(SHANGHAI).toInstant();
	}

	static String xml(String key, String... deadline) {
		StringBuilder properties = new StringBuilder("<camunda:property name=\"baton.approver\" value=\"manager\"/>");
		for (int i = 0; i < deadline.length; i += 2) {
			properties.append("<camunda:property name=\"baton.deadline.")
				.append(deadline[i])
				.append("\" value=\"")
				.append(deadline[i + 1])
				.append("\"/>");
		}
		return """
				<?xml version="1.0" encoding="UTF-8"?>
				<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
				    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_1" targetNamespace="http://baton.dev/test">
				  <bpmn:error id="Error_BatonRejected" name="Rejected" errorCode="baton-rejected"/>
				  <bpmn:process id="%s" isExecutable="true" camunda:historyTimeToLive="P30D">
				    <bpmn:startEvent id="StartEvent_1" camunda:initiator="initiator"/>
				    <bpmn:sequenceFlow id="Flow_1" sourceRef="StartEvent_1" targetRef="Task_Approve"/>
				    <bpmn:userTask id="Task_Approve" name="经理审批">
				      <bpmn:extensionElements><camunda:properties>%s</camunda:properties></bpmn:extensionElements>
				    </bpmn:userTask>
				    <bpmn:sequenceFlow id="Flow_2" sourceRef="Task_Approve" targetRef="EndEvent_Approved"/>
				    <bpmn:endEvent id="EndEvent_Approved"/>
				    <bpmn:subProcess id="SubProcess_Rejected" triggeredByEvent="true">
				      <bpmn:startEvent id="StartEvent_Rejected">
				        <bpmn:errorEventDefinition errorRef="Error_BatonRejected"/>
				      </bpmn:startEvent>
				      <bpmn:sequenceFlow id="Flow_3" sourceRef="StartEvent_Rejected" targetRef="EndEvent_Rejected"/>
				      <bpmn:endEvent id="EndEvent_Rejected"/>
				    </bpmn:subProcess>
				  </bpmn:process>
				</bpmn:definitions>
				"""
			.formatted(key, properties);
	}

}
