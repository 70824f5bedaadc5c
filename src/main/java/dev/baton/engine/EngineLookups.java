package dev.baton.engine;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Reads one engine row by its primary key. The engine's query API
 * ({@code createTaskQuery()
 * .taskId(id)}) builds its SQL from a mapping with dozens of conditions evaluated on
 * every call, which costs more CPU than the database's work for a single row; the
 * approval path asks "this task" and "this request's business key" on every action, so it
 * asks the engine's own by-id lookups instead (a plain {@code SELECT … WHERE ID_ = ?}).
 * The rows are what the query API would return: the engine's entities, detached once the
 * command ends.
 */
@Component
public class EngineLookups {

	private final CommandExecutor commands;

	EngineLookups(ProcessEngine engine) {
		this.commands = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
			.getCommandExecutorTxRequired();
	}

	/** The open task with this id, or {@code null}. */
	public Task task(String taskId) {
		if (taskId == null) {
			return null;
		}
		return commands.execute(context -> context.getTaskManager().findTaskById(taskId));
	}

	/** The business key of a running process instance, or {@code null}. */
	public String businessKey(String processInstanceId) {
		if (processInstanceId == null) {
			return null;
		}
		return commands.execute(context -> {
			ExecutionEntity instance = context.getExecutionManager().findExecutionById(processInstanceId);
			return instance == null ? null : instance.getBusinessKey();
		});
	}

	/**
	 * An open task with what a decision on it reads: the request's business key, all the
	 * request's variables and the named task-local variables — in one engine command, so
	 * that the task, its process instance and its definition are each read once.
	 * {@code null} if the task is not open.
	 */
	public TaskAtHand taskAtHand(String taskId, Collection<String> localNames) {
		if (taskId == null) {
			return null;
		}
		return commands.execute(context -> {
			TaskEntity task = context.getTaskManager().findTaskById(taskId);
			if (task == null) {
				return null;
			}
			ExecutionEntity instance = task.getProcessInstance();
			Map<String, Object> requestVariables = instance == null ? new HashMap<>()
					: new HashMap<>(instance.getVariables());
			Map<String, Object> taskVariables = new HashMap<>();
			for (String name : localNames) {
				Object value = task.getVariableLocal(name);
				if (value != null) {
					taskVariables.put(name, value);
				}
			}
			return new TaskAtHand(task, instance == null ? null : instance.getBusinessKey(), requestVariables,
					taskVariables);
		});
	}

	/**
	 * An open task as a decision needs it.
	 *
	 * @param requestVariables the process instance's variables, values deserialised
	 * @param taskVariables the task-local variables asked for that are set
	 */
	public record TaskAtHand(Task task, String businessKey, Map<String, Object> requestVariables,
			Map<String, Object> taskVariables) {
	}

}
