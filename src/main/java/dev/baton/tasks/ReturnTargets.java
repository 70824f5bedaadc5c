package dev.baton.tasks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.stereotype.Component;

/**
 * Where a request may be sent back to from a task: the initiator (when the model has a
 * step marked {@code baton.return-target=initiator}, where they revise and resubmit), or
 * any earlier step this request has completed.
 */
@Component
class ReturnTargets {

	static final String INITIATOR = "initiator";
	static final String RETURN_TARGET_PROPERTY = "baton.return-target";

	private final HistoryService historyService;

	private final RepositoryService repositoryService;

	ReturnTargets(HistoryService historyService, RepositoryService repositoryService) {
		this.historyService = historyService;
		this.repositoryService = repositoryService;
	}

	record Target(String stepId, String name) {
	}

	List<Target> of(Task task) {
		List<Target> targets = new ArrayList<>();
		String initiatorStep = initiatorStep(task.getProcessDefinitionId());
		if (initiatorStep != null) {
			targets.add(new Target(INITIATOR, null));
		}
		Map<String, String> earlier = new LinkedHashMap<>();
		for (HistoricActivityInstance step : historyService.createHistoricActivityInstanceQuery()
			.processInstanceId(task.getProcessInstanceId())
			.activityType("userTask")
			.finished()
			.orderByHistoricActivityInstanceStartTime()
			.asc()
			.list()) {
			if (!step.isCanceled() && !step.getActivityId().equals(task.getTaskDefinitionKey())
					&& !step.getActivityId().equals(initiatorStep)) {
				earlier.putIfAbsent(step.getActivityId(), step.getActivityName());
			}
		}
		earlier.forEach((id, name) -> targets.add(new Target(id, name)));
		return targets;
	}

	/**
	 * The model step a target id stands for, or {@code null} if it is not a target of
	 * this task.
	 */
	String stepFor(Task task, String targetId) {
		for (Target target : of(task)) {
			if (target.stepId().equals(targetId)) {
				return INITIATOR.equals(targetId) ? initiatorStep(task.getProcessDefinitionId()) : targetId;
			}
		}
		return null;
	}

	private String initiatorStep(String processDefinitionId) {
		BpmnModelInstance model = repositoryService.getBpmnModelInstance(processDefinitionId);
		for (UserTask userTask : model.getModelElementsByType(UserTask.class)) {
			if (userTask.getExtensionElements() == null) {
				continue;
			}
			boolean marked = userTask.getExtensionElements()
				.getElementsQuery()
				.filterByType(org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties.class)
				.list()
				.stream()
				.flatMap(properties -> properties.getCamundaProperties().stream())
				.anyMatch(property -> RETURN_TARGET_PROPERTY.equals(property.getCamundaName())
						&& INITIATOR.equals(property.getCamundaValue()));
			if (marked) {
				return userTask.getId();
			}
		}
		return null;
	}

}
