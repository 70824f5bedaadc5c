package dev.baton.security;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import dev.baton.support.Http;

/**
 * A deployment sent the way Camunda Modeler sends it: multipart, with Basic credentials.
 */
final class ModelerDeployments {

	private ModelerDeployments() {
	}

	static HttpRequest.Builder deployment(Http http, String name, String fileName, String bpmn, String user) {
		String boundary = "----CamundaModeler" + UUID.randomUUID().toString().replace("-", "");
		StringBuilder body = new StringBuilder();
		field(body, boundary, "deployment-name", name);
		field(body, boundary, "deployment-source", "Camunda Modeler");
		field(body, boundary, "enable-duplicate-filtering", "true");
		body.append("--")
			.append(boundary)
			.append("\r\nContent-Disposition: form-data; name=\"data\"; filename=\"")
			.append(fileName)
			.append("\"\r\nContent-Type: application/octet-stream\r\n\r\n")
			.append(bpmn)
			.append("\r\n--")
			.append(boundary)
			.append("--\r\n");
		return http.request("/engine-rest/deployment/create", user, "demo")
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8));
	}

	private static void field(StringBuilder body, String boundary, String name, String value) {
		body.append("--")
			.append(boundary)
			.append("\r\nContent-Disposition: form-data; name=\"")
			.append(name)
			.append("\"\r\n\r\n")
			.append(value)
			.append("\r\n");
	}

	/** A one-step approval by the initiator. */
	static String safeModel(String key) {
		return """
				<?xml version="1.0" encoding="UTF-8"?>
				<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
				    id="Definitions_1" targetNamespace="http://bpmn.io/schema/bpmn">
				  <bpmn:process id="%s" name="审批" isExecutable="true">
				    <bpmn:startEvent id="StartEvent_1" camunda:initiator="initiator" />
				    <bpmn:sequenceFlow id="Flow_1" sourceRef="StartEvent_1" targetRef="Task_Approve" />
				    <bpmn:userTask id="Task_Approve" name="审批" camunda:assignee="${initiator}" />
				    <bpmn:sequenceFlow id="Flow_2" sourceRef="Task_Approve" targetRef="EndEvent_1" />
				    <bpmn:endEvent id="EndEvent_1" />
				  </bpmn:process>
				</bpmn:definitions>"""
			.formatted(key);
	}

	/** A model with a script task, which the safety policy refuses. */
	static String scriptModel(String key) {
		return """
				<?xml version="1.0" encoding="UTF-8"?>
				<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
				    id="Definitions_1" targetNamespace="http://bpmn.io/schema/bpmn">
				  <bpmn:process id="%s" isExecutable="true">
				    <bpmn:startEvent id="StartEvent_1" />
				    <bpmn:sequenceFlow id="Flow_1" sourceRef="StartEvent_1" targetRef="Task_Script" />
				    <bpmn:scriptTask id="Task_Script" scriptFormat="javascript">
				      <bpmn:script>java.lang.Runtime.getRuntime()</bpmn:script>
				    </bpmn:scriptTask>
				  </bpmn:process>
				</bpmn:definitions>""".formatted(key);
	}

}
