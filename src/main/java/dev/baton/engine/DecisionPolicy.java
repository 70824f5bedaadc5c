package dev.baton.engine;

import java.util.List;
import java.util.Locale;

import dev.baton.engine.PolicyXml.Node;

/**
 * Decisions: a business rule task names its decision by a fixed reference, and DMN files
 * use FEEL only (the engine's FEEL has external Java functions switched off); no JUEL, no
 * scripts.
 */
final class DecisionPolicy {

	private static final List<String> LANGUAGE_ATTRIBUTES = List.of("expressionLanguage", "typeLanguage");

	private DecisionPolicy() {
	}

	static void checkBusinessRuleTask(Node task, PolicyFindings findings) {
		String decision = CamundaXml.attribute(task, "decisionRef");
		if (ExpressionPolicy.containsExpression(decision)) {
			findings.add(PolicyRule.DECISION_EXPRESSION, task, decision);
		}
	}

	/** Every element of a DMN file, with its languages. */
	static void checkDmn(String resource, Node node, List<PolicyViolation> violations) {
		for (String attribute : LANGUAGE_ATTRIBUTES) {
			String language = node.attribute(attribute);
			if (language != null && !language.toLowerCase(Locale.ROOT).contains("feel")) {
				violations.add(PolicyRule.DMN_EXPRESSION_LANGUAGE.violation(resource, decisionOf(node), language));
			}
		}
		node.children.forEach(child -> checkDmn(resource, child, violations));
	}

	/**
	 * The decision (or, outside one, the nearest element with an id) that a DMN element
	 * belongs to.
	 */
	private static String decisionOf(Node node) {
		String nearest = null;
		for (Node current = node; current != null; current = current.parent) {
			if (nearest == null) {
				nearest = current.attribute("id");
			}
			if (current.is("decision") && current.attribute("id") != null) {
				return current.attribute("id");
			}
		}
		return nearest;
	}

}
