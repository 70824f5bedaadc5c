package dev.baton.modeling;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.baton.modeling.ProcessCatalog.Localized;

/**
 * A new process from scratch: a start event with the start form {@code <key>-start} (a
 * required title, which becomes the request's title) leading to an end event, and what
 * every Baton process has: ten years of history, a version tag, the initiator recorded as
 * {@code initiator}, forms bound to the deployment, the English name, and the reject path
 * ({@code baton-rejected}, see processes/README.md).
 */
final class BlankProcess {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final String PROCESS = """
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
			@SHAPES@
			    </bpmndi:BPMNPlane>
			  </bpmndi:BPMNDiagram>
			</bpmn:definitions>
			""";

	/** Where the elements above stand in the diagram. */
	private static final String SHAPES = (event("StartEvent_RequestSubmitted", 152, 102, 145, 145, 50)
			+ event("EndEvent_Completed", 412, 102, 412, 145, 36) + edge("Flow_SubmittedToCompleted", 188, 412, 120)
			+ expandedSubProcess("SubProcess_Rejected", 150, 240, 300, 140)
			+ event("StartEvent_Rejected", 192, 292, 182, 335, 55) + event("EndEvent_Rejected", 352, 292, 354, 335, 33)
			+ edge("Flow_RejectedToEnd", 228, 352, 310))
		.indent(6);

	private BlankProcess() {
	}

	static ProcessModel create(String key, Localized name) {
		String startForm = key + "-start";
		String xml = PROCESS.replace("@SHAPES@\n", SHAPES)
			.replace("@KEY@", key)
			.replace("@FORM@", startForm)
			.replace("@NAME_ZH@", escape(name.zh()))
			.replace("@NAME_EN@", escape(name.en()));
		Map<String, JsonNode> forms = new LinkedHashMap<>();
		forms.put(startForm, startForm(startForm));
		return new ProcessModel(xml, forms);
	}

	/** One required field, the request's title. */
	private static ObjectNode startForm(String id) {
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
		form.put("id", id);
		form.put("executionPlatform", "Camunda Platform");
		form.put("executionPlatformVersion", "7.24.0");
		form.putObject("exporter").put("name", "Baton").put("version", "1.0");
		form.put("schemaVersion", 19);
		return form;
	}

	/** An event's 36×36 circle and its label below it. */
	private static String event(String element, int x, int y, int labelX, int labelY, int labelWidth) {
		String shape = """
				<bpmndi:BPMNShape id="%1$s_di" bpmnElement="%1$s">
				  <dc:Bounds x="%2$d" y="%3$d" width="36" height="36" />
				  <bpmndi:BPMNLabel>
				    <dc:Bounds x="%4$d" y="%5$d" width="%6$d" height="14" />
				  </bpmndi:BPMNLabel>
				</bpmndi:BPMNShape>
				""";
		return String.format(Locale.ROOT, shape, element, x, y, labelX, labelY, labelWidth);
	}

	/** A horizontal sequence flow. */
	private static String edge(String element, int fromX, int toX, int y) {
		String shape = """
				<bpmndi:BPMNEdge id="%1$s_di" bpmnElement="%1$s">
				  <di:waypoint x="%2$d" y="%4$d" />
				  <di:waypoint x="%3$d" y="%4$d" />
				</bpmndi:BPMNEdge>
				""";
		return String.format(Locale.ROOT, shape, element, fromX, toX, y);
	}

	private static String expandedSubProcess(String element, int x, int y, int width, int height) {
		String shape = """
				<bpmndi:BPMNShape id="%1$s_di" bpmnElement="%1$s" isExpanded="true">
				  <dc:Bounds x="%2$d" y="%3$d" width="%4$d" height="%5$d" />
				</bpmndi:BPMNShape>
				""";
		return String.format(Locale.ROOT, shape, element, x, y, width, height);
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

}
