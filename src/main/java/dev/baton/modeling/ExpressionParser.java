package dev.baton.modeling;

import java.util.List;

import dev.baton.modeling.ExpressionNode.Binary;
import dev.baton.modeling.ExpressionNode.Choice;
import dev.baton.modeling.ExpressionNode.Literal;
import dev.baton.modeling.ExpressionNode.Property;
import dev.baton.modeling.ExpressionNode.Unary;
import dev.baton.modeling.ExpressionNode.Variable;
import dev.baton.modeling.ExpressionToken.Kind;

/**
 * Builds the {@link ExpressionNode} tree of a condition body by recursive descent, with
 * JUEL's operator precedence. Method and function calls are refused here: that is what
 * keeps evaluation free of code. The nesting depth is bounded so that a hostile text
 * cannot exhaust the stack.
 */
final class ExpressionParser {

	private static final int MAX_DEPTH = 50;

	private final List<ExpressionToken> tokens;

	private int position;

	private ExpressionParser(List<ExpressionToken> tokens) {
		this.tokens = tokens;
	}

	/**
	 * The tree of a whole condition body (without {@code ${} and {@code }}).
	 * @throws SafeExpression.Unsupported when the body is not one expression of the
	 * subset
	 */
	static ExpressionNode parse(String body) {
		ExpressionParser parser = new ExpressionParser(ExpressionTokenizer.tokenize(body));
		ExpressionNode node = parser.expression(0);
		if (parser.peek().kind() != Kind.END) {
			throw new SafeExpression.Unsupported("Unexpected '" + parser.peek().text() + "'");
		}
		return node;
	}

	private ExpressionToken peek() {
		return tokens.get(position);
	}

	private boolean accept(String... texts) {
		return acceptAny(texts) != null;
	}

	private String acceptAny(String... texts) {
		ExpressionToken token = peek();
		for (String text : texts) {
			if (token.is(text)) {
				position++;
				return text;
			}
		}
		return null;
	}

	private void expect(String text) {
		if (!accept(text)) {
			throw new SafeExpression.Unsupported("Expected '" + text + "' but found '" + peek().text() + "'");
		}
	}

	private static void checkDepth(int depth) {
		if (depth > MAX_DEPTH) {
			throw new SafeExpression.Unsupported("The expression is nested too deeply");
		}
	}

	private ExpressionNode expression(int depth) {
		checkDepth(depth);
		ExpressionNode condition = or(depth);
		if (accept("?")) {
			ExpressionNode then = expression(depth + 1);
			expect(":");
			ExpressionNode otherwise = expression(depth + 1);
			return new Choice(condition, then, otherwise);
		}
		return condition;
	}

	private ExpressionNode or(int depth) {
		ExpressionNode left = and(depth);
		while (accept("||", "or")) {
			left = new Binary("or", left, and(depth));
		}
		return left;
	}

	private ExpressionNode and(int depth) {
		ExpressionNode left = equality(depth);
		while (accept("&&", "and")) {
			left = new Binary("and", left, equality(depth));
		}
		return left;
	}

	private ExpressionNode equality(int depth) {
		ExpressionNode left = relation(depth);
		String op;
		while ((op = acceptAny("==", "!=", "eq", "ne")) != null) {
			left = new Binary(op.equals("eq") ? "==" : op.equals("ne") ? "!=" : op, left, relation(depth));
		}
		return left;
	}

	private ExpressionNode relation(int depth) {
		ExpressionNode left = additive(depth);
		String op;
		while ((op = acceptAny("<=", ">=", "<", ">", "lt", "gt", "le", "ge")) != null) {
			String normal = switch (op) {
				case "lt" -> "<";
				case "gt" -> ">";
				case "le" -> "<=";
				case "ge" -> ">=";
				default -> op;
			};
			left = new Binary(normal, left, additive(depth));
		}
		return left;
	}

	private ExpressionNode additive(int depth) {
		ExpressionNode left = multiplicative(depth);
		String op;
		while ((op = acceptAny("+", "-")) != null) {
			left = new Binary(op, left, multiplicative(depth));
		}
		return left;
	}

	private ExpressionNode multiplicative(int depth) {
		ExpressionNode left = unary(depth);
		String op;
		while ((op = acceptAny("*", "/", "div", "%", "mod")) != null) {
			left = new Binary(op.equals("div") ? "/" : op.equals("mod") ? "%" : op, left, unary(depth));
		}
		return left;
	}

	private ExpressionNode unary(int depth) {
		checkDepth(depth);
		if (accept("-")) {
			return new Unary("-", unary(depth + 1));
		}
		if (accept("!", "not")) {
			return new Unary("!", unary(depth + 1));
		}
		if (accept("empty")) {
			return new Unary("empty", unary(depth + 1));
		}
		return value(depth);
	}

	private ExpressionNode value(int depth) {
		ExpressionToken token = peek();
		ExpressionNode node;
		switch (token.kind()) {
			case NUMBER, STRING -> {
				position++;
				node = new Literal(token.value());
			}
			case IDENT -> {
				position++;
				node = switch (token.text()) {
					case "true" -> new Literal(Boolean.TRUE);
					case "false" -> new Literal(Boolean.FALSE);
					case "null" -> new Literal(null);
					case "and", "or", "not", "eq", "ne", "lt", "gt", "le", "ge", "div", "mod", "empty", "instanceof" ->
						throw new SafeExpression.Unsupported("Unexpected '" + token.text() + "'");
					default -> new Variable(token.text());
				};
			}
			case OP -> {
				if (accept("(")) {
					node = expression(depth + 1);
					expect(")");
				}
				else {
					throw new SafeExpression.Unsupported("Unexpected '" + token.text() + "'");
				}
			}
			default -> throw new SafeExpression.Unsupported("The expression ends too early");
		}
		return accessors(node, depth);
	}

	/**
	 * The {@code .name} and {@code [index]} after a value; a {@code (} there would be a
	 * call.
	 */
	private ExpressionNode accessors(ExpressionNode base, int depth) {
		ExpressionNode node = base;
		while (true) {
			if (peek().kind() == Kind.OP && peek().text().equals("(")) {
				throw new SafeExpression.Unsupported("Calls of methods or functions are not allowed in conditions");
			}
			if (accept(".")) {
				ExpressionToken name = peek();
				if (name.kind() != Kind.IDENT) {
					throw new SafeExpression.Unsupported("Expected a property name after '.'");
				}
				position++;
				node = new Property(node, new Literal(name.text()));
			}
			else if (accept("[")) {
				ExpressionNode index = expression(depth + 1);
				expect("]");
				node = new Property(node, index);
			}
			else {
				return node;
			}
		}
	}

}
