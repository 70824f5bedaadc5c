package dev.baton.modeling;

import java.util.LinkedHashSet;
import java.util.Set;

import dev.baton.modeling.ExpressionNode.Binary;
import dev.baton.modeling.ExpressionNode.Choice;
import dev.baton.modeling.ExpressionNode.Property;
import dev.baton.modeling.ExpressionNode.Unary;
import dev.baton.modeling.ExpressionNode.Variable;

/**
 * The top-level variables an {@link ExpressionNode} tree reads, each once, in order of
 * appearance.
 */
final class ExpressionVariables {

	private ExpressionVariables() {
	}

	static Set<String> readBy(ExpressionNode node) {
		Set<String> names = new LinkedHashSet<>();
		collect(node, names);
		return names;
	}

	private static void collect(ExpressionNode node, Set<String> names) {
		if (node instanceof Variable variable) {
			names.add(variable.name());
		}
		else if (node instanceof Property property) {
			collect(property.base(), names);
			collect(property.name(), names);
		}
		else if (node instanceof Choice choice) {
			collect(choice.condition(), names);
			collect(choice.then(), names);
			collect(choice.otherwise(), names);
		}
		else if (node instanceof Unary unary) {
			collect(unary.operand(), names);
		}
		else if (node instanceof Binary binary) {
			collect(binary.left(), names);
			collect(binary.right(), names);
		}
		// a Literal reads no variable
	}

}
