package dev.baton.tasks;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.baton.modeling.ProcessCatalog.Localized;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.springframework.stereotype.Component;

/**
 * Process and step names in Chinese and English, per process definition: the BPMN
 * {@code name} and the {@code baton.name.en} extension property of the process and of
 * each user task. A deployed definition never changes, so each is read once from the
 * engine and kept.
 */
@Component
class InboxProcessNames {

	static final String ENGLISH_NAME = "baton.name.en";

	private final RepositoryService repository;

	private final Map<String, Names> byDefinition = new ConcurrentHashMap<>();

	InboxProcessNames(RepositoryService repository) {
		this.repository = repository;
	}

	/** The process's names; {@code null} for a standalone task. */
	Localized process(String processDefinitionId) {
		Names names = names(processDefinitionId);
		return names == null ? null : names.process;
	}

	/**
	 * The task's name as the engine has it, with its step's English name from the model;
	 * a step without a name (a model Baton did not write) by its id.
	 */
	Localized step(String processDefinitionId, String stepId, String taskName) {
		Names names = names(processDefinitionId);
		String english = names == null || stepId == null ? null : names.stepsEnglish.get(stepId);
		String name = taskName == null || taskName.isBlank() ? stepId : taskName;
		return new Localized(name, english == null ? name : english);
	}

	private Names names(String processDefinitionId) {
		if (processDefinitionId == null) {
			return null;
		}
		Names known = byDefinition.get(processDefinitionId);
		if (known != null) {
			return known;
		}
		try {
			return byDefinition.computeIfAbsent(processDefinitionId, this::load);
		}
		catch (RuntimeException unreadable) {
			// a version that cannot be read (or is gone) never fails the inbox; not
			// cached,
			// the process catalogue logs it
			return null;
		}
	}

	private Names load(String processDefinitionId) {
		ProcessDefinition definition = repository.getProcessDefinition(processDefinitionId);
		String zh = definition.getName() == null ? definition.getKey() : definition.getName();
		BpmnModelInstance model = repository.getBpmnModelInstance(processDefinitionId);
		String en = null;
		Map<String, String> steps = new HashMap<>();
		if (model != null) {
			Process process = model.getModelElementById(definition.getKey());
			en = english(process);
			for (UserTask task : model.getModelElementsByType(UserTask.class)) {
				String name = english(task);
				if (name != null) {
					steps.put(task.getId(), name);
				}
			}
		}
		return new Names(new Localized(zh, en == null ? zh : en), Map.copyOf(steps));
	}

	private static String english(BaseElement element) {
		ExtensionElements extensions = element == null ? null : element.getExtensionElements();
		if (extensions == null) {
			return null;
		}
		for (CamundaProperties properties : extensions.getChildElementsByType(CamundaProperties.class)) {
			for (CamundaProperty property : properties.getCamundaProperties()) {
				if (ENGLISH_NAME.equals(property.getCamundaName()) && property.getCamundaValue() != null
						&& !property.getCamundaValue().isBlank()) {
					return property.getCamundaValue();
				}
			}
		}
		return null;
	}

	private record Names(Localized process, Map<String, String> stepsEnglish) {
	}

}
