package dev.baton.engine;

import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * A request's form data as plain JSON values for clients: strings, numbers, booleans,
 * lists and objects. Values the engine keeps as JSON (lists from forms) are parsed back;
 * Baton's own variables and anything that is not JSON (files, Java objects) are left out.
 */
public final class PlainVariables {

	private static final ObjectMapper JSON = new ObjectMapper();

	private PlainVariables() {
	}

	/**
	 * @param typed variables read with {@code getVariablesTyped(id, false)} (not
	 * deserialized)
	 */
	public static Map<String, Object> of(VariableMap typed) {
		Map<String, Object> plain = new LinkedHashMap<>();
		for (String name : typed.keySet()) {
			put(plain, name, typed.getValueTyped(name));
		}
		return plain;
	}

	/**
	 * Adds one variable to {@code target} if it belongs to a form (not reserved) and is
	 * plain JSON.
	 * @return whether it was added
	 */
	public static boolean put(Map<String, Object> target, String name, TypedValue value) {
		if (ApprovalVariables.isReserved(name)) {
			return false;
		}
		Object plain = plainValue(value);
		if (plain == NOT_PLAIN) {
			return false;
		}
		target.put(name, plain);
		return true;
	}

	private static final Object NOT_PLAIN = new Object();

	private static Object plainValue(TypedValue value) {
		if (value == null) {
			return null;
		}
		if (value instanceof SerializableValue serializable) {
			String format = serializable instanceof ObjectValue object ? object.getSerializationDataFormat()
					: "application/json";
			if (!"application/json".equals(format) || serializable.getValueSerialized() == null) {
				return NOT_PLAIN;
			}
			try {
				return JSON.readTree(serializable.getValueSerialized());
			}
			catch (JsonProcessingException e) {
				return NOT_PLAIN;
			}
		}
		Object raw = value.getValue();
		if (raw instanceof Date date) {
			return date.toInstant().toString();
		}
		if (raw == null || raw instanceof String || raw instanceof Number || raw instanceof Boolean) {
			return raw;
		}
		return NOT_PLAIN;
	}

}
