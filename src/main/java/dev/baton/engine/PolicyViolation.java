package dev.baton.engine;

import java.util.List;

/**
 * One way a model breaks Baton's safety policy, or one reason the engine itself cannot
 * read it: which element (its BPMN or DMN id, or {@code null} when the whole file is at
 * fault), which rule (a code such as {@code script.task} or
 * {@code bpmn.gateway.flowWithoutCondition}, also the suffix of the message key
 * {@code engine.policy.<rule>} in {@code i18n/engine}), an English detail for logs and
 * Camunda Modeler, the file, the arguments of the translated message, and where in the
 * file: the line and column (from 1) where the element's start tag begins, or where the
 * XML could not be read; {@code null} when no place in the file is at fault (its size).
 */
public record PolicyViolation(String elementId, String rule, String detail, String resource, List<String> arguments,
		Integer lineNumber, Integer columnNumber) {

	public PolicyViolation {
		arguments = List.copyOf(arguments);
	}

	/** A violation at no particular place in the file. */
	public PolicyViolation(String elementId, String rule, String detail, String resource, List<String> arguments) {
		this(elementId, rule, detail, resource, arguments, null, null);
	}

	/** The key of this violation's message in the {@code i18n/engine} bundles. */
	public String messageKey() {
		return PolicyRule.MESSAGE_PREFIX + rule;
	}

	/** {@code elementId: rule — detail}, naming the file when no element is at fault. */
	public String line() {
		return (elementId != null ? elementId : resource) + ": " + rule + " — " + detail;
	}

	/** The same violation, at a place in the file (from 1; 0 or less: unknown). */
	PolicyViolation at(int line, int column) {
		return new PolicyViolation(elementId, rule, detail, resource, arguments, line > 0 ? line : null,
				line > 0 && column > 0 ? column : null);
	}

}
