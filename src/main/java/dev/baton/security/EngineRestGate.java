package dev.baton.security;

import java.io.IOException;
import java.net.URLDecoder;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.baton.security.EngineRestWrite.Target;
import dev.baton.web.ProblemWriter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The door of {@code /engine-rest} (docs/engine-rest.md). After Spring Security has let
 * only administrators and process designers in, every call is checked before the engine
 * sees it:
 * <ol>
 * <li>the address must be one that cannot be read two ways ({@link EngineRestPath}),
 * without method-override headers, with {@code firstResult}/{@code maxResults} whole
 * numbers of 0 or more — else 400;</li>
 * <li>designers may make exactly the calls of {@link EngineRestRules#designerMay}, and
 * administrators every call but those Baton has its own action for — else 403, or 404
 * when the task or process instance such a call names does not exist;</li>
 * <li>a JSON body may not hold a serialized Java object or an {@code Xml} value —
 * 400;</li>
 * <li>an administrator's call that changes something runs in one transaction with its
 * {@link EngineRestWrite} event (the approval ledger): both commit, or neither.</li>
 * </ol>
 * Refusals are problem details in the caller's language; the engine runs with the
 * caller's language as the current locale.
 */
class EngineRestGate extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(EngineRestGate.class);

	static final int MAX_JSON_BODY = EngineQueryExpressionFilter.MAX_QUERY_BODY;

	private static final List<String> METHOD_OVERRIDES = List.of("X-HTTP-Method-Override", "X-HTTP-Method",
			"X-Method-Override");

	private static final Pattern WHOLE_NUMBER = Pattern.compile("\\d{1,9}");

	private final ProblemWriter problems;

	private final ObjectMapper json;

	private final LocaleResolver locales;

	private final EngineRestTargets targets;

	private final TransactionTemplate transaction;

	private final ApplicationEventPublisher events;

	EngineRestGate(ProblemWriter problems, ObjectMapper json, LocaleResolver locales, EngineRestTargets targets,
			TransactionTemplate transaction, ApplicationEventPublisher events) {
		this.problems = problems;
		this.json = json;
		this.locales = locales;
		this.targets = targets;
		this.transaction = transaction;
		this.events = events;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !request.getRequestURI().startsWith(request.getContextPath() + EngineRestPath.PREFIX);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		LocaleContext previous = LocaleContextHolder.getLocaleContext();
		LocaleContextHolder.setLocale(locales.resolveLocale(request));
		try {
			check(request, response, chain);
		}
		finally {
			LocaleContextHolder.setLocaleContext(previous);
		}
	}

	private void check(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication caller = SecurityContextHolder.getContext().getAuthentication();
		if (caller == null || caller instanceof AnonymousAuthenticationToken || !caller.isAuthenticated()) {
			problems.write(request, response, HttpStatus.UNAUTHORIZED, "auth.required");
			return;
		}
		String method = request.getMethod().toUpperCase(Locale.ROOT);
		if (METHOD_OVERRIDES.stream().anyMatch(header -> request.getHeader(header) != null)) {
			refuse(request, response, HttpStatus.BAD_REQUEST, "engineRest.methodOverride");
			return;
		}
		Optional<String> path = EngineRestPath.of(request.getRequestURI().substring(request.getContextPath().length()));
		if (path.isEmpty()) {
			refuse(request, response, HttpStatus.BAD_REQUEST, "engineRest.path");
			return;
		}
		Optional<String> badPaging = badPagingParameter(request.getQueryString());
		if (badPaging.isPresent()) {
			refuse(request, response, HttpStatus.BAD_REQUEST, "engineRest.paging", badPaging.get());
			return;
		}
		boolean administrator = hasRole(caller, SystemRoleAuthorities.ADMIN);
		if (!administrator) {
			if (!hasRole(caller, SystemRoleAuthorities.DESIGNER) || !EngineRestRules.designerMay(method, path.get())) {
				refuse(request, response, HttpStatus.FORBIDDEN, "engineRest.designer");
				return;
			}
		}
		else {
			Optional<String> ownAction = EngineRestRules.blockedForAdministrators(method, path.get());
			Optional<String> unknown = ownAction.isPresent() ? targets.missing(path.get()) : Optional.empty();
			if (unknown.isPresent()) {
				refuse(request, response, HttpStatus.NOT_FOUND, "engineRest.notFound", unknown.get());
				return;
			}
			if (ownAction.isPresent()) {
				refuse(request, response, HttpStatus.FORBIDDEN, ownAction.get());
				return;
			}
		}
		HttpServletRequest forward = request;
		byte[] body = null;
		JsonNode tree = null;
		if (!EngineRestPath.isRead(method) && mayCarryJson(request)) {
			body = request.getInputStream().readNBytes(MAX_JSON_BODY + 1);
			if (body.length > MAX_JSON_BODY) {
				problems.write(request, response, HttpStatus.PAYLOAD_TOO_LARGE, "error.payloadTooLarge");
				return;
			}
			tree = parse(body);
			String[] segments = path.get().split("/");
			Optional<EngineRestVariables.Refusal> refused = EngineRestVariables.refused(tree,
					segments[segments.length - 1]);
			if (refused.isPresent()) {
				refuse(request, response, HttpStatus.BAD_REQUEST, refused.get().messageKey(), refused.get().name());
				return;
			}
			forward = new CachedBodyRequest(request, body);
		}
		if (administrator && EngineRestRules.changesState(method, path.get())) {
			recorded(forward, response, chain, caller.getName(),
					EngineRestSummary.of(method, path.get(), request.getQueryString(), tree),
					EngineRestSummary.hash(body), path.get(), tree);
			return;
		}
		chain.doFilter(forward, response);
	}

	/**
	 * Runs the engine call and its ledger entry in one transaction (the engine joins it):
	 * a refused call leaves no entry, and an entry that cannot be written undoes the
	 * call.
	 */
	private void recorded(HttpServletRequest request, HttpServletResponse response, FilterChain chain, String actor,
			String summary, String dataHash, String path, JsonNode body) throws ServletException, IOException {
		boolean[] ran = { false };
		try {
			transaction.executeWithoutResult(status -> {
				List<Target> concerned = targets.of(path, body);
				try {
					chain.doFilter(request, response);
				}
				catch (IOException | ServletException failure) {
					throw new ChainFailure(failure);
				}
				ran[0] = true;
				if (response.getStatus() >= 400) {
					status.setRollbackOnly();
					return;
				}
				events.publishEvent(new EngineRestWrite(actor, summary, dataHash, concerned));
			});
		}
		catch (ChainFailure failure) {
			if (failure.getCause() instanceof ServletException servlet) {
				throw servlet;
			}
			throw (IOException) failure.getCause();
		}
		catch (RuntimeException failure) {
			if (!ran[0] || response.isCommitted()) {
				throw failure;
			}
			// the call ran but its transaction could not commit: nothing happened
			log.error("Engine REST call {} by {} rolled back", summary, actor, failure);
			problems.write(request, response, HttpStatus.INTERNAL_SERVER_ERROR, "error.internal");
		}
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String key,
			Object... arguments) throws IOException {
		log.info("Refused {} {} for {}: {}", request.getMethod(), request.getRequestURI(), callerName(), key);
		problems.write(request, response, status, key, arguments);
	}

	private static String callerName() {
		Authentication caller = SecurityContextHolder.getContext().getAuthentication();
		return caller == null ? "nobody" : caller.getName();
	}

	private static boolean hasRole(Authentication caller, String role) {
		return caller.getAuthorities()
			.stream()
			.anyMatch(authority -> ("ROLE_" + role).equals(authority.getAuthority()));
	}

	/**
	 * Every body but a multipart upload or a form post may be JSON to the engine; a body
	 * that is not JSON passes unread by the checks (the engine answers 400 or 415).
	 */
	private static boolean mayCarryJson(HttpServletRequest request) {
		String type = request.getContentType();
		if (type == null) {
			return request.getContentLengthLong() != 0;
		}
		String lower = type.toLowerCase(Locale.ROOT);
		return !lower.startsWith("multipart/") && !lower.startsWith("application/x-www-form-urlencoded");
	}

	private JsonNode parse(byte[] body) {
		if (body.length == 0) {
			return null;
		}
		try {
			return json.readTree(body);
		}
		catch (IOException notJson) {
			return null;
		}
	}

	/** A paging parameter that is not a whole number of 0 or more. */
	static Optional<String> badPagingParameter(String queryString) {
		if (queryString == null || queryString.isEmpty()) {
			return Optional.empty();
		}
		for (String pair : queryString.split("&")) {
			int equals = pair.indexOf('=');
			String name = decode(equals < 0 ? pair : pair.substring(0, equals)).strip();
			if (!name.equals("firstResult") && !name.equals("maxResults")) {
				continue;
			}
			String value = equals < 0 ? "" : decode(pair.substring(equals + 1)).strip();
			if (!WHOLE_NUMBER.matcher(value).matches()) {
				return Optional.of(name);
			}
		}
		return Optional.empty();
	}

	private static String decode(String text) {
		try {
			return URLDecoder.decode(text, java.nio.charset.StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException malformed) {
			return text;
		}
	}

	/** Carries a checked failure of the filter chain out of the transaction callback. */
	private static final class ChainFailure extends RuntimeException {

		private static final long serialVersionUID = 1L;

		ChainFailure(Exception cause) {
			super(cause);
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class Registration {

		/**
		 * Runs right after Spring Security (callers are known; 401 and the role check
		 * come first) and before the query-expression check and the engine.
		 */
		@Bean
		FilterRegistrationBean<EngineRestGate> engineRestGate(ProblemWriter problems, ObjectMapper json,
				LocaleResolver localeResolver, RuntimeService runtime, HistoryService history, TaskService tasks,
				ManagementService management, ExternalTaskService externalTasks, TransactionTemplate transaction,
				ApplicationEventPublisher events) {
			FilterRegistrationBean<EngineRestGate> registration = new FilterRegistrationBean<>(new EngineRestGate(
					problems, json, localeResolver,
					new EngineRestTargets(runtime, history, tasks, management, externalTasks), transaction, events));
			registration.addUrlPatterns(EngineRestPath.PREFIX + "/*");
			registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
			return registration;
		}

	}

}
