package dev.baton.modeling;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import dev.baton.modeling.ExpressionNode.Binary;
import dev.baton.modeling.ExpressionNode.Choice;
import dev.baton.modeling.ExpressionNode.Literal;
import dev.baton.modeling.ExpressionNode.Property;
import dev.baton.modeling.ExpressionNode.Unary;
import dev.baton.modeling.ExpressionNode.Variable;

/**
 * Gives the value of an {@link ExpressionNode} tree over a set of variables, the way JUEL
 * would: {@code and} and {@code or} short-circuit, other operators evaluate both sides
 * first, and values are coerced by {@link JuelCoercions}. A missing variable is
 * {@link SafeExpression.UnknownVariable}, as in the engine.
 */
final class ExpressionEvaluator {

	private final Map<String, ?> variables;

	private ExpressionEvaluator(Map<String, ?> variables) {
		this.variables = variables;
	}

	static Object evaluate(ExpressionNode node, Map<String, ?> variables) {
		return new ExpressionEvaluator(variables).eval(node);
	}

	private Object eval(ExpressionNode node) {
		if (node instanceof Literal literal) {
			return literal.value();
		}
		if (node instanceof Variable variable) {
			return variable(variable.name());
		}
		if (node instanceof Property property) {
			return property(property);
		}
		if (node instanceof Choice choice) {
			return JuelCoercions.toBoolean(eval(choice.condition())) ? eval(choice.then()) : eval(choice.otherwise());
		}
		if (node instanceof Unary unary) {
			return unary(unary);
		}
		return binary((Binary) node);
	}

	private Object variable(String name) {
		if (variables == null || !variables.containsKey(name)) {
			throw new SafeExpression.UnknownVariable(name);
		}
		return variables.get(name);
	}

	private Object property(Property property) {
		Object object = eval(property.base());
		Object key = eval(property.name());
		if (object == null) {
			return null;
		}
		if (object instanceof Map<?, ?> map) {
			return map.get(key == null ? null : key.toString());
		}
		if (object instanceof List<?> list) {
			int index = JuelCoercions.toNumber(key).intValue();
			return index >= 0 && index < list.size() ? list.get(index) : null;
		}
		throw new SafeExpression.EvaluationError("Cannot read '" + key + "' of " + JuelCoercions.describe(object));
	}

	private Object unary(Unary unary) {
		Object value = eval(unary.operand());
		return switch (unary.op()) {
			case "-" -> value == null ? BigDecimal.ZERO : JuelCoercions.toNumber(value).negate();
			case "!" -> !JuelCoercions.toBoolean(value);
			default -> JuelCoercions.isEmpty(value);
		};
	}

	private Object binary(Binary binary) {
		String op = binary.op();
		switch (op) {
			case "and" -> {
				return JuelCoercions.toBoolean(eval(binary.left())) && JuelCoercions.toBoolean(eval(binary.right()));
			}
			case "or" -> {
				return JuelCoercions.toBoolean(eval(binary.left())) || JuelCoercions.toBoolean(eval(binary.right()));
			}
			default -> {
				// evaluated below
			}
		}
		Object a = eval(binary.left());
		Object b = eval(binary.right());
		return switch (op) {
			case "==" -> JuelCoercions.equal(a, b);
			case "!=" -> !JuelCoercions.equal(a, b);
			case "<", ">", "<=", ">=" -> JuelCoercions.compare(op, a, b);
			default -> JuelCoercions.arithmetic(op, a, b);
		};
	}

}
