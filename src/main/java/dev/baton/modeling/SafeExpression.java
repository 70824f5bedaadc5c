package dev.baton.modeling;

import java.util.Map;
import java.util.Set;

/**
 * The small part of JUEL that Baton's conditions use ({@code ${total > 5000}},
 * {@code ${handoffDecision == 'return'}}), read and evaluated without the engine:
 * literals, variables, property access on objects ({@code ${address.city}}), comparisons,
 * arithmetic, {@code and / or /
 * not}, {@code empty} and {@code a ? b : c}, with JUEL's coercions. There are no method
 * or function calls, so evaluating a condition here can never run code; anything else is
 * refused with {@link Unsupported}. The designer's checks read which variables a
 * condition needs; the route preview evaluates it over sample form values.
 *
 * <p>
 * This is the entry point; the work is done by {@link ExpressionTokenizer},
 * {@link ExpressionParser} (building an {@link ExpressionNode} tree),
 * {@link ExpressionEvaluator} with {@link JuelCoercions}, and
 * {@link ExpressionVariables}.
 */
final class SafeExpression {

	/**
	 * The text is not an expression of the supported subset; the message says what was
	 * found.
	 */
	static final class Unsupported extends RuntimeException {

		Unsupported(String message) {
			super(message);
		}

	}

	/**
	 * A variable the expression reads has no value: the engine would stop the request
	 * with an incident.
	 */
	static final class UnknownVariable extends RuntimeException {

		private final String name;

		UnknownVariable(String name) {
			super("No variable '" + name + "'");
			this.name = name;
		}

		String name() {
			return name;
		}

	}

	/**
	 * The values do not fit the operator (e.g. {@code 'abc' > 5}), as JUEL would refuse
	 * them.
	 */
	static final class EvaluationError extends RuntimeException {

		EvaluationError(String message) {
			super(message);
		}

	}

	private static final int MAX_LENGTH = 2000;

	private final ExpressionNode root;

	private SafeExpression(ExpressionNode root) {
		this.root = root;
	}

	/**
	 * Reads {@code ${...}} (or {@code #{...}}) with nothing else around it but blanks.
	 * @throws Unsupported when the text is something else or uses anything outside the
	 * subset
	 */
	static SafeExpression parse(String text) {
		if (text == null || text.isBlank()) {
			throw new Unsupported("The expression is empty");
		}
		String trimmed = text.strip();
		if (trimmed.length() > MAX_LENGTH) {
			throw new Unsupported("The expression is longer than " + MAX_LENGTH + " characters");
		}
		if (!(trimmed.startsWith("${") || trimmed.startsWith("#{")) || !trimmed.endsWith("}")) {
			throw new Unsupported("A condition must be one expression ${...}");
		}
		return new SafeExpression(ExpressionParser.parse(trimmed.substring(2, trimmed.length() - 1)));
	}

	/** The top-level variables the expression reads, in order of appearance. */
	Set<String> variables() {
		return ExpressionVariables.readBy(root);
	}

	/**
	 * The value over these variables; a missing variable is {@link UnknownVariable}, as
	 * in the engine.
	 */
	Object evaluate(Map<String, ?> variables) {
		return ExpressionEvaluator.evaluate(root, variables);
	}

	/**
	 * A condition's outcome: the value must be a boolean, as the engine demands of
	 * conditions.
	 */
	boolean test(Map<String, ?> variables) {
		Object value = evaluate(variables);
		if (value instanceof Boolean bool) {
			return bool;
		}
		throw new EvaluationError("The condition gives " + JuelCoercions.describe(value) + ", not true or false");
	}

}
