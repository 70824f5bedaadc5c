package dev.baton.modeling;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * What changed between two versions of a model, by element id, for highlighting on the
 * diagram. Every element with an id directly inside the definitions, a process, a
 * sub-process, a lane set or a collaboration is compared on its attributes, its extension
 * properties and everything else inside it (documentation, conditions, multi-instance
 * settings …) except the elements that are compared on their own and the
 * {@code incoming}/{@code outgoing} lists (a changed flow shows as the flow). The diagram
 * layout (BPMNDI) is not compared: moving a shape is not a change of the process. Forms
 * are compared by id, as JSON.
 */
final class ModelDiff {

	static final String BPMN_NS = "http://www.omg.org/spec/BPMN/20100524/MODEL";

	private static final String XMLNS_NS = "http://www.w3.org/2000/xmlns/";

	private static final Set<String> CONTAINERS = Set.of("definitions", "process", "subProcess", "transaction",
			"adHocSubProcess", "laneSet", "collaboration");

	private static final Set<String> LINKS = Set.of("incoming", "outgoing");

	/** Ids of added, removed and changed elements (or forms). */
	record Changes(List<String> added, List<String> removed, List<String> changed) {
	}

	private ModelDiff() {
	}

	static Changes elements(String fromXml, String toXml) {
		return compare(entries(fromXml), entries(toXml));
	}

	static Changes forms(Map<String, JsonNode> from, Map<String, JsonNode> to) {
		List<String> added = new ArrayList<>();
		List<String> changed = new ArrayList<>();
		to.forEach((id, schema) -> {
			if (!from.containsKey(id)) {
				added.add(id);
			}
			else if (!from.get(id).equals(schema)) {
				changed.add(id);
			}
		});
		List<String> removed = from.keySet().stream().filter(id -> !to.containsKey(id)).toList();
		return new Changes(added, removed, changed);
	}

	private static Changes compare(Map<String, String> from, Map<String, String> to) {
		List<String> added = new ArrayList<>();
		List<String> changed = new ArrayList<>();
		to.forEach((id, canonical) -> {
			if (!from.containsKey(id)) {
				added.add(id);
			}
			else if (!from.get(id).equals(canonical)) {
				changed.add(id);
			}
		});
		List<String> removed = from.keySet().stream().filter(id -> !to.containsKey(id)).toList();
		return new Changes(added, removed, changed);
	}

	/** Every compared element by id, in document order, with its canonical text. */
	private static Map<String, String> entries(String xml) {
		Map<String, String> entries = new LinkedHashMap<>();
		collect(ModelXml.dom(xml).getDocumentElement(), entries);
		return entries;
	}

	private static void collect(Element container, Map<String, String> entries) {
		for (Node child = container.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Element element && BPMN_NS.equals(element.getNamespaceURI())) {
				if (isEntry(element)) {
					StringBuilder canonical = new StringBuilder();
					canonical(element, canonical);
					entries.put(element.getAttribute("id"), canonical.toString());
				}
				if (CONTAINERS.contains(element.getLocalName())) {
					collect(element, entries);
				}
			}
		}
	}

	private static boolean isEntry(Element element) {
		Node parent = element.getParentNode();
		return element.hasAttribute("id") && parent instanceof Element container
				&& BPMN_NS.equals(container.getNamespaceURI()) && CONTAINERS.contains(container.getLocalName());
	}

	private static void canonical(Element element, StringBuilder out) {
		out.append('<').append(element.getNamespaceURI()).append(' ').append(element.getLocalName());
		Map<String, String> attributes = new TreeMap<>();
		NamedNodeMap all = element.getAttributes();
		for (int i = 0; i < all.getLength(); i++) {
			Attr attribute = (Attr) all.item(i);
			if (XMLNS_NS.equals(attribute.getNamespaceURI())) {
				continue;
			}
			String name = attribute.getLocalName() == null ? attribute.getName() : attribute.getLocalName();
			attributes.put((attribute.getNamespaceURI() == null ? "" : attribute.getNamespaceURI() + " ") + name,
					attribute.getValue());
		}
		attributes.forEach((name, value) -> out.append(' ').append(name).append("=\"").append(value).append('"'));
		out.append('>');
		for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Element nested) {
				boolean ownEntry = isEntry(nested) && BPMN_NS.equals(nested.getNamespaceURI());
				boolean link = BPMN_NS.equals(nested.getNamespaceURI()) && LINKS.contains(nested.getLocalName());
				if (!ownEntry && !link) {
					canonical(nested, out);
				}
			}
			else if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
				String text = child.getNodeValue().strip();
				if (!text.isEmpty()) {
					out.append(text.replaceAll("\\s+", " "));
				}
			}
		}
		out.append("</>");
	}

}
