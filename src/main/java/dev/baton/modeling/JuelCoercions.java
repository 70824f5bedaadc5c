package dev.baton.modeling;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Collection;
import java.util.Map;

/**
 * JUEL's rules for turning values into numbers and booleans and for comparing them, so
 * that a condition evaluated here gives what the engine would give. Values that JUEL
 * would refuse are {@link SafeExpression.EvaluationError}.
 */
final class JuelCoercions {

	private static final MathContext MATH = MathContext.DECIMAL64;

	private static final int DESCRIBED_TEXT_LENGTH = 40;

	private JuelCoercions() {
	}

	static Object arithmetic(String op, Object a, Object b) {
		if (a == null && b == null) {
			return BigDecimal.ZERO;
		}
		BigDecimal x = toNumber(a);
		BigDecimal y = toNumber(b);
		return switch (op) {
			case "+" -> x.add(y, MATH);
			case "-" -> x.subtract(y, MATH);
			case "*" -> x.multiply(y, MATH);
			case "/" -> {
				requireNonZero(y);
				yield x.divide(y, MATH);
			}
			default -> {
				requireNonZero(y);
				yield x.remainder(y, MATH);
			}
		};
	}

	private static void requireNonZero(BigDecimal divisor) {
		if (divisor.signum() == 0) {
			throw new SafeExpression.EvaluationError("Division by zero");
		}
	}

	static boolean equal(Object a, Object b) {
		if (a == b) {
			return true;
		}
		if (a == null || b == null) {
			return false;
		}
		if (isNumber(a) || isNumber(b)) {
			return toNumber(a).compareTo(toNumber(b)) == 0;
		}
		if (a instanceof Boolean || b instanceof Boolean) {
			return toBoolean(a) == toBoolean(b);
		}
		if (a instanceof String || b instanceof String) {
			return a.toString().equals(b.toString());
		}
		return a.equals(b);
	}

	static boolean compare(String op, Object a, Object b) {
		if (a == null || b == null) {
			return false;
		}
		int order;
		if (isNumber(a) || isNumber(b)) {
			order = toNumber(a).compareTo(toNumber(b));
		}
		else if (a instanceof String x && b instanceof String y) {
			order = x.compareTo(y);
		}
		else {
			throw new SafeExpression.EvaluationError("Cannot compare " + describe(a) + " with " + describe(b));
		}
		return switch (op) {
			case "<" -> order < 0;
			case ">" -> order > 0;
			case "<=" -> order <= 0;
			default -> order >= 0;
		};
	}

	private static boolean isNumber(Object value) {
		return value instanceof Number;
	}

	static BigDecimal toNumber(Object value) {
		if (value == null) {
			return BigDecimal.ZERO;
		}
		if (value instanceof BigDecimal decimal) {
			return decimal;
		}
		if (value instanceof Double || value instanceof Float) {
			double number = ((Number) value).doubleValue();
			if (Double.isNaN(number) || Double.isInfinite(number)) {
				throw new SafeExpression.EvaluationError("Not a finite number: " + number);
			}
			return BigDecimal.valueOf(number);
		}
		if (value instanceof Number number) {
			return new BigDecimal(number.toString());
		}
		if (value instanceof String text) {
			if (text.isEmpty()) {
				return BigDecimal.ZERO;
			}
			try {
				return new BigDecimal(text.trim());
			}
			catch (NumberFormatException e) {
				throw new SafeExpression.EvaluationError("'" + text + "' is not a number");
			}
		}
		throw new SafeExpression.EvaluationError(describe(value) + " is not a number");
	}

	static boolean toBoolean(Object value) {
		if (value == null) {
			return false;
		}
		if (value instanceof Boolean bool) {
			return bool;
		}
		if (value instanceof String text) {
			if (text.isEmpty() || text.equalsIgnoreCase("false")) {
				return false;
			}
			if (text.equalsIgnoreCase("true")) {
				return true;
			}
		}
		throw new SafeExpression.EvaluationError(describe(value) + " is not true or false");
	}

	static boolean isEmpty(Object value) {
		return value == null || (value instanceof String text && text.isEmpty())
				|| (value instanceof Collection<?> collection && collection.isEmpty())
				|| (value instanceof Map<?, ?> map && map.isEmpty());
	}

	/** A short description of a value for a message. */
	static String describe(Object value) {
		if (value == null) {
			return "null";
		}
		if (value instanceof String text) {
			return "'" + (text.length() > DESCRIBED_TEXT_LENGTH ? text.substring(0, DESCRIBED_TEXT_LENGTH) + "…" : text)
					+ "'";
		}
		if (value instanceof Map<?, ?>) {
			return "an object";
		}
		if (value instanceof Collection<?>) {
			return "a list";
		}
		return String.valueOf(value);
	}

}
