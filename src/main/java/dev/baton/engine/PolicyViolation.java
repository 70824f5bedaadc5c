package dev.baton.engine;

import java.util.List;

/**
 * One way a model breaks Baton's safety policy: which element (its BPMN id, or the file
 * name when the whole file is at fault), which rule (a code such as {@code script.task},
 * also the suffix of the message key {@code engine.policy.<rule>} in
 * {@code i18n/engine}), an English detail for logs and Camunda Modeler, the file, and the
 * arguments of the translated message.
 */
public record PolicyViolation(String elementId, String rule, String detail, String resource, List<String> arguments) {

	public PolicyViolation {
		arguments = List.copyOf(arguments);
	}

	/** The key of this violation's message in the {@code i18n/engine} bundles. */
	public String messageKey() {
		return PolicyRule.MESSAGE_PREFIX + rule;
	}

	/** {@code elementId: rule — detail}, naming the file when no element is at fault. */
	public String line() {
		return (elementId != null ? elementId : resource) + ": " + rule + " — " + detail;
	}
}
