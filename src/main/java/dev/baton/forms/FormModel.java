package dev.baton.forms;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A form-js schema turned into the shape of the data it accepts: which keys exist, where
 * they sit (a group with a {@code path} nests its fields in an object, a dynamic list
 * holds a list of objects, a dotted key nests too), and the components whose conditions
 * and read-only flags apply to each field. Built once per deployed form and shared;
 * immutable after {@link #of}.
 */
final class FormModel {

	/**
	 * Components that bind a value through {@code key} and that the server knows how to
	 * check.
	 */
	static final Set<String> FIELD_TYPES = Set.of("textfield", "textarea", "number", "datetime", "select", "radio",
			"checkbox", "checklist", "taglist", "expression");

	final String id;

	final Obj root = new Obj();

	private FormModel(String id) {
		this.id = id;
	}

	/**
	 * A component of the schema: what decides whether it is shown, editable, and how it
	 * is named.
	 */
	record Component(String id, String type, String key, String label, JsonNode json, String hide, JsonNode readonly,
			boolean disabled) {

		static Component of(JsonNode json) {
			String type = json.path("type").asText("");
			String key = json.path("key").asText(json.path("path").asText(""));
			String label = firstText(json, "label", "dateLabel", "timeLabel");
			if (label == null || label.startsWith("=")) {
				label = key.isEmpty() ? json.path("id").asText(type) : key;
			}
			JsonNode hide = json.path("conditional").path("hide");
			return new Component(json.path("id").asText(""), type, key, label, json,
					hide.isTextual() && !hide.asText().isBlank() ? hide.asText() : null, json.path("readonly"),
					json.path("disabled").asBoolean(false));
		}

		/**
		 * Read-only for sure, whatever the data (a literal {@code true}, or disabled).
		 */
		boolean alwaysProtected() {
			return disabled || (readonly.isBoolean() && readonly.asBoolean());
		}

		private static String firstText(JsonNode json, String... names) {
			for (String name : names) {
				if (json.path(name).isTextual() && !json.path(name).asText().isBlank()) {
					return json.path(name).asText();
				}
			}
			return null;
		}
	}

	/** Where a value sits in the data. */
	sealed interface Node permits Obj, Field, Repeat {

		/**
		 * Whether anything below can be written by a submission (an editable or computed
		 * field).
		 */
		boolean writable();

	}

	/**
	 * An object: the top level, a group with a path, an intermediate segment of a dotted
	 * key, a list row.
	 */
	static final class Obj implements Node {

		final Map<String, Node> members = new LinkedHashMap<>();

		@Override
		public boolean writable() {
			return members.values().stream().anyMatch(Node::writable);
		}

	}

	/**
	 * A field bound by key.
	 *
	 * @param containers the groups around it within its scope (the form, or one list
	 * row), outermost first
	 */
	record Field(Component component, List<Component> containers) implements Node {

		boolean supported() {
			return FIELD_TYPES.contains(component.type());
		}

		boolean computed() {
			return component.type().equals("expression");
		}

		@Override
		public boolean writable() {
			return supported() && (computed()
					|| (!component.alwaysProtected() && containers.stream().noneMatch(Component::alwaysProtected)));
		}
	}

	/**
	 * A dynamic list: a list of rows shaped like {@code row}; conditions inside a row see
	 * the row as {@code this}.
	 */
	record Repeat(Component component, List<Component> containers, Obj row) implements Node {

		@Override
		public boolean writable() {
			return !component.alwaysProtected() && containers.stream().noneMatch(Component::alwaysProtected)
					&& row.writable();
		}
	}

	/** A schema this server cannot take apart safely (two fields bound to one place). */
	static final class InvalidFormException extends IllegalStateException {

		InvalidFormException(String message) {
			super(message);
		}

	}

	static FormModel of(JsonNode schema) {
		FormModel model = new FormModel(schema.path("id").asText(""));
		model.add(schema.path("components"), model.root, List.of());
		return model;
	}

	private void add(JsonNode components, Obj target, List<Component> containers) {
		for (JsonNode json : components) {
			Component component = Component.of(json);
			String type = component.type();
			List<Component> inside = append(containers, component);
			if (type.equals("group")) {
				String path = json.path("path").asText("");
				add(json.path("components"), path.isBlank() ? target : object(target, segments(path)), inside);
			}
			else if (type.equals("dynamiclist")) {
				String path = json.path("path").asText("");
				if (path.isBlank()) {
					continue; // form-js cannot bind a list without a path: its fields
								// stay unknown
				}
				Repeat repeat = new Repeat(component, containers, new Obj());
				put(target, segments(path), repeat);
				add(json.path("components"), repeat.row(), List.of());
			}
			else if (json.hasNonNull("key") && !json.path("key").asText().isBlank()) {
				// every keyed component is a field; kinds the server cannot check refuse
				// every value
				put(target, segments(json.path("key").asText()), new Field(component, containers));
			}
			// other components (text, separator, html, iframe, unknown containers ...)
			// bind nothing;
			// fields inside unknown containers are deliberately left unknown
		}
	}

	private static List<Component> append(List<Component> list, Component component) {
		List<Component> copy = new ArrayList<>(list);
		copy.add(component);
		return List.copyOf(copy);
	}

	private static List<String> segments(String path) {
		return Arrays.stream(path.split("\\.")).toList();
	}

	private Obj object(Obj target, List<String> segments) {
		Obj current = target;
		for (String segment : segments) {
			Node existing = current.members.get(segment);
			if (existing == null) {
				Obj created = new Obj();
				current.members.put(segment, created);
				current = created;
			}
			else if (existing instanceof Obj obj) {
				current = obj;
			}
			else {
				throw new InvalidFormException(
						"Form '" + id + "' binds '" + String.join(".", segments) + "' both as a group and as a field");
			}
		}
		return current;
	}

	private void put(Obj target, List<String> segments, Node node) {
		Obj parent = object(target, segments.subList(0, segments.size() - 1));
		String name = segments.get(segments.size() - 1);
		if (parent.members.putIfAbsent(name, node) != null) {
			throw new InvalidFormException("Form '" + id + "' binds '" + String.join(".", segments) + "' twice");
		}
	}

}
