package dev.baton.forms;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The form-js components Baton renders in its web app and validates on the server. A form
 * with any other component (a file picker, an iframe, raw HTML …) would show something
 * the server cannot check, or nothing at all, so the designer must not publish it.
 */
public final class SupportedComponents {

	/** Component types Baton supports, fields and layout alike. */
	public static final Set<String> TYPES = Set.of("textfield", "textarea", "number", "datetime", "select", "radio",
			"checkbox", "checklist", "taglist", "dynamiclist", "group", "text", "expression", "separator", "spacer");

	/**
	 * A component Baton does not support: its type and how the designer knows it (label,
	 * key or id).
	 */
	public record Unsupported(String type, String name) {
	}

	private SupportedComponents() {
	}

	/**
	 * Every unsupported component of a form-js schema, nested ones included, in form
	 * order.
	 */
	public static List<Unsupported> in(JsonNode schema) {
		List<Unsupported> found = new ArrayList<>();
		collect(schema == null ? null : schema.path("components"), found);
		return found;
	}

	private static void collect(JsonNode components, List<Unsupported> found) {
		if (components == null || !components.isArray()) {
			return;
		}
		for (JsonNode component : components) {
			String type = component.path("type").asText("");
			if (!TYPES.contains(type)) {
				found.add(new Unsupported(type, nameOf(component)));
			}
			collect(component.path("components"), found);
		}
	}

	private static String nameOf(JsonNode component) {
		for (String property : new String[] { "label", "key", "id" }) {
			String value = component.path(property).asText("");
			if (!value.isBlank()) {
				return value;
			}
		}
		return component.path("type").asText("?");
	}

}
