package dev.baton.modeling;

/**
 * The tree {@link ExpressionParser} builds from a condition. Nodes are plain data:
 * {@link ExpressionEvaluator} gives their value and {@link ExpressionVariables} lists the
 * variables they read. Operators are already normalised ({@code gt} is {@code >},
 * {@code &&} is {@code and}, {@code not} is {@code !}).
 */
sealed interface ExpressionNode {

	/**
	 * A number ({@link java.math.BigDecimal}), text, {@code true}, {@code false} or
	 * {@code null}.
	 */
	record Literal(Object value) implements ExpressionNode {
	}

	/** A top-level variable, read from the values the condition is evaluated over. */
	record Variable(String name) implements ExpressionNode {
	}

	/**
	 * {@code base.name} or {@code base[name]}: a key of an object or an index of a list.
	 */
	record Property(ExpressionNode base, ExpressionNode name) implements ExpressionNode {
	}

	/** {@code condition ? then : otherwise}. */
	record Choice(ExpressionNode condition, ExpressionNode then, ExpressionNode otherwise) implements ExpressionNode {
	}

	/** {@code -}, {@code !} or {@code empty} applied to one operand. */
	record Unary(String op, ExpressionNode operand) implements ExpressionNode {
	}

	/**
	 * {@code and}, {@code or}, a comparison or an arithmetic operator between two
	 * operands.
	 */
	record Binary(String op, ExpressionNode left, ExpressionNode right) implements ExpressionNode {
	}

}
