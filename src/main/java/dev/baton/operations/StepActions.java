package dev.baton.operations;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import dev.baton.directory.Directory;
import dev.baton.directory.Person;
import dev.baton.modeling.ProcessCatalog;
import dev.baton.web.ProblemException;
import dev.baton.web.ProblemException.FieldProblem;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.ProcessInstanceModificationBuilder;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * An administrator's actions on a step of a running request: give it to another person,
 * retry what failed at it, move the request to another step. Each checks that the request
 * is where the administrator saw it, else 409 saying what changed.
 */
@Component
class StepActions {

	static final String REASSIGN = "admin-reassign";
	static final String RETRY = "admin-retry";
	static final String JUMP = "admin-jump";

	private final AdminAction action;

	private final TaskService taskService;

	private final RuntimeService runtimeService;

	private final ManagementService managementService;

	private final RepositoryService repositoryService;

	private final Directory directory;

	private final ProcessCatalog catalog;

	StepActions(AdminAction action, TaskService taskService, RuntimeService runtimeService,
			ManagementService managementService, RepositoryService repositoryService, Directory directory,
			ProcessCatalog catalog) {
		this.action = action;
		this.taskService = taskService;
		this.runtimeService = runtimeService;
		this.managementService = managementService;
		this.repositoryService = repositoryService;
		this.directory = directory;
		this.catalog = catalog;
	}

	/** Gives the step's task to an active person. */
	void reassign(String requestId, String taskId, String assigneeId, String reason) {
		List<FieldProblem> problems = new java.util.ArrayList<>();
		if (blank(taskId)) {
			problems.add(new FieldProblem("taskId", "operations.field.required"));
		}
		Person assignee = blank(assigneeId) ? null
				: directory.person(assigneeId.strip()).filter(Person::active).orElse(null);
		if (blank(assigneeId)) {
			problems.add(new FieldProblem("assigneeId", "operations.field.required"));
		}
		else if (assignee == null) {
			problems.add(new FieldProblem("assigneeId", "operations.reassign.unknownPerson", assigneeId.strip()));
		}
		action.run(requestId, reason, AdminAction.Needs.ACTIVE, problems, target -> {
			Task task = taskService.createTaskQuery()
				.processInstanceId(target.processInstanceId())
				.taskId(taskId)
				.singleResult();
			if (task == null) {
				throw new ProblemException(HttpStatus.CONFLICT, "operations.changed.taskGone");
			}
			if (assignee.id().equals(task.getAssignee())) {
				throw new ProblemException(HttpStatus.BAD_REQUEST, "error.invalidFields",
						List.of(new FieldProblem("assigneeId", "operations.reassign.same", assignee.displayName())));
			}
			action.record(target, REASSIGN, task.getTaskDefinitionKey(), task.getName(), task.getId(), assignee.id());
			taskService.setAssignee(task.getId(), assignee.id());
		});
	}

	/**
	 * Runs a failed job again (one retry), or enters a step that found no approver again
	 * (its rule asks the organisation anew).
	 */
	void retry(String requestId, String incidentId, String reason) {
		List<FieldProblem> problems = blank(incidentId)
				? List.of(new FieldProblem("incidentId", "operations.field.required")) : List.of();
		action.run(requestId, reason, AdminAction.Needs.ACTIVE, problems, target -> {
			Incident incident = runtimeService.createIncidentQuery()
				.processInstanceId(target.processInstanceId())
				.incidentId(incidentId)
				.singleResult();
			if (incident == null) {
				throw new ProblemException(HttpStatus.CONFLICT, "operations.changed.incidentGone");
			}
			if (!Incidents.retryable(incident)) {
				throw new ProblemException(HttpStatus.CONFLICT, "operations.retry.notPossible");
			}
			action.record(target, RETRY, incident.getActivityId(), ledgerName(target, incident.getActivityId()), null,
					null);
			if (Incident.FAILED_JOB_HANDLER_TYPE.equals(incident.getIncidentType())) {
				managementService.setJobRetries(incident.getConfiguration(), 1);
			}
			else {
				// the incident may sit on the instance's own execution, which the step's
				// new activity instance reuses: resolved first, so that only a new one
				// (the rule still finds nobody) remains
				String stuck = incidentActivityInstance(target.processInstanceId(), incident);
				runtimeService.resolveIncident(incident.getId());
				runtimeService.createProcessInstanceModification(target.processInstanceId())
					.startBeforeActivity(incident.getActivityId())
					.cancelActivityInstance(stuck)
					.execute();
			}
		});
	}

	/**
	 * Moves the request from where the administrator saw it to the target step: the
	 * target is entered, then every activity it waited in is left.
	 */
	void jump(String requestId, List<String> fromStepIds, String targetStepId, String reason) {
		List<FieldProblem> problems = new java.util.ArrayList<>();
		if (fromStepIds == null) {
			problems.add(new FieldProblem("fromStepIds", "operations.field.required"));
		}
		if (blank(targetStepId)) {
			problems.add(new FieldProblem("targetStepId", "operations.field.required"));
		}
		action.run(requestId, reason, AdminAction.Needs.ACTIVE, problems, target -> {
			String definitionId = target.request().processDefinitionId();
			FlowElement element = repositoryService.getBpmnModelInstance(definitionId)
				.getModelElementById(targetStepId);
			if (!(element instanceof Activity)) {
				throw new ProblemException(HttpStatus.BAD_REQUEST, "error.invalidFields",
						List.of(new FieldProblem("targetStepId", "operations.jump.notAStep", targetStepId)));
			}
			ActivePlaces now = ActivePlaces.of(runtimeService.getActivityInstance(target.processInstanceId()));
			Set<String> saw = new LinkedHashSet<>(fromStepIds);
			if (!saw.equals(now.activityIds())) {
				throw new ProblemException(HttpStatus.CONFLICT, "operations.changed.steps",
						String.join(", ", now.activityIds().stream().map(id -> stepName(target, id)).toList()));
			}
			action.record(target, JUMP, targetStepId, ledgerName(target, targetStepId), null, null);
			ProcessInstanceModificationBuilder modification = runtimeService
				.createProcessInstanceModification(target.processInstanceId())
				.startBeforeActivity(targetStepId);
			now.activityInstanceIds().forEach(modification::cancelActivityInstance);
			now.transitionInstanceIds().forEach(modification::cancelTransitionInstance);
			modification.execute();
		});
	}

	private String incidentActivityInstance(String processInstanceId, Incident incident) {
		String found = find(runtimeService.getActivityInstance(processInstanceId), incident.getActivityId());
		if (found == null) {
			throw new ProblemException(HttpStatus.CONFLICT, "operations.changed.incidentGone");
		}
		return found;
	}

	private static String find(org.camunda.bpm.engine.runtime.ActivityInstance instance, String activityId) {
		if (instance == null) {
			return null;
		}
		if (activityId.equals(instance.getActivityId())) {
			return instance.getId();
		}
		for (org.camunda.bpm.engine.runtime.ActivityInstance child : instance.getChildActivityInstances()) {
			String found = find(child, activityId);
			if (found != null) {
				return found;
			}
		}
		return null;
	}

	/** A step's name in the caller's language. */
	private String stepName(AdminAction.Target target, String stepId) {
		Locale locale = LocaleContextHolder.getLocale();
		return RequestRows.stepName(catalog.of(target.request().processDefinitionId()), stepId, null, locale);
	}

	/** A step's name as the ledger keeps it: as designed (the timeline translates it). */
	private String ledgerName(AdminAction.Target target, String stepId) {
		return catalog.of(target.request().processDefinitionId()).step(stepId).zh();
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

}
