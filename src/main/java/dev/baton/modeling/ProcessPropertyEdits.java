package dev.baton.modeling;

import static dev.baton.modeling.ModelDom.CAMUNDA_NS;
import static dev.baton.modeling.ModelDom.children;

import java.util.List;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Sets and removes the {@code camunda:property} entries of a process in a model's DOM.
 */
final class ProcessPropertyEdits {

	private ProcessPropertyEdits() {
	}

	/**
	 * Sets the property, adding {@code extensionElements} and {@code camunda:properties}
	 * where missing.
	 */
	static void set(Document document, Element process, String name, String value) {
		Element properties = properties(process);
		if (properties == null) {
			properties = document.createElementNS(CAMUNDA_NS, "camunda:properties");
			extensions(document, process).appendChild(properties);
		}
		for (Node child = properties.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Element property && name.equals(property.getAttribute("name"))) {
				property.setAttribute("value", value);
				return;
			}
		}
		Element property = document.createElementNS(CAMUNDA_NS,
				properties.getPrefix() == null ? "property" : properties.getPrefix() + ":property");
		property.setAttribute("name", name);
		property.setAttribute("value", value);
		properties.appendChild(property);
	}

	/** Removes every entry of the property. */
	static void remove(Element process, String name) {
		Element properties = properties(process);
		if (properties == null) {
			return;
		}
		for (Node child = properties.getFirstChild(); child != null;) {
			Node next = child.getNextSibling();
			if (child instanceof Element property && name.equals(property.getAttribute("name"))) {
				properties.removeChild(child);
			}
			child = next;
		}
	}

	/**
	 * The first {@code camunda:properties} of the process's extension elements, or
	 * {@code null}.
	 */
	private static Element properties(Element process) {
		for (Element extensions : children(process, ModelDiff.BPMN_NS, "extensionElements")) {
			List<Element> properties = children(extensions, CAMUNDA_NS, "properties");
			if (!properties.isEmpty()) {
				return properties.get(0);
			}
		}
		return null;
	}

	/**
	 * The process's (last) {@code extensionElements}, added where BPMN's schema puts it
	 * if missing.
	 */
	private static Element extensions(Document document, Element process) {
		List<Element> existing = children(process, ModelDiff.BPMN_NS, "extensionElements");
		if (!existing.isEmpty()) {
			return existing.get(existing.size() - 1);
		}
		Element extensions = document.createElementNS(ModelDiff.BPMN_NS, prefixed(process, "extensionElements"));
		Node first = process.getFirstChild();
		// documentation comes first in BPMN's schema
		while (first != null && !(first instanceof Element e && !"documentation".equals(e.getLocalName()))) {
			first = first.getNextSibling();
		}
		process.insertBefore(extensions, first);
		return extensions;
	}

	private static String prefixed(Element sibling, String localName) {
		return sibling.getPrefix() == null ? localName : sibling.getPrefix() + ":" + localName;
	}

}
