package dev.baton.engine;

import java.util.Set;

import dev.baton.engine.PolicyXml.Attribute;
import dev.baton.engine.PolicyXml.Node;

/**
 * Camunda extension attributes and elements as the engine finds them: in the Camunda
 * namespace or its old Activiti alias, so that a namespace trick cannot hide from the
 * policy what the engine would obey.
 */
final class CamundaXml {

	private static final Set<String> NAMESPACES = Set.of("http://camunda.org/schema/1.0/bpmn",
			"http://activiti.org/bpmn");

	private CamundaXml() {
	}

	static boolean isCamunda(String uri) {
		return NAMESPACES.contains(uri);
	}

	/**
	 * The value of the Camunda attribute {@code name} of {@code node}, or {@code null}.
	 */
	static String attribute(Node node, String name) {
		for (Attribute attribute : node.attributes) {
			if (isCamunda(attribute.uri()) && attribute.localName().equals(name)) {
				return attribute.value();
			}
		}
		return null;
	}

	/** Whether a Camunda element {@code name} is anywhere below {@code node}. */
	static boolean hasDescendant(Node node, String name) {
		for (Node child : node.children) {
			if ((isCamunda(child.uri) && child.is(name)) || hasDescendant(child, name)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The value of the {@code camunda:property} {@code name} in the extension elements of
	 * {@code element}.
	 */
	static String property(Node element, String name) {
		for (Node extensions : element.children) {
			if (!extensions.is("extensionElements")) {
				continue;
			}
			for (Node properties : extensions.children) {
				if (isCamunda(properties.uri) && properties.is("properties")) {
					for (Node property : properties.children) {
						if (isCamunda(property.uri) && property.is("property")
								&& name.equals(property.attribute("name"))) {
							return property.attribute("value");
						}
					}
				}
			}
		}
		return null;
	}

}
