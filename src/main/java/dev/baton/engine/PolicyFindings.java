package dev.baton.engine;

import java.util.List;
import java.util.Optional;

import dev.baton.engine.PolicyXml.Node;

/**
 * Where the rule families of the safety policy put what they find in one file: each
 * violation names the file and the element it belongs to ({@link BpmnElements#ownerId})
 * and where in the file it is, in document order.
 */
final class PolicyFindings {

	private final String resource;

	private final List<PolicyViolation> violations;

	PolicyFindings(String resource, List<PolicyViolation> violations) {
		this.resource = resource;
		this.violations = violations;
	}

	String resource() {
		return resource;
	}

	/**
	 * A violation at {@code node}: named by the element it belongs to, placed where
	 * {@code node} itself starts.
	 */
	void add(PolicyRule rule, Node node, Object... arguments) {
		violations.add(rule.violation(resource, BpmnElements.ownerId(node), arguments).at(node.line, node.column));
	}

	/**
	 * The finding of {@link ExpressionPolicy} or {@link TimerPolicy} at {@code node}, if
	 * there is one.
	 */
	void add(Node node, Optional<ExpressionPolicy.Finding> finding) {
		finding.ifPresent(found -> add(found.rule(), node, found.arguments().toArray()));
	}

	/** A violation of the whole file, at no element. */
	void addForFile(PolicyRule rule, Object... arguments) {
		violations.add(rule.violation(resource, null, arguments));
	}

}
