package dev.baton.security;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import dev.baton.security.EngineRestWrite.Target;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.externaltask.ExternalTask;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.Execution;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/**
 * Which requests an engine call concerns, told from its path (a process instance, a task,
 * an execution, a job, an incident, an external task or a historic variable by id) and
 * from its JSON body ({@code processInstanceId}, {@code processInstanceIds},
 * {@code historicProcessInstanceIds}). Looked up before the call runs, so that a call
 * that deletes the request can still be recorded against it.
 */
final class EngineRestTargets {

	/**
	 * More ids than this in one batch call are recorded as one entry without a request.
	 */
	static final int MAX_TARGETS = 100;

	/** Literal path segments where an id could stand (batch and count operations). */
	private static final Set<String> NOT_IDS = Set.of("count", "delete", "suspended", "create", "retries",
			"retries-async", "fetchAndLock", "job-retries", "variables-async", "message-async", "suspended-async",
			"set-removal-time", "report", "delete-historic-query-based", "job-retries-historic-query-based");

	private final RuntimeService runtime;

	private final HistoryService history;

	private final TaskService tasks;

	private final ManagementService management;

	private final ExternalTaskService externalTasks;

	EngineRestTargets(RuntimeService runtime, HistoryService history, TaskService tasks, ManagementService management,
			ExternalTaskService externalTasks) {
		this.runtime = runtime;
		this.history = history;
		this.tasks = tasks;
		this.management = management;
		this.externalTasks = externalTasks;
	}

	List<Target> of(String path, JsonNode body) {
		String[] segments = path.substring(1).split("/");
		String targetUser = body == null ? null : text(body, "userId");
		if (targetUser == null && body != null) {
			targetUser = text(body, "groupId");
		}
		Target fromPath = fromPath(segments, targetUser);
		if (fromPath != null) {
			return List.of(fromPath);
		}
		Set<String> instanceIds = new LinkedHashSet<>();
		if (body != null) {
			addText(instanceIds, body.get("processInstanceId"));
			addAll(instanceIds, body.get("processInstanceIds"));
			addAll(instanceIds, body.get("historicProcessInstanceIds"));
		}
		if (instanceIds.isEmpty() || instanceIds.size() > MAX_TARGETS) {
			return List.of();
		}
		List<Target> targets = new ArrayList<>();
		for (String id : instanceIds) {
			targets.add(instance(id, null, null, null, null));
		}
		return targets;
	}

	private Target fromPath(String[] segments, String targetUser) {
		if (segments.length < 2) {
			return null;
		}
		String kind = segments[0];
		String id = segments[1];
		if (kind.equals("history") && segments.length >= 3) {
			return switch (segments[1]) {
				case "process-instance" ->
					idSegment(segments[2]) ? instance(segments[2], null, null, null, null) : null;
				case "variable-instance" -> idSegment(segments[2]) ? historicVariable(segments[2]) : null;
				default -> null;
			};
		}
		if (!idSegment(id)) {
			return null;
		}
		return switch (kind) {
			case "process-instance" -> instance(id, null, null, null, targetUser);
			case "task" -> task(id, targetUser);
			case "execution" -> execution(id);
			case "job" -> job(id);
			case "incident" -> incident(id);
			case "external-task" -> externalTask(id);
			default -> null;
		};
	}

	private static boolean idSegment(String segment) {
		return !NOT_IDS.contains(segment);
	}

	private Target task(String taskId, String targetUser) {
		Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
		if (task != null) {
			return instance(task.getProcessInstanceId(), task.getId(), task.getTaskDefinitionKey(), task.getName(),
					targetUser);
		}
		HistoricTaskInstance done = history.createHistoricTaskInstanceQuery().taskId(taskId).singleResult();
		return done == null ? null : instance(done.getProcessInstanceId(), done.getId(), done.getTaskDefinitionKey(),
				done.getName(), targetUser);
	}

	private Target execution(String executionId) {
		Execution execution = runtime.createExecutionQuery().executionId(executionId).singleResult();
		return execution == null ? null : instance(execution.getProcessInstanceId(), null, null, null, null);
	}

	private Target job(String jobId) {
		Job job = management.createJobQuery().jobId(jobId).singleResult();
		return job == null || job.getProcessInstanceId() == null ? null
				: instance(job.getProcessInstanceId(), null, null, null, null);
	}

	private Target incident(String incidentId) {
		Incident incident = runtime.createIncidentQuery().incidentId(incidentId).singleResult();
		return incident == null || incident.getProcessInstanceId() == null ? null
				: instance(incident.getProcessInstanceId(), null, null, null, null);
	}

	private Target externalTask(String externalTaskId) {
		ExternalTask task = externalTasks.createExternalTaskQuery().externalTaskId(externalTaskId).singleResult();
		return task == null ? null : instance(task.getProcessInstanceId(), null, null, null, null);
	}

	private Target historicVariable(String variableId) {
		HistoricVariableInstance variable = history.createHistoricVariableInstanceQuery()
			.variableId(variableId)
			.singleResult();
		return variable == null || variable.getProcessInstanceId() == null ? null
				: instance(variable.getProcessInstanceId(), null, null, null, null);
	}

	/**
	 * The request with its business key and definition, from the running instance or its
	 * history; the id alone when neither knows it.
	 */
	private Target instance(String instanceId, String taskId, String stepId, String stepName, String targetUser) {
		if (instanceId == null) {
			return null;
		}
		ProcessInstance running = runtime.createProcessInstanceQuery().processInstanceId(instanceId).singleResult();
		if (running != null) {
			return new Target(instanceId, running.getBusinessKey(), running.getProcessDefinitionId(), taskId, stepId,
					stepName, targetUser);
		}
		HistoricProcessInstance past = history.createHistoricProcessInstanceQuery()
			.processInstanceId(instanceId)
			.singleResult();
		return past == null ? new Target(instanceId, null, null, taskId, stepId, stepName, targetUser) : new Target(
				instanceId, past.getBusinessKey(), past.getProcessDefinitionId(), taskId, stepId, stepName, targetUser);
	}

	private static String text(JsonNode body, String field) {
		JsonNode value = body.get(field);
		return value != null && value.isTextual() && !value.asText().isBlank() ? value.asText() : null;
	}

	private static void addText(Set<String> ids, JsonNode value) {
		if (value != null && value.isTextual() && !value.asText().isBlank()) {
			ids.add(value.asText());
		}
	}

	private static void addAll(Set<String> ids, JsonNode values) {
		if (values != null && values.isArray()) {
			values.forEach(value -> addText(ids, value));
		}
	}

	/**
	 * The task or process instance that a call Baton refuses to administrators names
	 * (completing a task, commenting), when it does not exist: such a call is a 404, like
	 * every call on an unknown id, before the refusal. Answered as its path.
	 */
	java.util.Optional<String> missing(String path) {
		String[] segments = path.split("/");
		if (segments.length < 3) {
			return java.util.Optional.empty();
		}
		String id = segments[2];
		boolean missing = switch (segments[1]) {
			case "task" -> !id.equals("create") && tasks.createTaskQuery().taskId(id).count() == 0;
			case "process-instance" -> runtime.createProcessInstanceQuery().processInstanceId(id).count() == 0;
			default -> false;
		};
		return missing ? java.util.Optional.of("/" + segments[1] + "/" + id) : java.util.Optional.empty();
	}

}
