package dev.baton.engine;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import dev.baton.engine.PolicyXml.Node;

/**
 * Decisions: a business rule task names its decision by a fixed reference, and DMN files
 * use FEEL only (the engine's FEEL has external Java functions switched off); no JUEL, no
 * scripts. A language counts as FEEL exactly when the engine's DMN evaluation takes it
 * for FEEL ({@code ExpressionEvaluationHandler#isFeelExpressionLanguage}): {@code feel}
 * in any letter case or one of the DMN specifications' FEEL namespaces, written out
 * exactly. Anything else would reach the JUEL or a script engine.
 */
final class DecisionPolicy {

	private static final List<String> LANGUAGE_ATTRIBUTES = List.of("expressionLanguage", "typeLanguage");

	private static final Set<String> FEEL_NAMESPACES = Set.of("http://www.omg.org/spec/FEEL/20140401",
			"http://www.omg.org/spec/DMN/20180521/FEEL/", "https://www.omg.org/spec/DMN/20191111/FEEL/",
			"https://www.omg.org/spec/DMN/20211108/FEEL/", "https://www.omg.org/spec/DMN/20230324/FEEL/");

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
			if (language != null && !isFeel(language)) {
				violations.add(PolicyRule.DMN_EXPRESSION_LANGUAGE.violation(resource, decisionOf(node), language)
					.at(node.line, node.column));
			}
		}
		node.children.forEach(child -> checkDmn(resource, child, violations));
	}

	static boolean isFeel(String language) {
		return language.toLowerCase(Locale.ROOT).equals("feel") || FEEL_NAMESPACES.contains(language);
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
