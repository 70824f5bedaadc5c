package dev.baton.modeling;

import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.baton.modeling.ProcessCatalog.Localized;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * New drafts: a blank process with Baton's defaults, or a copy of a published version under a new
 * key and name. Also reads a draft's names back from its BPMN, for lists.
 */
final class ProcessTemplates {

    static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A model and its forms by form id. */
    record Model(String bpmnXml, Map<String, JsonNode> forms) {
    }

    private ProcessTemplates() {
    }

    /**
     * A start event with the start form {@code <key>-start} (a required title, which becomes the
     * request's title) leading to an end event, and what every Baton process has: ten years of
     * history, a version tag, the initiator recorded as {@code initiator}, forms bound to the
     * deployment, the English name, and the reject path ({@code baton-rejected}, see processes/README.md).
     */
    static Model blank(String key, Localized name) {
        String startForm = key + "-start";
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" xmlns:modeler="http://camunda.org/schema/modeler/1.0" id="Definitions_@KEY@" targetNamespace="http://bpmn.io/schema/bpmn" exporter="Baton" exporterVersion="1.0" modeler:executionPlatform="Camunda Platform" modeler:executionPlatformVersion="7.24.0">
                  <bpmn:process id="@KEY@" name="@NAME_ZH@" isExecutable="true" camunda:versionTag="1.0.0" camunda:historyTimeToLive="P3650D">
                    <bpmn:extensionElements>
                      <camunda:properties>
                        <camunda:property name="baton.name.en" value="@NAME_EN@" />
                      </camunda:properties>
                    </bpmn:extensionElements>
                    <bpmn:startEvent id="StartEvent_RequestSubmitted" name="提交申请" camunda:formRef="@FORM@" camunda:formRefBinding="deployment" camunda:initiator="initiator">
                      <bpmn:outgoing>Flow_SubmittedToCompleted</bpmn:outgoing>
                    </bpmn:startEvent>
                    <bpmn:endEvent id="EndEvent_Completed" name="已完成">
                      <bpmn:incoming>Flow_SubmittedToCompleted</bpmn:incoming>
                    </bpmn:endEvent>
                    <bpmn:sequenceFlow id="Flow_SubmittedToCompleted" sourceRef="StartEvent_RequestSubmitted" targetRef="EndEvent_Completed" />
                    <bpmn:subProcess id="SubProcess_Rejected" name="驳回" triggeredByEvent="true">
                      <bpmn:startEvent id="StartEvent_Rejected" name="申请被驳回">
                        <bpmn:outgoing>Flow_RejectedToEnd</bpmn:outgoing>
                        <bpmn:errorEventDefinition id="ErrorEventDefinition_Rejected" errorRef="Error_BatonRejected" />
                      </bpmn:startEvent>
                      <bpmn:endEvent id="EndEvent_Rejected" name="已驳回">
                        <bpmn:incoming>Flow_RejectedToEnd</bpmn:incoming>
                      </bpmn:endEvent>
                      <bpmn:sequenceFlow id="Flow_RejectedToEnd" sourceRef="StartEvent_Rejected" targetRef="EndEvent_Rejected" />
                    </bpmn:subProcess>
                  </bpmn:process>
                  <bpmn:error id="Error_BatonRejected" name="驳回 Rejected" errorCode="baton-rejected" />
                  <bpmndi:BPMNDiagram id="BPMNDiagram_@KEY@">
                    <bpmndi:BPMNPlane id="BPMNPlane_@KEY@" bpmnElement="@KEY@">
                      <bpmndi:BPMNShape id="StartEvent_RequestSubmitted_di" bpmnElement="StartEvent_RequestSubmitted">
                        <dc:Bounds x="152" y="102" width="36" height="36" />
                        <bpmndi:BPMNLabel>
                          <dc:Bounds x="145" y="145" width="50" height="14" />
                        </bpmndi:BPMNLabel>
                      </bpmndi:BPMNShape>
                      <bpmndi:BPMNShape id="EndEvent_Completed_di" bpmnElement="EndEvent_Completed">
                        <dc:Bounds x="412" y="102" width="36" height="36" />
                        <bpmndi:BPMNLabel>
                          <dc:Bounds x="412" y="145" width="36" height="14" />
                        </bpmndi:BPMNLabel>
                      </bpmndi:BPMNShape>
                      <bpmndi:BPMNEdge id="Flow_SubmittedToCompleted_di" bpmnElement="Flow_SubmittedToCompleted">
                        <di:waypoint x="188" y="120" />
                        <di:waypoint x="412" y="120" />
                      </bpmndi:BPMNEdge>
                      <bpmndi:BPMNShape id="SubProcess_Rejected_di" bpmnElement="SubProcess_Rejected" isExpanded="true">
                        <dc:Bounds x="150" y="240" width="300" height="140" />
                      </bpmndi:BPMNShape>
                      <bpmndi:BPMNShape id="StartEvent_Rejected_di" bpmnElement="StartEvent_Rejected">
                        <dc:Bounds x="192" y="292" width="36" height="36" />
                        <bpmndi:BPMNLabel>
                          <dc:Bounds x="182" y="335" width="55" height="14" />
                        </bpmndi:BPMNLabel>
                      </bpmndi:BPMNShape>
                      <bpmndi:BPMNShape id="EndEvent_Rejected_di" bpmnElement="EndEvent_Rejected">
                        <dc:Bounds x="352" y="292" width="36" height="36" />
                        <bpmndi:BPMNLabel>
                          <dc:Bounds x="354" y="335" width="33" height="14" />
                        </bpmndi:BPMNLabel>
                      </bpmndi:BPMNShape>
                      <bpmndi:BPMNEdge id="Flow_RejectedToEnd_di" bpmnElement="Flow_RejectedToEnd">
                        <di:waypoint x="228" y="310" />
                        <di:waypoint x="352" y="310" />
                      </bpmndi:BPMNEdge>
                    </bpmndi:BPMNPlane>
                  </bpmndi:BPMNDiagram>
                </bpmn:definitions>
                """
                .replace("@KEY@", key)
                .replace("@FORM@", startForm)
                .replace("@NAME_ZH@", escape(name.zh()))
                .replace("@NAME_EN@", escape(name.en()));
        ObjectNode form = JSON.createObjectNode();
        var components = form.putArray("components");
        ObjectNode title = components.addObject();
        title.put("label", "标题 / Title");
        title.put("type", "textfield");
        title.put("id", "Field_title");
        title.put("key", "title");
        title.putObject("validate").put("required", true).put("maxLength", 200);
        title.putObject("layout").put("row", "Row_title").putNull("columns");
        form.put("type", "default");
        form.put("id", startForm);
        form.put("executionPlatform", "Camunda Platform");
        form.put("executionPlatformVersion", "7.24.0");
        form.putObject("exporter").put("name", "Baton").put("version", "1.0");
        form.put("schemaVersion", 19);
        Map<String, JsonNode> forms = new LinkedHashMap<>();
        forms.put(startForm, form);
        return new Model(xml, forms);
    }

    /**
     * A copy of a model under a new key and name: the process id, its references in the diagram and
     * collaboration, the names, and the ids of the forms that carry the old key as prefix
     * ({@code purchase-request-start} → {@code <new key>-start}, also in every {@code camunda:formRef}).
     * The request id prefix ({@code baton.key.prefix}) is dropped: the copy's requests get the
     * initials of its own key unless the designer sets one.
     */
    static Model copy(String xml, Map<String, JsonNode> forms, String fromKey, String toKey, Localized name) {
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
        for (Element process : elements(root, ModelDiff.BPMN_NS, "process")) {
            if (toKey.equals(process.getAttribute("id"))) {
                process.setAttribute("name", name.zh());
                setProcessProperty(document, process, ProcessCatalog.ENGLISH_NAME, name.en());
                removeProcessProperty(process, ProcessCatalog.KEY_PREFIX);
            }
        }
        return new Model(serialize(document), copiedForms);
    }

    /** The names a draft's BPMN gives its process (name, {@code baton.name.en}), or {@code null} if unreadable. */
    static Localized names(String xml, String key) {
        try {
            Element root = ModelXml.dom(xml).getDocumentElement();
            Element found = null;
            for (Element process : elements(root, ModelDiff.BPMN_NS, "process")) {
                if (key.equals(process.getAttribute("id")) || found == null) {
                    found = process;
                }
            }
            if (found == null) {
                return null;
            }
            String zh = found.getAttribute("name").strip();
            String en = null;
            for (Element property : elements(found, CAMUNDA_NS, "property")) {
                if (ProcessCatalog.ENGLISH_NAME.equals(property.getAttribute("name"))
                        && property.getParentNode().getParentNode().getParentNode() == found) {
                    en = property.getAttribute("value").strip();
                }
            }
            zh = zh.isEmpty() ? key : zh;
            return new Localized(zh, en == null || en.isEmpty() ? zh : en);
        } catch (ModelXml.Invalid unreadable) {
            return null;
        }
    }

    private static void rename(Element element, String fromKey, String toKey, Map<String, String> formIds) {
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attribute = (Attr) attributes.item(i);
            String local = attribute.getLocalName() == null ? attribute.getName() : attribute.getLocalName();
            String value = attribute.getValue();
            if (CAMUNDA_NS.equals(attribute.getNamespaceURI()) && local.equals("formRef") && formIds.containsKey(value.trim())) {
                attribute.setValue(formIds.get(value.trim()));
            } else if (attribute.getNamespaceURI() == null && switch (local) {
                case "id", "bpmnElement", "processRef" -> true;
                default -> false;
            }) {
                if (value.equals(fromKey)) {
                    attribute.setValue(toKey);
                } else if (local.equals("id") && (value.equals("Definitions_" + fromKey)
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

    private static void setProcessProperty(Document document, Element process, String name, String value) {
        Element properties = processProperties(process);
        if (properties == null) {
            Element extensions = null;
            for (Node child = process.getFirstChild(); child != null; child = child.getNextSibling()) {
                if (child instanceof Element e && ModelDiff.BPMN_NS.equals(e.getNamespaceURI())
                        && "extensionElements".equals(e.getLocalName())) {
                    extensions = e;
                }
            }
            if (extensions == null) {
                extensions = document.createElementNS(ModelDiff.BPMN_NS, prefixed(process, "extensionElements"));
                Node first = process.getFirstChild();
                // documentation comes first in BPMN's schema
                while (first != null && !(first instanceof Element e && !"documentation".equals(e.getLocalName()))) {
                    first = first.getNextSibling();
                }
                process.insertBefore(extensions, first);
            }
            properties = document.createElementNS(CAMUNDA_NS, "camunda:properties");
            extensions.appendChild(properties);
        }
        for (Node child = properties.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element property && name.equals(property.getAttribute("name"))) {
                property.setAttribute("value", value);
                return;
            }
        }
        Element property = document.createElementNS(CAMUNDA_NS, properties.getPrefix() == null
                ? "property" : properties.getPrefix() + ":property");
        property.setAttribute("name", name);
        property.setAttribute("value", value);
        properties.appendChild(property);
    }

    private static void removeProcessProperty(Element process, String name) {
        Element properties = processProperties(process);
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

    private static Element processProperties(Element process) {
        for (Node child = process.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element extensions && ModelDiff.BPMN_NS.equals(extensions.getNamespaceURI())
                    && "extensionElements".equals(extensions.getLocalName())) {
                for (Node inner = extensions.getFirstChild(); inner != null; inner = inner.getNextSibling()) {
                    if (inner instanceof Element properties && CAMUNDA_NS.equals(properties.getNamespaceURI())
                            && "properties".equals(properties.getLocalName())) {
                        return properties;
                    }
                }
            }
        }
        return null;
    }

    private static String prefixed(Element sibling, String localName) {
        return sibling.getPrefix() == null ? localName : sibling.getPrefix() + ":" + localName;
    }

    private static java.util.List<Element> elements(Element root, String namespace, String localName) {
        NodeList list = root.getElementsByTagNameNS(namespace, localName);
        java.util.List<Element> found = new java.util.ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            found.add((Element) list.item(i));
        }
        return found;
    }

    private static String serialize(Document document) {
        try {
            TransformerFactory factory = TransformerFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
            Transformer transformer = factory.newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            document.setXmlStandalone(true);
            StringWriter out = new StringWriter();
            transformer.transform(new DOMSource(document), new StreamResult(out));
            return out.toString();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot write the copied model", e);
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
