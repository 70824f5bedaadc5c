package dev.baton.engine;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
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

}
