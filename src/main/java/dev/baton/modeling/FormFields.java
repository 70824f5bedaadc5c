package dev.baton.modeling;

import java.util.LinkedHashSet;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The process variables a form-js schema writes: the first segment of every field's
 * {@code key} ({@code address.city} writes {@code address}), and of every group's or
 * dynamic list's {@code path} (its fields nest inside it). A group without a path nests
 * nothing, so its fields count at the top. This is what a gateway condition can read
 * after the form was submitted.
 */
final class FormFields {

	private static final int MAX_DEPTH = 30;

	private FormFields() {
	}

	static Set<String> variables(JsonNode schema) {
		Set<String> names = new LinkedHashSet<>();
		collect(schema == null ? null : schema.path("components"), names, 0);
		return names;
	}

	/**
	 * Whether the schema is a form-js form: a JSON object with a {@code components} list.
	 */
	static boolean isFormSchema(JsonNode schema) {
		return schema != null && schema.isObject() && schema.path("components").isArray();
	}

	private static void collect(JsonNode components, Set<String> names, int depth) {
		if (components == null || !components.isArray() || depth > MAX_DEPTH) {
			return;
		}
		for (JsonNode component : components) {
			String path = text(component, "path");
			String key = text(component, "key");
			if (path != null) {
				names.add(firstSegment(path));
			}
			else if (key != null) {
				names.add(firstSegment(key));
			}
			else {
				collect(component.path("components"), names, depth + 1);
			}
		}
	}

	private static String text(JsonNode component, String field) {
		JsonNode value = component.path(field);
		return value.isTextual() && !value.asText().isBlank() ? value.asText().trim() : null;
	}

	private static String firstSegment(String key) {
		int dot = key.indexOf('.');
		return dot < 0 ? key : key.substring(0, dot);
	}

}
