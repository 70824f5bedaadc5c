package dev.baton.modeling;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/** A BPMN model and its forms by form id: what a new draft starts from. */
record ProcessModel(String bpmnXml, Map<String, JsonNode> forms) {
}
