package dev.baton.modeling;

import dev.baton.engine.ApprovalVariables;
import org.camunda.bpm.model.bpmn.instance.FlowElement;

/** How the checks and the route preview read and name the elements of a model. */
final class ModelElements {

	static final String INITIATOR_VARIABLE = ApprovalVariables.INITIATOR;

	private ModelElements() {
	}

	/**
	 * The element's name on one line, or its id when it has none: what a finding shows to
	 * the designer.
	 */
	static String label(FlowElement element) {
		String name = element.getName();
		return name == null || name.isBlank() ? element.getId() : name.strip().replaceAll("\\s+", " ");
	}

	/** The text without surrounding blanks, or {@code null} when there is nothing. */
	static String trimmed(String text) {
		return text == null || text.isBlank() ? null : text.trim();
	}

	/**
	 * Whether an assignee is {@code ${initiator}}: the initiator's own step, needing no
	 * approver rule.
	 */
	static boolean isInitiatorExpression(String assignee) {
		return assignee != null && assignee.replaceAll("\\s+", "").equals("${" + INITIATOR_VARIABLE + "}");
	}

}
