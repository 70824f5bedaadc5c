package dev.baton.forms;

import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The form-js schemas a process version deployed. A form belongs to the deployment of its
 * process ({@code camunda:formRefBinding="deployment"}), so a running request keeps the
 * forms of the version it started on, even after a newer version is published.
 */
public interface FormSchemas {

	/**
	 * The start form of exactly that process definition (version), or empty when it has
	 * none, the definition does not exist, or the deployed resource is not a form-js JSON
	 * object.
	 */
	Optional<JsonNode> startForm(String processDefinitionId);

	/**
	 * The form of an open task, as deployed with its process version, or empty when the
	 * task has no form, does not exist (any more), or the deployed resource is not a
	 * form-js JSON object.
	 */
	Optional<JsonNode> taskForm(String taskId);

	/**
	 * The form of an open task, as {@link #taskForm(String)}; without asking the engine
	 * when the task's step has a form fixed by its version (a form of the same
	 * deployment, or none).
	 */
	default Optional<JsonNode> taskForm(org.camunda.bpm.engine.task.Task task) {
		return taskForm(task.getId());
	}

	/**
	 * The forms of a process version: the form of its start event and of each user task,
	 * as deployed with it. {@link VersionForms#NONE} for a definition that does not
	 * exist.
	 */
	VersionForms versionForms(String processDefinitionId);

}
