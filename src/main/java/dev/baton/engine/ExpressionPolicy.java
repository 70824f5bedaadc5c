package dev.baton.engine;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.impl.juel.AstBinary;
import org.camunda.bpm.impl.juel.AstBoolean;
import org.camunda.bpm.impl.juel.AstChoice;
import org.camunda.bpm.impl.juel.AstComposite;
import org.camunda.bpm.impl.juel.AstEval;
import org.camunda.bpm.impl.juel.AstFunction;
import org.camunda.bpm.impl.juel.AstIdentifier;
import org.camunda.bpm.impl.juel.AstMethod;
import org.camunda.bpm.impl.juel.AstNested;
import org.camunda.bpm.impl.juel.AstNull;
import org.camunda.bpm.impl.juel.AstNumber;
import org.camunda.bpm.impl.juel.AstProperty;
import org.camunda.bpm.impl.juel.AstString;
import org.camunda.bpm.impl.juel.AstText;
import org.camunda.bpm.impl.juel.AstUnary;
import org.camunda.bpm.impl.juel.Builder;
import org.camunda.bpm.impl.juel.Node;
import org.camunda.bpm.impl.juel.Tree;
import org.camunda.bpm.impl.juel.TreeBuilderException;

/**
 * JUEL as Baton allows it: read with the engine's own JUEL parser and accepted only when
 * every node of the tree is on an allow-list — literals (strings, numbers, true/false,
 * null), plain variable names, the operators
 * {@code == != < > <= >= + - * / % && || ! empty ?:} and parentheses, and the functions
 * now(), currentUser() and currentUserGroups() without arguments. Everything else is
 * refused: method calls, property and index access ({@code a.b}, {@code a[b]}, the way to
 * {@code getClass()}), other functions, the engine objects ({@code execution},
 * {@code task} …), deferred {@code #{}} expressions, and anything the parser cannot read
 * (EL 3.0 lambdas, assignments and semicolons are not JUEL 2.2 syntax).
 */
final class ExpressionPolicy {

	static final int MAX_LENGTH = 500;
	static final int MAX_NESTING = 20;

	static final Set<String> FUNCTIONS = Set.of("now", "currentUser", "currentUserGroups");

	/** Names the engine resolves to its own objects before any process variable. */
	static final Set<String> RESERVED_NAMES = Set.of("execution", "task", "caseExecution", "externalTask",
			"variableScope", "variableContext");

	record Finding(PolicyRule rule, List<Object> arguments) {
	}

	private ExpressionPolicy() {
	}

	static boolean containsExpression(String text) {
		return text != null && (text.contains("${") || text.contains("#{"));
	}

	/**
	 * The first reason why {@code text} is not allowed, or empty when it is (or holds no
	 * expression).
	 */
	static Optional<Finding> check(String text) {
		if (!containsExpression(text)) {
			return Optional.empty();
		}
		String shown = text.strip();
		if (shown.contains("#{")) {
			return finding(PolicyRule.EXPRESSION_DEFERRED, abbreviate(shown));
		}
		if (shown.length() > MAX_LENGTH || nesting(shown) > MAX_NESTING) {
			return finding(PolicyRule.EXPRESSION_TOO_COMPLEX, abbreviate(shown), MAX_LENGTH, MAX_NESTING);
		}
		Tree tree;
		try {
			tree = new Builder(Builder.Feature.METHOD_INVOCATIONS, Builder.Feature.VARARGS).build(text);
		}
		catch (TreeBuilderException | IllegalArgumentException unreadable) {
			return finding(PolicyRule.EXPRESSION_SYNTAX, shown, String.valueOf(unreadable.getMessage()));
		}
		return walk(tree.getRoot(), shown);
	}

	private static Optional<Finding> walk(Node node, String text) {
		if (node instanceof AstEval eval && eval.isDeferred()) {
			return finding(PolicyRule.EXPRESSION_DEFERRED, text);
		}
		if (node instanceof AstMethod) {
			return finding(PolicyRule.EXPRESSION_METHOD_CALL, text);
		}
		if (node instanceof AstProperty) {
			return finding(PolicyRule.EXPRESSION_PROPERTY_ACCESS, text);
		}
		if (node instanceof AstIdentifier identifier) {
			return RESERVED_NAMES.contains(identifier.getName())
					? finding(PolicyRule.EXPRESSION_RESERVED_NAME, text, identifier.getName()) : Optional.empty();
		}
		if (node instanceof AstFunction function) {
			if (!FUNCTIONS.contains(function.getName()) || function.getParamCount() != 0) {
				return finding(PolicyRule.EXPRESSION_FUNCTION, text, function.getName() + "()");
			}
			return Optional.empty();
		}
		if (node instanceof AstText || node instanceof AstString || node instanceof AstNumber
				|| node instanceof AstBoolean || node instanceof AstNull) {
			return Optional.empty();
		}
		if (node instanceof AstEval || node instanceof AstComposite || node instanceof AstBinary
				|| node instanceof AstUnary || node instanceof AstChoice || node instanceof AstNested) {
			for (int i = 0; i < node.getCardinality(); i++) {
				Optional<Finding> finding = walk(node.getChild(i), text);
				if (finding.isPresent()) {
					return finding;
				}
			}
			return Optional.empty();
		}
		return finding(PolicyRule.EXPRESSION_UNSUPPORTED, text, node.getClass().getSimpleName());
	}

	private static int nesting(String text) {
		int depth = 0;
		int max = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '(' || c == '[' || c == '{') {
				max = Math.max(max, ++depth);
			}
			else if (c == ')' || c == ']' || c == '}') {
				depth--;
			}
		}
		return max;
	}

	private static String abbreviate(String text) {
		return text.length() <= 80 ? text : text.substring(0, 77) + "...";
	}

	private static Optional<Finding> finding(PolicyRule rule, Object... arguments) {
		return Optional.of(new Finding(rule, List.of(arguments)));
	}

}
