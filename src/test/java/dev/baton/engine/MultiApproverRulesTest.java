package dev.baton.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.baton.modeling.ProcessBundle;
import dev.baton.modeling.ProcessPublisher;
import dev.baton.support.BatonTest;
import dev.baton.tasks.ApprovalLedger;
import dev.baton.tasks.LedgerEntry;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every way a step asks several approvers — any one of them (或签), all in parallel (会签),
 * all one after another (依次), everyone holding a role (the first to claim) — against
 * every {@code if-repeated} and {@code if-initiator} setting, in the real engine.
 * <p>
 * Each request first passes a step that 王芳 (wangfang) approves; the step under test then
 * names the initiator, 王芳 and one more person:
 * <ul>
 * <li>by name ({@code users}): 张伟 (zhangwei, the initiator, whose manager is 李娜), 王芳 and
 * 周明 (zhouming);</li>
 * <li>by role ({@code role=department-head}, claim): its seven holders, with 李娜 (lina) as
 * the initiator, whose manager 周明 holds the role too.</li>
 * </ul>
 * With {@code if-repeated=auto-approve} 王芳's approval is recorded automatically; where
 * one approval is enough (any one, claim by role), that completes the step.
 */
@BatonTest
class MultiApproverRulesTest {

	static final String PREVIOUS_APPROVER = "wangfang";

	static final String DEPARTMENT_HEADS = "zhouming lina wangfang chenjie huangqiang sunli xuhao";

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

