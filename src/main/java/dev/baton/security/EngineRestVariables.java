package dev.baton.security;

import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Variable values Baton never stores, found in the JSON body of an engine call: a
 * serialized Java object (the engine refuses it only after the call has started, with a
 * server error) and an {@code Xml} value (Baton has no XML data format). A typed value in
 * the engine's REST API is an object with {@code type} and {@code value} or
 * {@code valueInfo}, wherever it appears (variables of a start, a message, a
 * modification, or the body of {@code PUT …/variables/{name}}).
 */
final class EngineRestVariables {

	static final String JAVA_SERIALIZED = "engineRest.variable.javaSerialized";

	static final String XML = "engineRest.variable.xml";

	private EngineRestVariables() {
	}

	/** A variable Baton refuses: the message key and the variable's name. */
	record Refusal(String messageKey, String name) {
	}

	/**
	 * @param body the parsed JSON body
	 * @param bodyName the name of the variable when the whole body is one value (the last
	 * path segment of {@code PUT …/variables/{name}}), or a placeholder
	 */
	static Optional<Refusal> refused(JsonNode body, String bodyName) {
		return refused(body, bodyName, 0);
	}

	private static Optional<Refusal> refused(JsonNode node, String name, int depth) {
		if (node == null || depth > 64) {
			return Optional.empty();
		}
		if (node.isObject()) {
			Optional<String> key = refusedType(node);
			if (key.isPresent()) {
				return Optional.of(new Refusal(key.get(), name));
			}
			for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext();) {
				Map.Entry<String, JsonNode> field = fields.next();
				Optional<Refusal> inner = refused(field.getValue(), field.getKey(), depth + 1);
				if (inner.isPresent()) {
					return inner;
				}
			}
		}
		else if (node.isArray()) {
			for (JsonNode element : node) {
				Optional<Refusal> inner = refused(element, name, depth + 1);
				if (inner.isPresent()) {
					return inner;
				}
			}
		}
		return Optional.empty();
	}

	private static Optional<String> refusedType(JsonNode node) {
		JsonNode type = node.get("type");
		if (type == null || !type.isTextual() || !(node.has("value") || node.has("valueInfo"))) {
			return Optional.empty();
		}
		String kind = type.asText().trim().toLowerCase(Locale.ROOT);
		if (kind.equals("xml")) {
			return Optional.of(XML);
		}
		JsonNode format = node.path("valueInfo").path("serializationDataFormat");
		if (format.isTextual() && format.asText().toLowerCase(Locale.ROOT).contains("java-serialized")) {
			return Optional.of(JAVA_SERIALIZED);
		}
		return Optional.empty();
	}

}
