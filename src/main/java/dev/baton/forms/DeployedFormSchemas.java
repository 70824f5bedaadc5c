package dev.baton.forms;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.GetDeployedTaskFormCmd;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractGetDeployedFormCmd;
import org.camunda.bpm.engine.impl.cmd.GetDeployedStartFormCmd;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Reads the form that the engine resolves for a process version or a task: the deployed
 * resource, never a file.
 * <p>
 * A step without a form (a model drawn in Camunda Modeler, an approval step that shows
 * the start form's data) is normal, not an error. The engine answers it, like a form
 * reference that finds nothing, with an exception. Thrown out of a {@code FormService}
 * call, that exception passes the engine's Spring transaction interceptor, which marks
 * the caller's transaction rollback-only, so a decision on such a step would fail at
 * commit with "Transaction silently rolled back" although nothing went wrong. The form is
 * therefore read inside one engine command that treats "no form" as an answer: nothing
 * leaves the command, and the caller's transaction stays intact.
 */
@Component
class DeployedFormSchemas implements FormSchemas {

	private static final Logger log = LoggerFactory.getLogger(DeployedFormSchemas.class);

	private static final ObjectMapper JSON = new ObjectMapper();

	private final CommandExecutor commands;

	DeployedFormSchemas(ProcessEngine engine) {
		this.commands = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
			.getCommandExecutorTxRequired();
	}

	@Override
	public Optional<JsonNode> startForm(String processDefinitionId) {
		if (processDefinitionId == null) {
			return Optional.empty();
		}
		byte[] form = commands
			.execute(context -> deployedForm(new GetDeployedStartFormCmd(processDefinitionId), context));
		return parse(form, "process definition " + processDefinitionId);
	}

	@Override
	public Optional<JsonNode> taskForm(String taskId) {
		if (taskId == null) {
			return Optional.empty();
		}
		// look for the task first: Camunda 7.24 answers a missing task with a
		// NullPointerException from its authorization check
		byte[] form = commands.execute(context -> context.getTaskManager().findTaskById(taskId) == null ? null
				: deployedForm(new GetDeployedTaskFormCmd(taskId), context));
		return parse(form, "task " + taskId);
	}

	/**
	 * The deployed form's bytes, or {@code null} when there is none: no form at all, a
	 * form reference or key that finds nothing ({@link BadUserRequestException}, which
	 * NotFoundException is), or a definition or task that is gone
	 * ({@link NullValueException}). Authorization failures are not caught.
	 */
	private static byte[] deployedForm(AbstractGetDeployedFormCmd read, CommandContext context) {
		try (InputStream in = read.execute(context)) {
			return in == null ? null : in.readAllBytes();
		}
		catch (NullValueException | BadUserRequestException noForm) {
			return null;
		}
		catch (IOException unreadable) {
			throw new java.io.UncheckedIOException(unreadable);
		}
	}

	private static Optional<JsonNode> parse(byte[] form, String owner) {
		if (form == null) {
			return Optional.empty();
		}
		try {
			JsonNode schema = JSON.readTree(form);
			if (schema == null || !schema.isObject() || !schema.path("components").isArray()) {
				log.warn("The form deployed for {} is not a form-js schema", owner);
				return Optional.empty();
			}
			return Optional.of(schema);
		}
		catch (IOException e) {
			log.warn("The form deployed for {} is not valid JSON: {}", owner, e.getMessage());
			return Optional.empty();
		}
	}

}
