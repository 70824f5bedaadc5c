package dev.baton.engine;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import dev.baton.engine.PolicyXml.Node;

/**
 * The resource-level rules: how large and deep a file may be, how many flow elements a
 * BPMN file may hold and how many violations are reported at most, so that a hostile file
 * cannot exhaust the server before (or while) its content is judged.
 */
final class ResourceLimits {

	static final int MAX_BYTES = 1024 * 1024;
	static final int MAX_FLOW_ELEMENTS = 500;
	static final int MAX_DEPTH = 64;
	static final int MAX_VIOLATIONS = 200;

	private ResourceLimits() {
	}

	/** The file read as XML, or {@code null} after adding why it could not be read. */
	static Node read(String name, byte[] bytes, List<PolicyViolation> violations) {
		if (bytes.length > MAX_BYTES) {
			violations.add(PolicyRule.SIZE_BYTES.violation(name, null, bytes.length, MAX_BYTES));
			return null;
		}
		PolicyXml.Result result = PolicyXml.read(bytes, MAX_DEPTH);
		if (result.failure() == null) {
			return result.root();
		}
		PolicyViolation violation = switch (result.failure()) {
			case DOCTYPE -> PolicyRule.XML_DOCTYPE.violation(name, null);
			case XINCLUDE -> PolicyRule.XML_XINCLUDE.violation(name, null);
			case TOO_DEEP -> PolicyRule.SIZE_DEPTH.violation(name, null, MAX_DEPTH);
			case MALFORMED -> PolicyRule.XML_MALFORMED.violation(name, null, result.problem());
		};
		violations.add(result.line() == null ? violation
				: violation.at(result.line(), result.column() == null ? 0 : result.column()));
		return null;
	}

	/** A file the engine would read as a model that Baton does not accept at all. */
	static void refuseUnsupported(String name, String kind, List<PolicyViolation> violations) {
		violations.add(PolicyRule.RESOURCE_UNSUPPORTED.violation(name, null, kind));
	}

	/**
	 * @return whether the BPMN file is small enough for its elements to be judged one by
	 * one
	 */
	static boolean checkFlowElements(Node root, PolicyFindings findings) {
		int flowElements = countFlowElements(root);
		if (flowElements > MAX_FLOW_ELEMENTS) {
			findings.addForFile(PolicyRule.SIZE_ELEMENTS, flowElements, MAX_FLOW_ELEMENTS);
			return false;
		}
		return true;
	}

	private static int countFlowElements(Node root) {
		int count = 0;
		Deque<Node> open = new ArrayDeque<>(List.of(root));
		while (!open.isEmpty()) {
			Node node = open.pop();
			if (BpmnElements.isFlowElement(node)) {
				count++;
			}
			node.children.forEach(open::push);
		}
		return count;
	}

	/** At most {@link #MAX_VIOLATIONS} of them. */
	static List<PolicyViolation> capped(List<PolicyViolation> violations) {
		return violations.size() > MAX_VIOLATIONS ? List.copyOf(violations.subList(0, MAX_VIOLATIONS)) : violations;
	}

}
