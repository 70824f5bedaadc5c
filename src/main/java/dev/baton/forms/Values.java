package dev.baton.forms;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * Plain JSON values as Java sees them after Jackson: comparisons, numbers, canonical
 * JSON.
 */
final class Values {

	private static final ObjectMapper JSON = JsonMapper.builder()
		.enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
		.build();

	private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

	/**
	 * A number written as text ("0.5"), as number fields serialised to text and numeric
	 * settings hold it.
	 */
	static final Pattern NUMERIC_TEXT = Pattern.compile("-?\\d{1,30}(\\.\\d{1,30})?");

	private Values() {
	}

	/** The exact decimal value of a JSON number, or null for NaN and infinities. */
	static BigDecimal decimal(Number number) {
		if (number instanceof BigDecimal decimal) {
			return decimal;
		}
		if (number instanceof BigInteger integer) {
			return new BigDecimal(integer);
		}
		if (number instanceof Double || number instanceof Float) {
			double value = number.doubleValue();
			if (Double.isNaN(value) || Double.isInfinite(value)) {
				return null;
			}
			// the shortest text that reads back as the same double, as JavaScript would
			// print it
			return new BigDecimal(
					number instanceof Float ? Float.toString(number.floatValue()) : Double.toString(value));
		}
		return BigDecimal.valueOf(number.longValue());
	}

	/**
	 * How Baton stores a number: a Long when it is whole and fits, else a Double (JUEL
	 * compares both).
	 */
	static Object storedNumber(BigDecimal value) {
		if (value == null) {
			return null;
		}
		BigDecimal stripped = value.stripTrailingZeros();
		if (stripped.scale() <= 0 && stripped.toBigInteger().bitLength() < 64) {
			return stripped.longValueExact();
		}
		return value.doubleValue();
	}

	static boolean isScalar(Object value) {
		return value instanceof String || value instanceof Boolean || value instanceof Number;
	}

	/**
	 * The current value of a variable as a plain value: typed values are unwrapped, Spin
	 * JSON becomes maps and lists, numbers stay numbers. Values that are neither become
	 * null.
	 */
	static Object plainCurrent(Object value) {
		if (value instanceof TypedValue typed) {
			value = typed.getValue();
		}
		if (value == null || value instanceof String || value instanceof Boolean) {
			return value;
		}
		if (value instanceof Number number) {
			BigDecimal decimal = decimal(number);
			return decimal == null ? null : storedNumber(decimal);
		}
		if (value instanceof org.camunda.spin.Spin<?> spin) {
			try {
				return plainCurrent(JSON.readValue(spin.toString(), Object.class));
			}
			catch (JsonProcessingException | RuntimeException e) {
				return null;
			}
		}
		if (value instanceof List<?> list) {
			List<Object> copy = new ArrayList<>(list.size());
			list.forEach(item -> copy.add(plainCurrent(item)));
			return copy;
		}
		if (value instanceof Map<?, ?> map) {
			Map<String, Object> copy = new LinkedHashMap<>();
			map.forEach((key, item) -> copy.put(String.valueOf(key), plainCurrent(item)));
			return copy;
		}
		if (value instanceof java.time.temporal.TemporalAccessor || value instanceof java.util.Date) {
			return value instanceof java.util.Date date ? date.toInstant().toString() : value.toString();
		}
		return null;
	}

	static Map<String, Object> plainCurrent(Map<String, Object> variables) {
		Map<String, Object> plain = new LinkedHashMap<>();
		if (variables != null) {
			variables.forEach((name, value) -> plain.put(name, plainCurrent(value)));
		}
		return plain;
	}

	/**
	 * Same JSON value: numbers by value, a missing map entry equals null, lists in order.
	 */
	static boolean same(Object a, Object b) {
		if (a == null || b == null) {
			return a == b;
		}
		if (a instanceof Number x && b instanceof Number y) {
			BigDecimal dx = decimal(x);
			BigDecimal dy = decimal(y);
			return dx != null && dy != null && dx.compareTo(dy) == 0;
		}
		if (a instanceof List<?> x && b instanceof List<?> y) {
			if (x.size() != y.size()) {
				return false;
			}
			for (int i = 0; i < x.size(); i++) {
				if (!same(x.get(i), y.get(i))) {
					return false;
				}
			}
			return true;
		}
		if (a instanceof Map<?, ?> x && b instanceof Map<?, ?> y) {
			for (Map.Entry<?, ?> entry : x.entrySet()) {
				if (!same(entry.getValue(), y.get(entry.getKey()))) {
					return false;
				}
			}
			for (Map.Entry<?, ?> entry : y.entrySet()) {
				if (entry.getValue() != null && !x.containsKey(entry.getKey())) {
					return false;
				}
			}
			return true;
		}
		return Objects.equals(a, b);
	}

	/**
	 * Missing as form-js sees it for {@code required}: null, empty text, an empty list,
	 * an unticked checkbox.
	 */
	static boolean isMissing(Object value, boolean checkbox) {
		return value == null || (value instanceof String text && text.isEmpty())
				|| (value instanceof List<?> list && list.isEmpty()) || (checkbox && Boolean.FALSE.equals(value));
	}

	/** SHA-256 hex of the canonical JSON of plain data. */
	static String hash(Map<String, Object> data) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(canonicalJson(data).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
		}
	}

	/**
	 * Object keys sorted, no white space, numbers in their shortest plain form (1.50 and
	 * 1.5 are the same).
	 */
	static String canonicalJson(Object data) {
		try {
			return JSON.writeValueAsString(canonical(data));
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException("Cannot write plain data as JSON", e);
		}
	}

	private static JsonNode canonical(Object value) {
		if (value == null) {
			return NODES.nullNode();
		}
		if (value instanceof String text) {
			return NODES.textNode(text);
		}
		if (value instanceof Boolean bool) {
			return NODES.booleanNode(bool);
		}
		if (value instanceof Number number) {
			BigDecimal decimal = decimal(number);
			if (decimal == null) {
				return NODES.nullNode();
			}
			BigDecimal stripped = decimal.stripTrailingZeros();
			return stripped.scale() <= 0 ? NODES.numberNode(stripped.toBigIntegerExact()) : NODES.numberNode(stripped);
		}
		if (value instanceof List<?> list) {
			var array = NODES.arrayNode();
			list.forEach(item -> array.add(canonical(item)));
			return array;
		}
		if (value instanceof Map<?, ?> map) {
			var object = NODES.objectNode();
			new TreeMap<String, Object>(toStringKeys(map)).forEach((key, item) -> object.set(key, canonical(item)));
			return object;
		}
		return NODES.textNode(String.valueOf(value));
	}

	private static Map<String, Object> toStringKeys(Map<?, ?> map) {
		Map<String, Object> copy = new LinkedHashMap<>();
		map.forEach((key, item) -> copy.put(String.valueOf(key), item));
		return copy;
	}

}
