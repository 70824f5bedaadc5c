package dev.baton.forms;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.GetDeployedTaskFormCmd;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractGetDeployedFormCmd;
import org.camunda.bpm.engine.impl.cmd.GetDeployedStartFormCmd;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
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
 * <p>
 * A form that is not a Baton form — not a form-js schema, or one with components Baton
 * neither renders nor validates ({@link SupportedComponents}; a model deployed from
 * Camunda Modeler may link one) — counts as no form: its step shows the request's data
 * read-only and is decided with a comment, like a step without form. Logged once per
 * form.
 */
@Component
class DeployedFormSchemas implements FormSchemas {

	private static final Logger log = LoggerFactory.getLogger(DeployedFormSchemas.class);

	private static final ObjectMapper JSON = new ObjectMapper();

	private final CommandExecutor commands;

	private final RepositoryService repositoryService;

	/** The forms that are not Baton forms, each logged once. */
	private static final Set<String> foreign = ConcurrentHashMap.newKeySet();

	/** A deployed version never changes: its forms are read once. */
	private final Map<String, VersionForms> versions = new ConcurrentHashMap<>();

	/**
	 * Per version, the steps whose form the engine resolves the same way every time,
	 * known from the model: a form bound to the version's own deployment
	 * ({@code camunda:formRefBinding="deployment"}, what Baton publishes) or no form at
	 * all. Their forms are answered from here without asking the engine; the key
	 * {@link #START} is the version's start form.
	 */
	private final Map<String, Map<String, Optional<JsonNode>>> fixedForms = new ConcurrentHashMap<>();

	private static final String START = "";

	DeployedFormSchemas(ProcessEngine engine) {
		this.commands = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
			.getCommandExecutorTxRequired();
		this.repositoryService = engine.getRepositoryService();
	}

	@Override
	public VersionForms versionForms(String processDefinitionId) {
		if (processDefinitionId == null) {
			return VersionForms.NONE;
		}
		VersionForms known = versions.get(processDefinitionId);
		if (known != null) {
			return known;
		}
		ProcessDefinition definition;
		try {
			definition = repositoryService.getProcessDefinition(processDefinitionId);
		}
		catch (ProcessEngineException missing) {
			return VersionForms.NONE;
		}
		Map<String, Optional<JsonNode>> fixed = new HashMap<>();
		VersionForms forms = read(definition, fixed);
		fixedForms.putIfAbsent(processDefinitionId, Map.copyOf(fixed));
		versions.putIfAbsent(processDefinitionId, forms);
		return forms;
	}

	private VersionForms read(ProcessDefinition definition, Map<String, Optional<JsonNode>> fixed) {
		Map<String, JsonNode> formsById = new LinkedHashMap<>();
		for (String name : repositoryService.getDeploymentResourceNames(definition.getDeploymentId())) {
			// the engine deploys a resource as a form when its name ends with "form"
			if (!name.endsWith("form")) {
				continue;
			}
			try (InputStream in = repositoryService.getResourceAsStream(definition.getDeploymentId(), name)) {
				JsonNode schema = JSON.readTree(in);
				if (schema != null && schema.isObject() && schema.path("components").isArray()
						&& schema.path("id").isTextual()
						&& isBatonForm(schema, "deployment " + definition.getDeploymentId())) {
					formsById.putIfAbsent(schema.path("id").asText(), schema);
				}
			}
			catch (IOException notJson) {
				log.warn("The form {} of deployment {} is not valid JSON", name, definition.getDeploymentId());
			}
		}
		Map<String, String> formIdByStep = new LinkedHashMap<>();
		String startStepId = null;
		BpmnModelInstance model = repositoryService.getBpmnModelInstance(definition.getId());
		Process process = model == null ? null : model.getModelElementById(definition.getKey());
		if (process != null) {
			for (StartEvent start : process.getChildElementsByType(StartEvent.class)) {
				if (start.getEventDefinitions().isEmpty() && start.getCamundaFormRef() != null) {
					startStepId = start.getId();
					bind(formIdByStep, formsById, start.getId(), start.getCamundaFormRef());
					break;
				}
			}
			for (UserTask task : model.getModelElementsByType(UserTask.class)) {
				bind(formIdByStep, formsById, task.getId(), task.getCamundaFormRef());
				fix(fixed, formsById, task.getId(), task.getCamundaFormKey(), task.getCamundaFormRef(),
						task.getCamundaFormRefBinding());
			}
			List<StartEvent> initial = process.getChildElementsByType(StartEvent.class)
				.stream()
				.filter(event -> event.getEventDefinitions().isEmpty())
				.toList();
			if (initial.size() == 1) {
				StartEvent start = initial.get(0);
				fix(fixed, formsById, START, start.getCamundaFormKey(), start.getCamundaFormRef(),
						start.getCamundaFormRefBinding());
			}
		}
		if (startStepId == null || !formIdByStep.containsKey(startStepId)) {
			// a start form the deployment does not hold itself (bound to the latest form
			// …)
			Optional<JsonNode> start = startFormFromEngine(definition.getId());
			if (start.isPresent() && start.get().path("id").isTextual()) {
				String formId = start.get().path("id").asText();
				formsById.putIfAbsent(formId, start.get());
				if (startStepId == null && process != null) {
					startStepId = process.getChildElementsByType(StartEvent.class)
						.stream()
						.filter(event -> event.getEventDefinitions().isEmpty())
						.map(StartEvent::getId)
						.findFirst()
						.orElse(null);
				}
				if (startStepId != null) {
					Map<String, String> ordered = new LinkedHashMap<>();
					ordered.put(startStepId, formId);
					ordered.putAll(formIdByStep);
					formIdByStep = ordered;
				}
			}
		}
		return new VersionForms(formIdByStep, formsById, startStepId);
	}

