package dev.baton.processes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;

/**
 * Drives the shipped processes the way Baton does: starts them as an authenticated
 * employee (so {@code camunda:initiator} is set), rejects by throwing the BPMN error
 * {@code baton-rejected} from the current task, and checks that a step shows the form its
 * model references.
 */
final class ShippedProcessDriver {

	static final String INITIATOR = "zhangwei";
	static final String REJECTED = "baton-rejected";

	private static final ObjectMapper JSON = new ObjectMapper();

	private final ProcessEngine engine;

	ShippedProcessDriver(ProcessEngine engine) {
		this.engine = engine;
	}

	ProcessDefinition latestDefinition(String processKey) {
		ProcessDefinition definition = engine.getRepositoryService()
			.createProcessDefinitionQuery()
			.processDefinitionKey(processKey)
			.latestVersion()
			.singleResult();
		assertThat(definition).as("deployed process '%s'", processKey).isNotNull();
		return definition;
	}

	ProcessInstance startAsInitiator(String processKey, Map<String, Object> startFormValues) {
		return startAs(INITIATOR, processKey, startFormValues);
	}

	ProcessInstance startAs(String initiator, String processKey, Map<String, Object> startFormValues) {
		engine.getIdentityService().setAuthenticatedUserId(initiator);
		try {
			return engine.getRuntimeService().startProcessInstanceByKey(processKey, startFormValues);
		}
		finally {
			engine.getIdentityService().clearAuthentication();
		}
	}

	/**
	 * The version is one deployment named after the process, holding exactly
	 * {@code resources} (its model and forms), named {@code chineseName}, with a version
	 * tag and ten years of history.
	 */
	void assertShippedAsOneDeployment(ProcessDefinition definition, String chineseName, String... resources) {
		assertThat(deploymentName(definition)).isEqualTo(definition.getKey());
		assertThat(deploymentResources(definition)).containsExactlyInAnyOrder(resources);
		assertThat(definition.getName()).isEqualTo(chineseName);
		assertThat(definition.getVersionTag()).isNotBlank();
		assertThat(definition.getHistoryTimeToLive()).isEqualTo(3650);
	}

	/**
	 * The instance waits only at {@code taskKey}; its task went to {@code people} (see
	 * {@link #assertApprovers}) and shows the form {@code formId}.
	 */
	Task awaitTask(ProcessInstance instance, String taskKey, String formId, String... people) {
		assertThat(instance).isWaitingAtExactly(taskKey);
		return openTask(instance, taskKey, formId, people);
	}

	/**
	 * The instance waits only at {@code taskKey}; its task is assigned to the initiator
	 * and shows {@code formId}.
	 */
	Task awaitInitiatorTask(ProcessInstance instance, String taskKey, String formId) {
		assertThat(instance).isWaitingAtExactly(taskKey);
		Task open = openTask(instance, taskKey);
		assertThat(open).isAssignedTo(INITIATOR);
		assertTaskForm(open, formId);
		return open;
	}

	/**
	 * The open task at {@code taskKey} (which may wait beside parallel ones) went to
	 * {@code people} and shows the form {@code formId}.
	 */
	Task openTask(ProcessInstance instance, String taskKey, String formId, String... people) {
		Task open = openTask(instance, taskKey);
		assertApprovers(open, people);
		assertTaskForm(open, formId);
		return open;
	}

	/** The single open task of the instance, which must be at {@code taskKey}. */
	Task openTask(ProcessInstance instance, String taskKey) {
		Task open = task(taskKey, instance);
		assertThat(open).as("open task '%s'", taskKey).isNotNull();
		return open;
	}

	/**
	 * The task went to the people the step's approver rule finds in the demo
	 * organisation: one person is its assignee, several are candidates (any one of them
	 * claims it).
	 */
	void assertApprovers(Task task, String... people) {
		List<String> candidates = engine.getTaskService()
			.getIdentityLinksForTask(task.getId())
			.stream()
			.filter(link -> "candidate".equals(link.getType()) && link.getUserId() != null)
			.map(org.camunda.bpm.engine.task.IdentityLink::getUserId)
			.toList();
		if (people.length == 1) {
			assertThat(task.getAssignee()).as("assignee of %s", task.getTaskDefinitionKey()).isEqualTo(people[0]);
			assertThat(candidates).as("candidates of %s", task.getTaskDefinitionKey()).isEmpty();
		}
		else {
			assertThat(task.getAssignee()).as("assignee of %s", task.getTaskDefinitionKey()).isNull();
			assertThat(candidates).as("candidates of %s", task.getTaskDefinitionKey())
				.containsExactlyInAnyOrder(people);
		}
	}

	void reject(Task task) {
		engine.getTaskService().handleBpmnError(task.getId(), REJECTED);
	}

	/**
	 * The instance ended through the reject path, without reaching
	 * {@code stepsNotReached} or the completed end.
	 */
	void assertRejected(ProcessInstance instance, String... stepsNotReached) {
		List<String> notPassed = new ArrayList<>(List.of(stepsNotReached));
		notPassed.add("EndEvent_Completed");
		assertThat(instance).isEnded()
			.hasPassed("StartEvent_Rejected", "EndEvent_Rejected")
			.hasNotPassed(notPassed.toArray(String[]::new));
	}

	/**
	 * The start event references {@code formId} by deployment binding, and that form is
	 * deployed with the process.
	 */
	void assertStartForm(ProcessDefinition definition, String formId) {
		BpmnModelInstance model = engine.getRepositoryService().getBpmnModelInstance(definition.getId());
		StartEvent start = model.getModelElementById("StartEvent_RequestSubmitted");
		assertThat(start.getCamundaFormRef()).as("formRef of the start event").isEqualTo(formId);
		assertThat(start.getCamundaFormRefBinding()).as("formRefBinding of the start event").isEqualTo("deployment");
		assertThat(formIdOf(engine.getFormService().getDeployedStartForm(definition.getId())))
			.as("id of the deployed start form")
			.isEqualTo(start.getCamundaFormRef());
	}

	/**
	 * The task's model element references {@code formId} by deployment binding, and the
	 * task resolves that form.
	 */
	void assertTaskForm(Task task, String formId) {
		BpmnModelInstance model = engine.getRepositoryService().getBpmnModelInstance(task.getProcessDefinitionId());
		UserTask userTask = model.getModelElementById(task.getTaskDefinitionKey());
		assertThat(userTask.getCamundaFormRef()).as("formRef of %s", task.getTaskDefinitionKey()).isEqualTo(formId);
		assertThat(userTask.getCamundaFormRefBinding()).as("formRefBinding of %s", task.getTaskDefinitionKey())
			.isEqualTo("deployment");
		assertThat(formIdOf(engine.getFormService().getDeployedTaskForm(task.getId())))
			.as("id of the form deployed for %s", task.getTaskDefinitionKey())
			.isEqualTo(userTask.getCamundaFormRef());
	}

	/** Resource names of the deployment that holds the latest version of the process. */
	private List<String> deploymentResources(ProcessDefinition definition) {
		return engine.getRepositoryService().getDeploymentResourceNames(definition.getDeploymentId());
	}

	private String deploymentName(ProcessDefinition definition) {
		return engine.getRepositoryService()
			.createDeploymentQuery()
			.deploymentId(definition.getDeploymentId())
			.singleResult()
			.getName();
	}

	private static String formIdOf(InputStream form) {
		assertThat(form).as("deployed form").isNotNull();
		try (form) {
			JsonNode json = JSON.readTree(form);
			return json.path("id").asText(null);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
