package dev.baton.modeling;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.baton.modeling.ProcessCatalog.Localized;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * A copy of a model under a new key and name: the process id, its references in the
 * diagram and collaboration, the names, and the ids of the forms that carry the old key
 * as prefix ({@code purchase-request-start} → {@code <new key>-start}, also in every
 * {@code camunda:formRef}). The request id prefix ({@code baton.key.prefix}) is dropped:
 * the copy's requests get the initials of its own key unless the designer sets one.
 */
final class ProcessCopy {

	private ProcessCopy() {
	}

	static ProcessModel of(String xml, Map<String, JsonNode> forms, String fromKey, String toKey, Localized name) {
		Document document = ModelXml.dom(xml);
		Element root = document.getDocumentElement();
		Map<String, String> formIds = new LinkedHashMap<>();
		Map<String, JsonNode> copiedForms = new LinkedHashMap<>();
		forms.forEach((id, schema) -> {
			String newId = id.startsWith(fromKey + "-") ? toKey + id.substring(fromKey.length()) : id;
			formIds.put(id, newId);
			JsonNode copied = schema.deepCopy();
			if (copied instanceof ObjectNode object) {
				object.put("id", newId);
			}
			copiedForms.put(newId, copied);
		});
		rename(root, fromKey, toKey, formIds);
		for (Element process : ModelDom.elements(root, ModelDiff.BPMN_NS, "process")) {
			if (toKey.equals(process.getAttribute("id"))) {
				process.setAttribute("name", name.zh());
				ProcessPropertyEdits.set(document, process, ProcessCatalog.ENGLISH_NAME, name.en());
				ProcessPropertyEdits.remove(process, ProcessCatalog.KEY_PREFIX);
			}
		}
		return new ProcessModel(ModelDom.serialize(document), copiedForms);
	}

	private static void rename(Element element, String fromKey, String toKey, Map<String, String> formIds) {
		NamedNodeMap attributes = element.getAttributes();
		for (int i = 0; i < attributes.getLength(); i++) {
			Attr attribute = (Attr) attributes.item(i);
			String local = attribute.getLocalName() == null ? attribute.getName() : attribute.getLocalName();
			String value = attribute.getValue();
			if (ModelDom.CAMUNDA_NS.equals(attribute.getNamespaceURI()) && local.equals("formRef")
					&& formIds.containsKey(value.trim())) {
				attribute.setValue(formIds.get(value.trim()));
			}
			else if (attribute.getNamespaceURI() == null && switch (local) {
				case "id", "bpmnElement", "processRef" -> true;
				default -> false;
			}) {
				if (value.equals(fromKey)) {
					attribute.setValue(toKey);
				}
				else if (local.equals("id") && (value.equals("Definitions_" + fromKey)
						|| value.equals("BPMNDiagram_" + fromKey) || value.equals("BPMNPlane_" + fromKey))) {
					attribute.setValue(value.substring(0, value.length() - fromKey.length()) + toKey);
				}
			}
		}
		for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Element nested) {
				rename(nested, fromKey, toKey, formIds);
			}
		}
	}

}