	/**
	 * A step's form when the deployment holds it: what Baton publishes (the deployment
	 * binding); with another binding, the form deployed with the version still labels its
	 * data best.
	 */
	private static void bind(Map<String, String> formIdByStep, Map<String, JsonNode> formsById, String stepId,
			String formRef) {
		if (formRef != null && formsById.containsKey(formRef.trim())) {
			formIdByStep.put(stepId, formRef.trim());
		}
	}

	/**
	 * Records a step's form when the engine always resolves it to the same answer: none
	 * (no form key, no form reference), or a form of the version's own deployment.
	 */
	private static void fix(Map<String, Optional<JsonNode>> fixed, Map<String, JsonNode> formsById, String stepId,
			String formKey, String formRef, String binding) {
		if (formKey == null && formRef == null) {
			fixed.put(stepId, Optional.empty());
		}
		else if (formKey == null && "deployment".equals(binding) && formsById.containsKey(formRef)) {
			fixed.put(stepId, Optional.of(formsById.get(formRef)));
		}
	}

	/** The form the model fixes for a step of a version, or {@code null} if not fixed. */
	private Optional<JsonNode> fixedForm(String processDefinitionId, String stepId) {
		if (processDefinitionId == null || stepId == null) {
			return null;
		}
		versionForms(processDefinitionId); // reads the version once
		Map<String, Optional<JsonNode>> fixed = fixedForms.get(processDefinitionId);
		return fixed == null ? null : fixed.get(stepId);
	}

	@Override
	public Optional<JsonNode> startForm(String processDefinitionId) {
		if (processDefinitionId == null) {
			return Optional.empty();
		}
		Optional<JsonNode> fixed = fixedForm(processDefinitionId, START);
		if (fixed != null) {
			return fixed.map(JsonNode::deepCopy);
		}
		return startFormFromEngine(processDefinitionId);
	}

	private Optional<JsonNode> startFormFromEngine(String processDefinitionId) {
		byte[] form = commands
			.execute(context -> deployedForm(new GetDeployedStartFormCmd(processDefinitionId), context));
		return parse(form, "process definition " + processDefinitionId);
	}

	@Override
	public Optional<JsonNode> taskForm(Task task) {
		Optional<JsonNode> fixed = fixedForm(task.getProcessDefinitionId(), task.getTaskDefinitionKey());
		if (fixed != null) {
			return fixed.map(JsonNode::deepCopy);
		}
		return taskForm(task.getId());
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
			return isBatonForm(schema, owner) ? Optional.of(schema) : Optional.empty();
		}
		catch (IOException e) {
			log.warn("The form deployed for {} is not valid JSON: {}", owner, e.getMessage());
			return Optional.empty();
		}
	}

	/**
	 * Whether Baton renders and validates every component of the schema; a form with
	 * others is logged once (by its id) and used as no form.
	 */
	private static boolean isBatonForm(JsonNode schema, String owner) {
		List<SupportedComponents.Unsupported> unsupported = SupportedComponents.in(schema);
		if (unsupported.isEmpty()) {
			return true;
		}
		if (foreign.add(schema.path("id").asText(owner))) {
			log.warn(
					"The form {} deployed for {} is not a Baton form ({} components Baton does not support, e.g. {}); "
							+ "its steps are shown without form",
					schema.path("id").asText("?"), owner, unsupported.size(), unsupported.get(0).type());
		}
		return false;
	}

}
