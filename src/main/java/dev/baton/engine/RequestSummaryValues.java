package dev.baton.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * A request's summary: the few form fields a process names as its key figures (the
 * process property {@code baton.summary}, e.g. {@code "total,supplier"}), shown on inbox
 * cards and request lists. The read models store their values as one small JSON object,
 * {@code {"total":57000,"supplier":"京东"}}, in the order the process names them; who shows
 * it labels the values with the forms of the request's own process version.
 * <p>
 * Only plain values are kept: text (at most {@value #MAX_TEXT} characters), numbers,
 * booleans, dates as ISO text, and lists of those (a checklist's values). Empty values
 * are left out; a summary with no value at all is {@code null}.
 */
public final class RequestSummaryValues {

	/** The process's extension property naming the summary's fields. */
	public static final String PROPERTY = "baton.summary";

	/** At most this many fields make a summary (a card has room for a few). */
	public static final int MAX_FIELDS = 4;

	public static final int MAX_TEXT = 100;

	/** The stored JSON never exceeds the read models' columns. */
	public static final int MAX_JSON = 1000;

	/** Where the parse listener keeps a definition's field keys. */
	static final String DEFINITION_PROPERTY = "batonSummaryFields";

	private static final ObjectMapper JSON = new ObjectMapper();

	private RequestSummaryValues() {
	}

	/**
	 * The field keys of a {@code baton.summary} value: comma-separated, trimmed, blanks
	 * and repeats dropped, in order. Nothing for {@code null}.
	 */
	public static List<String> keys(String property) {
		if (property == null || property.isBlank()) {
			return List.of();
		}
		Set<String> keys = new LinkedHashSet<>();
		for (String key : property.split(",")) {
			if (!key.isBlank()) {
				keys.add(key.trim());
			}
		}
		return List.copyOf(keys);
	}

	/**
	 * The summary JSON of the values of these keys, or {@code null} when none has a
	 * value.
	 * @param valueOf a variable's value: a plain Java value (as a validated submission
	 * holds it) or a Camunda {@link TypedValue}
	 */
	public static String json(List<String> keys, Function<String, Object> valueOf) {
		ObjectNode summary = JsonNodeFactory.instance.objectNode();
		for (String key : keys.subList(0, Math.min(keys.size(), MAX_FIELDS))) {
			if (ApprovalVariables.isReserved(key)) {
				continue;
			}
			JsonNode value = plain(valueOf.apply(key));
			if (value != null) {
				summary.set(key, value);
			}
		}
		if (summary.isEmpty()) {
			return null;
		}
		String json = summary.toString();
		while (json.length() > MAX_JSON && summary.size() > 1) {
			// keep what fits: the first fields are the ones the process names first
			List<String> names = new ArrayList<>();
			summary.fieldNames().forEachRemaining(names::add);
			summary.remove(names.get(names.size() - 1));
			json = summary.toString();
		}
		return json.length() > MAX_JSON ? null : json;
	}

	/** The summary JSON of a map of variables (plain or typed values). */
	public static String json(List<String> keys, Map<String, ?> variables) {
		return json(keys, variables::get);
	}

	/**
	 * The field keys the parse listener recorded on a deployed definition (nothing when
	 * its process names none).
	 */
	@SuppressWarnings("unchecked")
	static List<String> keysOf(ProcessDefinitionEntity definition) {
		Object keys = definition == null ? null : definition.getProperty(DEFINITION_PROPERTY);
		return keys instanceof List<?> list ? (List<String>) list : Collections.emptyList();
	}

	private static JsonNode plain(Object value) {
		if (value instanceof TypedValue typed) {
			value = unwrap(typed);
		}
		if (value == null) {
			return null;
		}
		if (value instanceof JsonNode node) {
			return plainNode(node);
		}
		if (value instanceof String text) {
			return text.isBlank() ? null : JsonNodeFactory.instance.textNode(cut(text.strip()));
		}
		if (value instanceof Boolean flag) {
			return JsonNodeFactory.instance.booleanNode(flag);
		}
		if (value instanceof Number number) {
			return JsonNodeFactory.instance.numberNode(new java.math.BigDecimal(number.toString()));
		}
		if (value instanceof Date date) {
			return JsonNodeFactory.instance.textNode(date.toInstant().toString());
		}
		if (value instanceof Iterable<?> || value.getClass().isArray()) {
			return plainNode(JSON.valueToTree(value));
		}
		return null;
	}

	private static Object unwrap(TypedValue typed) {
		if (typed instanceof SerializableValue serializable) {
			String format = serializable instanceof ObjectValue object ? object.getSerializationDataFormat()
					: "application/json";
			if (!"application/json".equals(format)) {
				return null;
			}
			if (serializable.isDeserialized()) {
				return serializable.getValue();
			}
			try {
				return serializable.getValueSerialized() == null ? null
						: JSON.readTree(serializable.getValueSerialized());
			}
			catch (JsonProcessingException notJson) {
				return null;
			}
		}
		return typed.getValue();
	}

	/** Scalars as they are, lists of scalars as lists; anything else is not summary. */
	private static JsonNode plainNode(JsonNode node) {
		if (node == null || node.isNull() || node.isMissingNode() || node.isObject()) {
			return null;
		}
		if (node.isTextual()) {
			return node.asText().isBlank() ? null : JsonNodeFactory.instance.textNode(cut(node.asText().strip()));
		}
		if (node.isArray()) {
			ArrayNode list = JsonNodeFactory.instance.arrayNode();
			for (JsonNode item : node) {
				if (item.isValueNode() && !item.isNull()) {
					list.add(item.isTextual() ? JsonNodeFactory.instance.textNode(cut(item.asText())) : item);
				}
				if (list.size() >= 10) {
					break;
				}
			}
			return list.isEmpty() ? null : list;
		}
		return node;
	}

	private static String cut(String text) {
		return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT - 1) + "…";
	}

}
