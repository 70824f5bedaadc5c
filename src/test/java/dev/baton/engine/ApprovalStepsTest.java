package dev.baton.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.baton.modeling.ProcessBundle;
import dev.baton.modeling.ProcessPublisher;
import dev.baton.support.BatonTest;
import dev.baton.tasks.ApprovalLedger;
import dev.baton.tasks.LedgerEntry;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Approver rules in BPMN become real assignments at run time, for single and
 * multi-instance steps.
 */
@BatonTest
class ApprovalStepsTest {

	@Autowired
	ProcessPublisher publisher;

	@Autowired
	RuntimeService runtime;

	@Autowired
	TaskService tasks;

	@Autowired
	IdentityService identity;

	@Autowired
	ApprovalLedger ledger;

	@Test
	void managerChainAsksEachManagerInOrderUpToTheLevel() {
		// given a sequential step asking the initiator's managers up to level 3
		String key = publish(step("sequential", rule("manager-chain", "baton.level", "3")));
		// when yangxue starts it
		ProcessInstance instance = start(key, "yangxue", Map.of());
		// then her team lead, the head of Delivery and the general manager are asked one
		// after the other
		assertThat(approveAllInTurn(instance)).containsExactly("gaojian", "chenjie", "zhouming");
		assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance.getId()).count()).isZero();
	}

	@Test
	void managerChainStopsAtTheFirstManagerHoldingTheRole() {
		String key = publish(step("sequential", rule("manager-chain", "baton.until-role", "delivery-manager")));
		ProcessInstance instance = start(key, "yangxue", Map.of());
		assertThat(approveAllInTurn(instance)).containsExactly("gaojian", "chenjie");
	}

	@Test
	void countersignStepNeedsEveryApprover() {
		// given a parallel step for two named people
		String key = publish(step("parallel", rule("users", "baton.users", "wangfang,zhouming")));
		// when it starts
		ProcessInstance instance = start(key, "zhangwei", Map.of());
		// then both have their own task, and the step waits for both
		List<Task> open = openTasks(instance);
		assertThat(open).extracting(Task::getAssignee).containsExactlyInAnyOrder("wangfang", "zhouming");
		tasks.complete(open.get(0).getId());
		assertThat(openTasks(instance)).hasSize(1);
		tasks.complete(openTasks(instance).get(0).getId());
		assertThat(openTasks(instance)).isEmpty();
	}

	@Test
	void roleWithSeveralHoldersMakesThemCandidatesOfOneTask() {
		String key = publish(step(null, rule("role", "baton.role", "purchaser")));
		ProcessInstance instance = start(key, "zhangwei", Map.of());
		Task task = openTasks(instance).get(0);
		assertThat(task.getAssignee()).isNull();
		assertThat(tasks.createTaskQuery().taskCandidateUser("wujing").processInstanceId(instance.getId()).count())
			.isEqualTo(1);
		assertThat(tasks.createTaskQuery().taskCandidateUser("huangqiang").processInstanceId(instance.getId()).count())
			.isEqualTo(1);
	}

	@Test
	void personChosenInTheFormApproves() {
		String key = publish(step(null, rule("form-user", "baton.field", "approver")));
		ProcessInstance instance = start(key, "zhangwei", Map.of("approver", "wangfang"));
		assertThat(openTasks(instance)).extracting(Task::getAssignee).containsExactly("wangfang");
	}

	@Test
	void nobodyFoundWithSkipPassesTheStepAndRecordsIt() {
		String key = publish(step(null, rule("role", "baton.role", "nobody-holds-this", "baton.if-none", "skip")));
		ProcessInstance instance = start(key, "zhangwei", Map.of());
		assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance.getId()).count()).isZero();
		assertThat(ledger.entriesOf(instance.getId())).extracting(LedgerEntry::decision).containsExactly("skip");
	}

	@Test
	void nobodyFoundWithAdminFallbackGoesToTheAdministrator() {
		String key = publish(step(null, rule("role", "baton.role", "nobody-holds-this", "baton.if-none", "admin")));
		ProcessInstance instance = start(key, "zhangwei", Map.of());
		assertThat(openTasks(instance)).extracting(Task::getAssignee).containsExactly("admin");
	}

	@Test
	void nobodyFoundWithFailStopsWithAnIncidentNamingTheRule() {
		// given a step whose rule finds nobody and says fail
		String key = publish(step(null, rule("role", "baton.role", "nobody-holds-this", "baton.if-none", "fail")));
		// when a request reaches it
		ProcessInstance instance = start(key, "zhangwei", Map.of());
		// then no task exists and an incident says which step and rule found nobody
		assertThat(openTasks(instance)).isEmpty();
		Incident incident = runtime.createIncidentQuery().processInstanceId(instance.getId()).singleResult();
		assertThat(incident.getIncidentType()).isEqualTo("baton-no-approver");
		assertThat(incident.getActivityId()).isEqualTo("Task_Approve");
		assertThat(incident.getIncidentMessage()).contains("Task_Approve", "nobody-holds-this");
	}

	@Test
	void managerChainOnASingleTaskIsRefusedAtDeploymentNamingTheElement() {
		assertThatThrownBy(() -> publish(step(null, rule("manager-chain", "baton.level", "2"))))
			.isInstanceOf(ProcessEngineException.class)
			.hasMessageContaining("Task_Approve")
			.hasMessageContaining("multi-instance");
	}

	@Test
	void unreadableRuleIsRefusedAtDeploymentNamingElementAndProperty() {
		assertThatThrownBy(() -> publish(step(null, rule("manager", "baton.level", "many"))))
			.isInstanceOf(ProcessEngineException.class)
			.hasMessageContaining("Task_Approve")
			.hasMessageContaining("baton.level");
	}

	private List<String> approveAllInTurn(ProcessInstance instance) {
		List<String> asked = new java.util.ArrayList<>();
		for (int guard = 0; guard < 10; guard++) {
			List<Task> open = openTasks(instance);
			if (open.isEmpty()) {
				break;
			}
			assertThat(open).as("one approver at a time").hasSize(1);
			asked.add(open.get(0).getAssignee());
			tasks.complete(open.get(0).getId());
		}
		return asked;
	}

	private List<Task> openTasks(ProcessInstance instance) {
		return tasks.createTaskQuery().processInstanceId(instance.getId()).list();
	}

	private ProcessInstance start(String key, String initiator, Map<String, Object> variables) {
		identity.setAuthenticatedUserId(initiator);
		try {
			return runtime.startProcessInstanceByKey(key, variables);
		}
		finally {
			identity.clearAuthentication();
		}
	}

	private String publish(String[] keyAndXml) {
		publisher.publish(new ProcessBundle(keyAndXml[0], keyAndXml[0] + ".bpmn",
				keyAndXml[1].getBytes(StandardCharsets.UTF_8), Map.of()));
		return keyAndXml[0];
	}

	private static String rule(String kind, String... more) {
		StringBuilder properties = new StringBuilder(
				"<camunda:property name=\"baton.approver\" value=\"" + kind + "\"/>");
		for (int i = 0; i < more.length; i += 2) {
			properties.append("<camunda:property name=\"")
				.append(more[i])
				.append("\" value=\"")
				.append(more[i + 1])
				.append("\"/>");
		}
		return properties.toString();
	}

	/**
	 * A process with one approval step; {@code multi} is null, "sequential" or
	 * "parallel".
	 */
	private static String[] step(String multi, String ruleProperties) {
		String key = "approval-" + UUID.randomUUID().toString().substring(0, 8);
		String loop = multi == null ? ""
				: "<bpmn:multiInstanceLoopCharacteristics isSequential=\"" + multi.equals("sequential")
						+ "\" camunda:collection=\"batonApprovers\" camunda:elementVariable=\"batonApprover\"/>";
		String xml = """
				<?xml version="1.0" encoding="UTF-8"?>
				<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
				    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_1" targetNamespace="http://baton.dev/test">
				  <bpmn:process id="%s" isExecutable="true" camunda:historyTimeToLive="P30D">
				    <bpmn:startEvent id="StartEvent_1" camunda:initiator="initiator"/>
				    <bpmn:sequenceFlow id="Flow_1" sourceRef="StartEvent_1" targetRef="Task_Approve"/>
				    <bpmn:userTask id="Task_Approve" name="审批">
				      <bpmn:extensionElements><camunda:properties>%s</camunda:properties></bpmn:extensionElements>
				      %s
				    </bpmn:userTask>
				    <bpmn:sequenceFlow id="Flow_2" sourceRef="Task_Approve" targetRef="EndEvent_1"/>
				    <bpmn:endEvent id="EndEvent_1"/>
				  </bpmn:process>
				</bpmn:definitions>
				"""
			.formatted(key, ruleProperties, loop);
		return new String[] { key, xml };
	}

}
