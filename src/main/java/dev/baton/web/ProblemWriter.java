package dev.baton.web;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Builds RFC 9457 problem details with a translated {@code detail}; also writes them
 * straight to a servlet response for filters that run before Spring MVC (authentication,
 * CSRF, engine REST).
 */
@Component
public class ProblemWriter {

	public static final String TYPE_PREFIX = "https://baton.dev/problems/";

	/**
	 * Request attribute: the problem detail a layer inside a filter chain decided on (the
	 * engine's REST API, which answers errors itself), for the outer error filter to
	 * write in place of the original answer.
	 */
	public static final String PENDING_PROBLEM = ProblemWriter.class.getName() + ".pending";

	/** How StrictHttpFirewall names a refused header in its message. */
	private static final Pattern REJECTED_HEADER = Pattern.compile("header(?: name)?: \"([!-~ ]{1,100}?)\"");

	private final Messages messages;

	private final LocaleResolver localeResolver;

	private final ObjectMapper json;

	ProblemWriter(Messages messages, LocaleResolver localeResolver, ObjectMapper json) {
		this.messages = messages;
		this.localeResolver = localeResolver;
		this.json = json;
	}

	public ProblemDetail problem(Locale locale, HttpStatus status, String messageKey, Object... arguments) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, messages.get(locale, messageKey, arguments));
		problem.setType(URI.create(TYPE_PREFIX + messageKey.replace('.', '-')));
		problem.setTitle(messages.get(locale, "problem.title." + status.value(), status.getReasonPhrase()));
		problem.setProperty("code", messageKey);
		return problem;
	}

	/**
	 * 400 for a request Spring Security's firewall refused: {@code error.headerRejected}
	 * naming the header (property {@code header}) when a header's name or value was
	 * refused, else {@code error.badRequest}. Never the refused value itself.
	 */
	public ProblemDetail rejected(Locale locale, RequestRejectedException exception) {
		Matcher header = REJECTED_HEADER.matcher(String.valueOf(exception.getMessage()));
		if (header.find() && !header.group(1).isBlank()) {
			String name = header.group(1).strip();
			ProblemDetail problem = problem(locale, HttpStatus.BAD_REQUEST, "error.headerRejected", name);
			problem.setProperty("header", name);
			return problem;
		}
		return problem(locale, HttpStatus.BAD_REQUEST, "error.badRequest");
	}

	public ProblemDetail problem(Locale locale, ProblemException exception) {
		ProblemDetail problem = problem(locale, exception.status(), exception.messageKey(), exception.arguments());
		if (!exception.fieldProblems().isEmpty()) {
			List<Map<String, String>> errors = exception.fieldProblems()
				.stream()
				.map(field -> Map.of("field", field.field(), "code", field.messageKey(), "message",
						messages.get(locale, field.messageKey(), field.arguments().toArray())))
				.toList();
			problem.setProperty("errors", errors);
		}
		exception.properties().forEach(problem::setProperty);
		return problem;
	}

	public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String messageKey,
			Object... arguments) throws IOException {
		Locale locale = localeResolver.resolveLocale(request);
		write(request, response, problem(locale, status, messageKey, arguments), locale);
	}

	/** Writes a problem detail built earlier, in the caller's language. */
	public void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem)
			throws IOException {
		write(request, response, problem, localeResolver.resolveLocale(request));
	}

	/**
	 * The caller's language, as Baton resolves it (zh-CN unless English is preferred).
	 */
	public Locale locale(HttpServletRequest request) {
		return localeResolver.resolveLocale(request);
	}

	private void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem, Locale locale)
			throws IOException {
		if (problem.getInstance() == null) {
			try {
				problem.setInstance(URI.create(request.getRequestURI()));
			}
			catch (IllegalArgumentException notAUri) {
				// an address the container accepted but java.net.URI does not: no
				// instance
			}
		}
		response.resetBuffer();
		response.setStatus(problem.getStatus());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.setHeader("Content-Language", locale.toLanguageTag());
		json.writeValue(response.getOutputStream(), problem);
	}

}
