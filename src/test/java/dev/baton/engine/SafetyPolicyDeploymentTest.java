package dev.baton.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.baton.support.BatonTest;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.el.StartProcessVariableScope;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The policy inside the real engine: a refused deployment leaves nothing behind;
 * expressions reach no bean.
 */
@BatonTest
class SafetyPolicyDeploymentTest {

	@Autowired
	RepositoryService repository;

	@Autowired
	RuntimeService runtime;

	@Autowired
	TaskService tasks;

	@Autowired
	FilterService filters;

	@Autowired
	ProcessEngine engine;

	@Autowired
	ApplicationContext context;

	@Test
	void aRefusedModelDeploysNothingAndNamesEveryViolation() {
		// given a model with a script task and a listener class, and the deployments so
		// far
		String key = "hostile-" + UUID.randomUUID().toString().substring(0, 8);
		String model = model(key,
				"""
						<bpmn:scriptTask id="Task_Script" scriptFormat="javascript"><bpmn:script>1</bpmn:script></bpmn:scriptTask>
						<bpmn:userTask id="Task_Listened"><bpmn:extensionElements><camunda:taskListener event="create" class="com.example.Evil" /></bpmn:extensionElements></bpmn:userTask>""");
		long deploymentsBefore = repository.createDeploymentQuery().count();

		// when it is deployed straight through the engine's API
		assertThatThrownBy(() -> repository.createDeployment().name(key).addString(key + ".bpmn", model).deploy())
			// then it is refused as a parse error listing both violations
			.isInstanceOf(SafetyPolicyException.class)
			.isInstanceOf(ParseException.class)
			.hasMessageContaining("Task_Script: script.task")
			.hasMessageContaining("Task_Listened: code.class")
			.satisfies(refusal -> assertThat(((SafetyPolicyException) refusal).violations())
				.extracting(PolicyViolation::elementId, PolicyViolation::rule, PolicyViolation::resource)
				.containsExactly(tuple("Task_Script", "script.task", key + ".bpmn"),
						tuple("Task_Listened", "code.class", key + ".bpmn")));
		// and nothing was stored
		assertThat(repository.createDeploymentQuery().count()).isEqualTo(deploymentsBefore);
		assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(key).count()).isZero();
	}

	@Test
	void theShippedProcessesAreDeployedThroughThePolicy() {
		assertThat(repository.createProcessDefinitionQuery()
			.processDefinitionKeyIn("purchase-request", "leave-request", "project-handoff")
			.latestVersion()
			.list()).hasSize(3);
	}

	@Test
	void expressionsReachNoSpringBean() {
		// given a Spring bean that any JUEL expression could reach under the engine's
		// Spring defaults
		assertThat(context.containsBean("processPublisher")).isTrue();
		ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine
			.getProcessEngineConfiguration();
		// when the engine evaluates an expression naming it, then the name resolves to
		// nothing
		assertThatThrownBy(() -> evaluate(configuration, "${processPublisher}"))
			.isInstanceOf(ProcessEngineException.class)
			.hasMessageContaining("processPublisher");
		// while the engine's own functions still work
		assertThat(evaluate(configuration, "${now() != null}")).isEqualTo(true);
	}

	@Test
	void taskQueriesAndStoredFiltersWithExpressionsAreRefusedByTheEngineItself() {
		assertThatThrownBy(() -> tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}").list())
			.isInstanceOf(BadUserRequestException.class);
		assertThatThrownBy(() -> filters.saveFilter(filters.newTaskFilter("mine")
			.setQuery(tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}"))))
			.isInstanceOf(BadUserRequestException.class);
	}

	private static Object evaluate(ProcessEngineConfigurationImpl configuration, String expression) {
		return configuration.getCommandExecutorTxRequired()
			.execute(commandContext -> configuration.getExpressionManager()
				.createExpression(expression)
				.getValue(StartProcessVariableScope.getSharedInstance()));
	}

	@Test
	void aMultiInstanceCountFromAVariableIsLimitedWhenTheStepStarts() {
		// given a step whose number of instances comes from a variable, and one whose
		// collection does
		String key = "many-" + UUID.randomUUID().toString().substring(0, 8);
		repository.createDeployment()
			.name(key)
			.addString(key + ".bpmn",
					model(key,
							"""
									<bpmn:startEvent id="StartEvent_1" />
									<bpmn:sequenceFlow id="Flow_1" sourceRef="StartEvent_1" targetRef="Task_Counted" />
									<bpmn:userTask id="Task_Counted">
									  <bpmn:multiInstanceLoopCharacteristics><bpmn:loopCardinality>${count}</bpmn:loopCardinality></bpmn:multiInstanceLoopCharacteristics>
									</bpmn:userTask>
									<bpmn:sequenceFlow id="Flow_2" sourceRef="Task_Counted" targetRef="Task_Listed" />
									<bpmn:userTask id="Task_Listed" camunda:assignee="${reviewer}">
									  <bpmn:multiInstanceLoopCharacteristics camunda:collection="reviewers" camunda:elementVariable="reviewer" />
									</bpmn:userTask>
									<bpmn:sequenceFlow id="Flow_3" sourceRef="Task_Listed" targetRef="EndEvent_1" />
									<bpmn:endEvent id="EndEvent_1" />"""))
			.deploy();

		// when it starts with more instances than allowed, then the start is refused
		// naming the step
		assertThatThrownBy(
				() -> runtime.startProcessInstanceByKey(key, Map.of("count", 101, "reviewers", List.of("a"))))
			.isInstanceOf(ProcessEngineException.class)
			.hasMessageContaining("Task_Counted")
			.hasMessageContaining("mi.cardinality");
		// and within the limit it runs: 3 counted instances, then one per listed reviewer
		ProcessInstance instance = runtime.startProcessInstanceByKey(key,
				Map.of("count", 3, "reviewers", List.of("lina", "wangfang")));
		assertThat(tasks.createTaskQuery().processInstanceId(instance.getId()).count()).isEqualTo(3);
		tasks.createTaskQuery()
			.processInstanceId(instance.getId())
			.list()
			.forEach(task -> tasks.complete(task.getId()));
		assertThat(tasks.createTaskQuery().processInstanceId(instance.getId()).list())
			.extracting(task -> task.getAssignee())
			.containsExactlyInAnyOrder("lina", "wangfang");

		// and a collection above the limit stops the step too
		ProcessInstance tooMany = runtime.startProcessInstanceByKey(key, Map.of("count", 1, "reviewers",
				java.util.stream.IntStream.range(0, 101).mapToObj(i -> "user" + i).toList()));
		String first = tasks.createTaskQuery().processInstanceId(tooMany.getId()).singleResult().getId();
		assertThatThrownBy(() -> tasks.complete(first)).hasMessageContaining("Task_Listed").hasMessageContaining("101");
	}

	private static String model(String key, String body) {
		return """
				<?xml version="1.0" encoding="UTF-8"?>
				<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
				    id="Definitions_1" targetNamespace="http://baton.dev/test">
				  <bpmn:process id="%s" isExecutable="true" camunda:historyTimeToLive="P1D">
				%s
				  </bpmn:process>
				</bpmn:definitions>
				"""
			.formatted(key, body);
	}

}
