package dev.baton.engine;

import java.util.Set;

import dev.baton.engine.PolicyXml.Node;

/**
 * Where an element of a BPMN file stands: which process and flow element it belongs to.
 */
final class BpmnElements {

	private static final Set<String> CONTAINERS = Set.of("process", "subProcess", "transaction", "adHocSubProcess",
			"definitions");

	private static final Set<String> NOT_FLOW_ELEMENTS = Set.of("extensionElements", "documentation", "laneSet",
			"incoming", "outgoing", "ioSpecification", "multiInstanceLoopCharacteristics",
			"standardLoopCharacteristics", "property", "dataInputAssociation", "dataOutputAssociation");

	private BpmnElements() {
	}

	/**
	 * The id to name for a problem at {@code node}: the flow element, process or root
	 * element it belongs to.
	 */
	static String ownerId(Node node) {
		String nearest = null;
		for (Node current = node; current != null; current = current.parent) {
			String id = current.attribute("id");
			if (id != null) {
				if (nearest == null) {
					nearest = id;
				}
				if (current.parent == null || CONTAINERS.contains(current.parent.localName) || current.is("process")) {
					return id;
				}
			}
		}
		return nearest;
	}

	/** The id of the process {@code node} is in, or {@code null}. */
	static String processOf(Node node) {
		for (Node current = node; current != null; current = current.parent) {
			if (current.is("process")) {
				return current.attribute("id");
			}
		}
		return null;
	}

	/**
	 * Whether {@code node} is a flow element of a process or sub-process (what the size
	 * limit counts).
	 */
	static boolean isFlowElement(Node node) {
		return node.parent != null && CONTAINERS.contains(node.parent.localName) && !node.parent.is("definitions")
				&& !NOT_FLOW_ELEMENTS.contains(node.localName);
	}

}
