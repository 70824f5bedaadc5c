package dev.baton.forms;

import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.feel.api.EvaluationResult;
import org.camunda.feel.api.FeelEngineApi;
import org.camunda.feel.api.FeelEngineBuilder;
import org.camunda.feel.api.ParseResult;
import org.camunda.feel.syntaxtree.ParsedExpression;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * FEEL as form-js uses it, on the FEEL engine that ships with Camunda (feel-scala):
 * conditions are unary tests without an input value ({@code unaryTest} in form-js),
 * computed values and dynamic properties are expressions. External (Java) functions stay
 * disabled. Every failure - a syntax error, a missing function - gives {@code null}, as
 * in form-js.
 */
final class Feel {

	private static final Logger log = LoggerFactory.getLogger(Feel.class);

	private static final int MAX_CACHED = 2_000;

	private final FeelEngineApi engine = FeelEngineBuilder.forJava().withEnabledExternalFunctions(false).build();

	private final Map<String, Parsed> expressions = new ConcurrentHashMap<>();

	private final Map<String, Parsed> unaryTests = new ConcurrentHashMap<>();

	private record Parsed(ParsedExpression expression) {
	}

	/**
	 * Whether {@code value} is a FEEL expression in form-js notation: text starting with
	 * {@code =}.
	 */
	static boolean isExpression(Object value) {
		return value instanceof String text && text.startsWith("=");
	}

	/**
	 * Evaluates {@code =expression} (or a bare expression) to a plain Java value, or
	 * null.
	 */
	Object evaluate(String expression, Map<String, Object> context) {
		Parsed parsed = parse(expressions, strip(expression), false);
		if (parsed == null) {
			return null;
		}
		return plain(run(() -> engine.evaluate(parsed.expression(), context), expression));
	}

	/**
	 * Evaluates a condition like form-js does: a unary test with no input value; true
	 * only for {@code true}.
	 */
	boolean test(String condition, Map<String, Object> context) {
		Parsed parsed = parse(unaryTests, strip(condition), true);
		if (parsed == null) {
			return false;
		}
		return Boolean.TRUE.equals(run(() -> engine.evaluateWithInput(parsed.expression(), null, context), condition));
	}

	private static String strip(String expression) {
		return expression.startsWith("=") ? expression.substring(1) : expression;
	}

	private Parsed parse(Map<String, Parsed> cache, String source, boolean unaryTest) {
		Parsed cached = cache.get(source);
		if (cached != null) {
			return cached.expression() == null ? null : cached;
		}
		ParseResult result;
		try {
			result = unaryTest ? engine.parseUnaryTests(source) : engine.parseExpression(source);
		}
		catch (RuntimeException e) {
			result = null;
		}
		Parsed parsed = new Parsed(result != null && result.isSuccess() ? result.parsedExpression() : null);
		if (parsed.expression() == null) {
			log.warn("A form has a FEEL {} that does not parse: {}", unaryTest ? "condition" : "expression", source);
		}
		if (cache.size() >= MAX_CACHED) {
			cache.clear();
		}
		cache.put(source, parsed);
		return parsed.expression() == null ? null : parsed;
	}

	private static Object run(java.util.function.Supplier<EvaluationResult> evaluation, String expression) {
		try {
			EvaluationResult result = evaluation.get();
			if (result.isSuccess()) {
				return result.result();
			}
			log.debug("FEEL {} failed: {}", expression, result.failure().message());
			return null;
		}
		catch (RuntimeException | StackOverflowError e) {
			log.warn("FEEL {} failed", expression, e);
			return null;
		}
	}

	/**
	 * FEEL results as plain JSON-like Java values: Long/Double, String, Boolean, List,
	 * Map, ISO text for dates.
	 */
	static Object plain(Object value) {
		if (value == null || value instanceof String || value instanceof Boolean) {
			return value;
		}
		if (value instanceof Number number) {
			return Values.storedNumber(Values.decimal(number));
		}
		if (value instanceof List<?> list) {
			List<Object> copy = new ArrayList<>(list.size());
			list.forEach(item -> copy.add(plain(item)));
			return copy;
		}
		if (value instanceof Map<?, ?> map) {
			Map<String, Object> copy = new LinkedHashMap<>();
			map.forEach((key, item) -> copy.put(String.valueOf(key), plain(item)));
			return copy;
		}
		if (value instanceof TemporalAccessor) {
			return value.toString();
		}
		return null;
	}

}