	@ParameterizedTest(name = "{0}, if-repeated={1}, if-initiator={2}: asks [{3}], approved automatically [{4}]")
	@CsvSource(delimiter = '|', nullValues = "-",
			textBlock = """
					# mode     | if-repeated   | if-initiator | asked (in order for sequential)                       | auto-approved
					any        | auto-approve  | allow        | -                                                     | wangfang
					any        | auto-approve  | skip         | -                                                     | wangfang
					any        | auto-approve  | manager      | -                                                     | wangfang
					any        | approve-again | allow        | zhangwei wangfang zhouming                            | -
					any        | approve-again | skip         | wangfang zhouming                                     | -
					any        | approve-again | manager      | lina wangfang zhouming                                | -
					parallel   | auto-approve  | allow        | zhangwei zhouming                                     | wangfang
					parallel   | auto-approve  | skip         | zhouming                                              | wangfang
					parallel   | auto-approve  | manager      | lina zhouming                                         | wangfang
					parallel   | approve-again | allow        | zhangwei wangfang zhouming                            | -
					parallel   | approve-again | skip         | wangfang zhouming                                     | -
					parallel   | approve-again | manager      | lina wangfang zhouming                                | -
					sequential | auto-approve  | allow        | zhangwei zhouming                                     | wangfang
					sequential | auto-approve  | skip         | zhouming                                              | wangfang
					sequential | auto-approve  | manager      | lina zhouming                                         | wangfang
					sequential | approve-again | allow        | zhangwei wangfang zhouming                            | -
					sequential | approve-again | skip         | wangfang zhouming                                     | -
					sequential | approve-again | manager      | lina wangfang zhouming                                | -
					role       | auto-approve  | allow        | -                                                     | wangfang
					role       | auto-approve  | skip         | -                                                     | wangfang
					role       | auto-approve  | manager      | -                                                     | wangfang
					role       | approve-again | allow        | zhouming lina wangfang chenjie huangqiang sunli xuhao | -
					role       | approve-again | skip         | zhouming wangfang chenjie huangqiang sunli xuhao      | -
					role       | approve-again | manager      | zhouming wangfang chenjie huangqiang sunli xuhao      | -
					""")
	void aStepWithSeveralApproversAsksExactlyThePeopleItsRulesLeave(String mode, String ifRepeated, String ifInitiator,
			String asked, String autoApproved) {
		// given a step after one that wangfang approves
		String initiator = mode.equals("role") ? "lina" : "zhangwei";
		String key = publish(mode, ifRepeated, ifInitiator);
		ProcessInstance instance = start(key, initiator);
		Task previous = single(openTasks(instance));
		assertThat(previous.getAssignee()).isEqualTo(PREVIOUS_APPROVER);
		// when she approves it
		tasks.complete(previous.getId());
		// then the automatic approvals are recorded for the step under test
		assertThat(ledger.entriesOf(instance.getId())).filteredOn(entry -> "auto-approve".equals(entry.decision()))
			.extracting(LedgerEntry::stepId, LedgerEntry::actorId)
			.containsExactlyElementsOf(people(autoApproved).stream()
				.map(person -> org.assertj.core.groups.Tuple.tuple("Task_Step", person))
				.toList());
		// and exactly the people left are asked, in the way the mode asks them
		List<String> expected = people(asked);
		switch (mode) {
			case "any", "role" -> assertOneOfThemCompletesTheStep(instance, expected);
			case "parallel" -> assertAllOfThemAtOnce(instance, expected);
			case "sequential" -> assertThat(approveAllInTurn(instance)).containsExactlyElementsOf(expected);
			default -> throw new IllegalArgumentException(mode);
		}
		// and after them the request is done
		assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance.getId()).count())
			.as("the request has ended")
			.isZero();
	}

	@Test
	void anApproverApprovedAutomaticallyInACountersignStepCountsAsItsApproverForTheNextStep() {
		// given wangfang's step, a countersign step for her and zhouming, and a step for
		// her again
		String key = publishSteps(step("Task_Previous", wangfang(), ""),
				step("Task_Step", property("baton.approver", "users") + property("baton.users", "wangfang,zhouming"),
						"<bpmn:multiInstanceLoopCharacteristics camunda:collection=\"batonApprovers\"/>"),
				step("Task_After", wangfang(), ""));
		ProcessInstance instance = start(key, "zhangwei");
		tasks.complete(single(openTasks(instance)).getId());
		// when zhouming approves the countersign step, where she was approved
		// automatically
		Task countersign = single(openTasks(instance));
		assertThat(countersign.getAssignee()).isEqualTo("zhouming");
		tasks.complete(countersign.getId());
		// then she approved the step just before the last one too: it is approved
		// automatically, and the request is done
		assertThat(openTasks(instance)).isEmpty();
		assertThat(ledger.entriesOf(instance.getId())).filteredOn(entry -> "auto-approve".equals(entry.decision()))
			.extracting(LedgerEntry::stepId, LedgerEntry::actorId)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Task_Step", "wangfang"),
					org.assertj.core.groups.Tuple.tuple("Task_After", "wangfang"));
	}

	private void assertOneOfThemCompletesTheStep(ProcessInstance instance, List<String> expected) {
		List<Task> open = openTasks(instance);
		if (expected.isEmpty()) {
			assertThat(open).as("one approval is enough: nobody else is asked").isEmpty();
			return;
		}
		Task task = single(open);
		if (expected.size() == 1) {
			assertThat(task.getAssignee()).isEqualTo(expected.get(0));
		}
		else {
			assertThat(task.getAssignee()).as("offered to several, claimed by one").isNull();
			assertThat(tasks.getIdentityLinksForTask(task.getId())
				.stream()
				.filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
				.map(IdentityLink::getUserId)
				.toList()).containsExactlyInAnyOrderElementsOf(expected);
			tasks.claim(task.getId(), expected.get(expected.size() - 1));
		}
		tasks.complete(task.getId());
		assertThat(openTasks(instance)).isEmpty();
	}

	private void assertAllOfThemAtOnce(ProcessInstance instance, List<String> expected) {
		List<Task> open = openTasks(instance);
		assertThat(open).extracting(Task::getAssignee).containsExactlyInAnyOrderElementsOf(expected);
		for (int i = 0; i < open.size(); i++) {
			assertThat(openTasks(instance)).as("the step waits for everyone").hasSize(open.size() - i);
			tasks.complete(open.get(i).getId());
		}
	}

	private List<String> approveAllInTurn(ProcessInstance instance) {
		List<String> asked = new ArrayList<>();
		for (int guard = 0; guard < 10; guard++) {
			List<Task> open = openTasks(instance);
			if (open.isEmpty()) {
				break;
			}
			asked.add(single(open).getAssignee());
			tasks.complete(open.get(0).getId());
		}
		return asked;
	}

	private static Task single(List<Task> open) {
		assertThat(open).as("one open task").hasSize(1);
		return open.get(0);
	}

	private static List<String> people(String names) {
		return names == null ? List.of() : Arrays.asList(names.trim().split("\\s+"));
	}

	private List<Task> openTasks(ProcessInstance instance) {
		return tasks.createTaskQuery().processInstanceId(instance.getId()).list();
	}

	private ProcessInstance start(String key, String initiator) {
		identity.setAuthenticatedUserId(initiator);
		try {
			return runtime.startProcessInstanceByKey(key, Map.of());
		}
		finally {
			identity.clearAuthentication();
		}
	}

	/** Start, wangfang's step, the step under test, end. */
	private String publish(String mode, String ifRepeated, String ifInitiator) {
		String rule = mode.equals("role")
				? property("baton.approver", "role") + property("baton.role", "department-head")
				: property("baton.approver", "users") + property("baton.users", "zhangwei,wangfang,zhouming");
		String loop = switch (mode) {
			case "parallel", "sequential" ->
				"<bpmn:multiInstanceLoopCharacteristics isSequential=\"" + mode.equals("sequential")
						+ "\" camunda:collection=\"batonApprovers\" camunda:elementVariable=\"batonApprover\"/>";
			default -> "";
		};
		return publishSteps(step("Task_Previous", wangfang(), ""), step("Task_Step",
				rule + property("baton.if-repeated", ifRepeated) + property("baton.if-initiator", ifInitiator), loop));
	}

	/** Start, the steps in order, end. */
	private String publishSteps(String... steps) {
		String key = "multi-" + UUID.randomUUID().toString().substring(0, 8);
		StringBuilder process = new StringBuilder(
				"<bpmn:startEvent id=\"StartEvent_1\" camunda:initiator=\"initiator\"/>");
		String previous = "StartEvent_1";
		for (int i = 0; i < steps.length; i++) {
			String id = steps[i].substring(steps[i].indexOf("id=\"") + 4, steps[i].indexOf("\" "));
			process.append(flow(i, previous, id)).append(steps[i]);
			previous = id;
		}
		process.append(flow(steps.length, previous, "EndEvent_1")).append("<bpmn:endEvent id=\"EndEvent_1\"/>");
		String xml = """
				<?xml version="1.0" encoding="UTF-8"?>
				<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
				    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_1" targetNamespace="http://baton.dev/test">
				  <bpmn:process id="%s" isExecutable="true" camunda:historyTimeToLive="P30D">%s</bpmn:process>
				</bpmn:definitions>
				"""
			.formatted(key, process);
		publisher.publish(new ProcessBundle(key, key + ".bpmn", xml.getBytes(StandardCharsets.UTF_8), Map.of()));
		return key;
	}

	private static String step(String id, String ruleProperties, String loop) {
		return "<bpmn:userTask id=\"" + id + "\" name=\"审批\"><bpmn:extensionElements><camunda:properties>"
				+ ruleProperties + "</camunda:properties></bpmn:extensionElements>" + loop + "</bpmn:userTask>";
	}

	private static String flow(int index, String from, String to) {
		return "<bpmn:sequenceFlow id=\"Flow_" + index + "\" sourceRef=\"" + from + "\" targetRef=\"" + to + "\"/>";
	}

	private static String wangfang() {
		return property("baton.approver", "users") + property("baton.users", PREVIOUS_APPROVER);
	}

	private static String property(String name, String value) {
		return "<camunda:property name=\"" + name + "\" value=\"" + value + "\"/>";
	}

}
