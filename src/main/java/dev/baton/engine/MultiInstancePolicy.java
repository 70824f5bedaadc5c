package dev.baton.engine;

import java.util.regex.Pattern;

import dev.baton.engine.PolicyXml.Node;

/**
 * Multi-instance activities that cannot flood the engine: a fixed cardinality of at most
 * {@link #MAX_CARDINALITY}, or a cardinality and collection that are plain variables
 * (whose size {@link MultiInstanceLimit} checks when the activity starts).
 */
final class MultiInstancePolicy {

	static final int MAX_CARDINALITY = 100;

	private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

	private static final Pattern IDENTIFIER_EXPRESSION = Pattern.compile("\\$\\{\\s*[A-Za-z_][A-Za-z0-9_]*\\s*\\}");

	private MultiInstancePolicy() {
	}

	static void check(Node loop, PolicyFindings findings) {
		for (Node child : loop.children) {
			if (child.is("loopCardinality")) {
				checkCardinality(loop, child.text().strip(), findings);
			}
			else if (child.is("loopDataInputRef")) {
				checkCollection(loop, child.text().strip(), findings);
			}
		}
		String collection = CamundaXml.attribute(loop, "collection");
		if (collection != null) {
			checkCollection(loop, collection.strip(), findings);
		}
	}

	private static void checkCardinality(Node loop, String cardinality, PolicyFindings findings) {
		if (cardinality.matches("\\d{1,9}")) {
			if (Integer.parseInt(cardinality) > MAX_CARDINALITY) {
				findings.add(PolicyRule.MI_CARDINALITY, loop, cardinality, MAX_CARDINALITY);
			}
		}
		else if (!IDENTIFIER_EXPRESSION.matcher(cardinality).matches()) {
			findings.add(PolicyRule.MI_CARDINALITY_EXPRESSION, loop, cardinality);
		}
		else {
			findings.add(loop, ExpressionPolicy.check(cardinality));
		}
	}

	private static void checkCollection(Node loop, String collection, PolicyFindings findings) {
		if (IDENTIFIER.matcher(collection).matches()) {
			return;
		}
		if (IDENTIFIER_EXPRESSION.matcher(collection).matches()) {
			findings.add(loop, ExpressionPolicy.check(collection));
			return;
		}
		findings.add(PolicyRule.MI_COLLECTION, loop, collection);
	}

}
