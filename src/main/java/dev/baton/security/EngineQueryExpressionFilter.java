package dev.baton.security;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.baton.web.ProblemWriter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Closes the expression injection path of the engine's REST API (CVE-2026-109432): task
 * and filter queries accept {@code *Expression} criteria
 * ({@code assigneeExpression=${…}}, also inside {@code orQueries} and stored filters)
 * that the engine evaluates as JUEL, where a method call can reach any Java class. Any
 * query parameter of {@code /engine-rest} whose name ends in "Expression", and any JSON
 * key ending in "Expression" in the body of a task query, historic task query or filter
 * request, is answered 400 before the engine sees it. Only the query string is read for
 * parameters, so multipart deployments and form posts reach the engine untouched.
 */
class EngineQueryExpressionFilter extends OncePerRequestFilter {

	static final int MAX_QUERY_BODY = 1024 * 1024;

	/**
	 * Paths (after /engine-rest and an optional /engine/{name}) whose JSON body is a task
	 * query or a filter.
	 */
	private static final Pattern QUERY_BODY_PATH = Pattern
		.compile("/(task(/count)?|history/task(/count)?|filter(/.*)?)/?");

	private static final Pattern NAMED_ENGINE = Pattern.compile("^/engine/[^/]+");

	private final ProblemWriter problems;

	private final ObjectMapper json;

	EngineQueryExpressionFilter(ProblemWriter problems, ObjectMapper json) {
		this.problems = problems;
		this.json = json;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !request.getRequestURI().startsWith(request.getContextPath() + "/engine-rest");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Optional<String> parameter = expressionParameter(request.getQueryString());
		if (parameter.isPresent()) {
			refuse(request, response, parameter.get());
			return;
		}
		if (!hasQueryBody(request)) {
			chain.doFilter(request, response);
			return;
		}
		byte[] body = request.getInputStream().readNBytes(MAX_QUERY_BODY + 1);
		if (body.length > MAX_QUERY_BODY) {
			problems.write(request, response, HttpStatus.PAYLOAD_TOO_LARGE, "error.payloadTooLarge");
			return;
		}
		Optional<String> key = expressionKey(body);
		if (key.isPresent()) {
			refuse(request, response, key.get());
			return;
		}
		chain.doFilter(new CachedBodyRequest(request, body), response);
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response, String name) throws IOException {
		logger.warn(
				"Refused " + request.getMethod() + " " + request.getRequestURI() + ": query expression '" + name + "'");
		problems.write(request, response, HttpStatus.BAD_REQUEST, "security.queryExpression", name);
	}

	static boolean isExpressionName(String name) {
		return name.toLowerCase(Locale.ROOT).endsWith("expression");
	}

	static Optional<String> expressionParameter(String queryString) {
		if (queryString == null || queryString.isEmpty()) {
			return Optional.empty();
		}
		for (String pair : queryString.split("&")) {
			String rawName = pair.contains("=") ? pair.substring(0, pair.indexOf('=')) : pair;
			String name;
			try {
				name = URLDecoder.decode(rawName, StandardCharsets.UTF_8);
			}
			catch (IllegalArgumentException malformed) {
				name = rawName;
			}
			if (isExpressionName(name.strip())) {
				return Optional.of(name.strip());
			}
		}
		return Optional.empty();
	}

	private boolean hasQueryBody(HttpServletRequest request) {
		String method = request.getMethod();
		if (!"POST".equals(method) && !"PUT".equals(method)) {
			return false;
		}
		String path = (request.getServletPath() == null ? "" : request.getServletPath())
				+ (request.getPathInfo() == null ? "" : request.getPathInfo());
		if (!path.startsWith("/engine-rest")) {
			return false;
		}
		String inside = NAMED_ENGINE.matcher(path.substring("/engine-rest".length())).replaceFirst("");
		return QUERY_BODY_PATH.matcher(inside).matches();
	}

	Optional<String> expressionKey(byte[] body) {
		JsonNode tree;
		try {
			tree = json.readTree(body);
		}
		catch (IOException notJson) {
			return Optional.empty(); // the engine answers 400 for a body it cannot read
		}
		return tree == null ? Optional.empty() : expressionKey(tree);
	}

	private static Optional<String> expressionKey(JsonNode node) {
		if (node.isObject()) {
			for (Iterator<String> names = node.fieldNames(); names.hasNext();) {
				String name = names.next();
				if (isExpressionName(name)) {
					return Optional.of(name);
				}
				Optional<String> inner = expressionKey(node.get(name));
				if (inner.isPresent()) {
					return inner;
				}
			}
		}
		else if (node.isArray()) {
			for (JsonNode element : node) {
				Optional<String> inner = expressionKey(element);
				if (inner.isPresent()) {
					return inner;
				}
			}
		}
		return Optional.empty();
	}

	@Configuration(proxyBeanMethods = false)
	static class Registration {

		/**
		 * Runs after Spring Security and {@link EngineRestGate}: callers are known and
		 * allowed (401/403 come first), the engine not yet reached.
		 */
		@Bean
		FilterRegistrationBean<EngineQueryExpressionFilter> engineQueryExpressionFilter(ProblemWriter problems,
				ObjectMapper json) {
			FilterRegistrationBean<EngineQueryExpressionFilter> registration = new FilterRegistrationBean<>(
					new EngineQueryExpressionFilter(problems, json));
			registration.addUrlPatterns("/engine-rest/*");
			registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 2);
			return registration;
		}

	}

}
