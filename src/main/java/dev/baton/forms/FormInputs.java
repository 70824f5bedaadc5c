package dev.baton.forms;

import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What a form asks of the person who fills it. A step whose form has a field they can
 * edit is a step of work (place the order, confirm the receipt: they submit it); a step
 * whose form only shows the request, read-only, is an approval (they approve or reject
 * it).
 */
public final class FormInputs {

	/** Components that hold a value a person types or picks. */
	static final Set<String> INPUT_TYPES = Set.of("textfield", "textarea", "number", "datetime", "select", "radio",
			"checkbox", "checklist", "taglist");

	private static final int MAX_DEPTH = 30;

	private FormInputs() {
	}

	/**
	 * Whether the form has an input field that is not read-only or disabled (a read-only
	 * condition written in FEEL may make it editable, so it counts as editable).
	 */
	public static boolean asksForInput(JsonNode schema) {
		return schema != null && editable(schema.path("components"), 0);
	}

	private static boolean editable(JsonNode components, int depth) {
		if (!components.isArray() || depth > MAX_DEPTH) {
			return false;
		}
		for (JsonNode component : components) {
			String type = component.path("type").asText("");
			if (INPUT_TYPES.contains(type) && component.hasNonNull("key")
					&& !component.path("disabled").asBoolean(false)
					&& !(component.path("readonly").isBoolean() && component.path("readonly").asBoolean())) {
				return true;
			}
			if (editable(component.path("components"), depth + 1)) {
				return true;
			}
		}
		return false;
	}

}
