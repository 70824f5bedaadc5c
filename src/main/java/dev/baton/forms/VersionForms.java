package dev.baton.forms;

import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The forms of one process version, as it deployed them: which form each step shows (the
 * start event and every user task, by element id, in the order of the BPMN) and the forms
 * themselves by form id. A deployed version never changes, and neither does this.
 *
 * @param formIdByStep the {@code camunda:formRef} of each step whose form the version
 * deployed, in document order, the start event first
 * @param formsById form-js schemas by their top-level {@code id}
 * @param startStepId the process's start event ({@code null} when it has no form)
 */
public record VersionForms(Map<String, String> formIdByStep, Map<String, JsonNode> formsById, String startStepId) {

	public static final VersionForms NONE = new VersionForms(Map.of(), Map.of(), null);

	public VersionForms {
		formIdByStep = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(formIdByStep));
		formsById = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(formsById));
	}

	/** The form a step shows, if the version deployed one for it. */
	public Optional<JsonNode> formOf(String stepId) {
		String formId = stepId == null ? null : formIdByStep.get(stepId);
		return Optional.ofNullable(formId == null ? null : formsById.get(formId));
	}

	/** The start form, if any. */
	public Optional<JsonNode> startForm() {
		return formOf(startStepId);
	}

}
