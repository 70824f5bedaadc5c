package dev.baton.forms;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Reads the form that the engine resolves for a process version or a task: the deployed
 * resource, never a file.
 */
@Component
class DeployedFormSchemas implements FormSchemas {

	private static final Logger log = LoggerFactory.getLogger(DeployedFormSchemas.class);

	private static final ObjectMapper JSON = new ObjectMapper();

	private final FormService formService;

	private final TaskService taskService;

	DeployedFormSchemas(FormService formService, TaskService taskService) {
		this.formService = formService;
		this.taskService = taskService;
	}

	@Override
	public Optional<JsonNode> startForm(String processDefinitionId) {
		return processDefinitionId == null ? Optional.empty()
				: read(() -> formService.getDeployedStartForm(processDefinitionId),
						"process definition " + processDefinitionId);
	}

	@Override
	public Optional<JsonNode> taskForm(String taskId) {
		// Camunda 7.24 answers a missing task with a NullPointerException from its
		// authorization
		// check instead of a NullValueException: look first, and treat the race the same
		// way
		if (taskId == null || taskService.createTaskQuery().taskId(taskId).count() == 0) {
			return Optional.empty();
		}
		try {
			return read(() -> formService.getDeployedTaskForm(taskId), "task " + taskId);
		}
		catch (NullPointerException e) {
			if (taskService.createTaskQuery().taskId(taskId).count() == 0) {
				return Optional.empty();
			}
			throw e;
		}
	}

	private static Optional<JsonNode> read(Supplier<InputStream> form, String owner) {
		// a missing task or definition is a NullValueException; no form at all, a form
		// key that is
		// not deployed, or a form reference that finds nothing is a
		// BadUserRequestException
		// (NotFoundException is one); authorization failures are not caught
		try (InputStream in = form.get()) {
			JsonNode schema = JSON.readTree(in);
			if (schema == null || !schema.isObject() || !schema.path("components").isArray()) {
				log.warn("The form deployed for {} is not a form-js schema", owner);
				return Optional.empty();
			}
			return Optional.of(schema);
		}
		catch (NullValueException | BadUserRequestException e) {
			return Optional.empty();
		}
		catch (IOException e) {
			log.warn("The form deployed for {} is not valid JSON: {}", owner, e.getMessage());
			return Optional.empty();
		}
	}

}
