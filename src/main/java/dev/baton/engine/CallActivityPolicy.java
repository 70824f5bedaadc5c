package dev.baton.engine;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.baton.engine.PolicyXml.Node;

/**
 * Call activities of one deployment: they must call a process of the same deployment by a
 * fixed id (never an expression), and no chain of calls may lead back to the process it
 * starts from, which would start instances without end. One instance judges one
 * deployment: it remembers the calls it has seen until {@link #checkRecursion}.
 */
final class CallActivityPolicy {

	private record Call(String resource, String elementId, String fromProcess, String toProcess, int line, int column) {
	}

	private final Set<String> processIds;

	private final List<Call> calls = new ArrayList<>();

	private CallActivityPolicy(Set<String> processIds) {
		this.processIds = processIds;
	}

	/** The policy for a deployment of these BPMN files (their root elements). */
	static CallActivityPolicy over(Collection<Node> bpmnRoots) {
		Set<String> processIds = new HashSet<>();
		bpmnRoots.forEach(root -> collectProcessIds(root, processIds));
		return new CallActivityPolicy(processIds);
	}

	private static void collectProcessIds(Node node, Set<String> ids) {
		if (node.is("process") && node.attribute("id") != null) {
			ids.add(node.attribute("id"));
		}
		node.children.forEach(child -> collectProcessIds(child, ids));
	}

	void check(Node call, PolicyFindings findings) {
		String called = call.attribute("calledElement");
		if (called == null) {
			return; // a CMMN case (refused as call.case) or an engine error
		}
		if (ExpressionPolicy.containsExpression(called)) {
			findings.add(PolicyRule.CALL_EXPRESSION, call, called);
			return;
		}
		if (!processIds.contains(called.strip())) {
			findings.add(PolicyRule.CALL_OUTSIDE, call, called);
			return;
		}
		calls.add(new Call(findings.resource(), BpmnElements.ownerId(call), BpmnElements.processOf(call),
				called.strip(), call.line, call.column));
	}

	/**
	 * Call activities that lead back to their own process, directly or through others in
	 * the deployment.
	 */
	void checkRecursion(List<PolicyViolation> violations) {
		Map<String, Set<String>> graph = new LinkedHashMap<>();
		for (Call call : calls) {
			graph.computeIfAbsent(call.fromProcess(), process -> new LinkedHashSet<>()).add(call.toProcess());
		}
		for (Call call : calls) {
			if (reaches(graph, call.toProcess(), call.fromProcess())) {
				violations.add(PolicyRule.CALL_RECURSION
					.violation(call.resource(), call.elementId(), call.toProcess(), call.fromProcess())
					.at(call.line(), call.column()));
			}
		}
	}

	private static boolean reaches(Map<String, Set<String>> graph, String from, String target) {
		Set<String> seen = new HashSet<>();
		Deque<String> open = new ArrayDeque<>(List.of(from));
		while (!open.isEmpty()) {
			String process = open.pop();
			if (process.equals(target)) {
				return true;
			}
			if (seen.add(process)) {
				open.addAll(graph.getOrDefault(process, Set.of()));
			}
		}
		return false;
	}

}
