package dev.baton.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Every error of the engine's REST API is Baton's: a problem detail in the caller's
 * language, never the engine's own JSON (which names exception classes) and never a
 * server error's message (which may quote SQL). A layer inside may have decided the
 * problem already ({@link ProblemWriter#PENDING_PROBLEM}: the engine REST module
 * classifies the engine's exceptions, so that a client's mistake is a 4xx); otherwise any
 * error answer that is not a problem detail yet becomes the generic one for its status.
 * Server errors are logged with the original answer.
 */
class EngineRestErrorFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(EngineRestErrorFilter.class);

	private final ProblemWriter problems;

	EngineRestErrorFilter(ProblemWriter problems) {
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response);
		try {
			chain.doFilter(request, buffered);
		}
		catch (RuntimeException | ServletException | IOException failure) {
			log.error("Engine REST request {} {} failed", request.getMethod(), request.getRequestURI(), failure);
			buffered.resetBuffer();
			problems.write(request, buffered, HttpStatus.INTERNAL_SERVER_ERROR, "error.internal");
			buffered.copyBodyToResponse();
			return;
		}
		int status = buffered.getStatus();
		if (status >= 400) {
			Object pending = request.getAttribute(ProblemWriter.PENDING_PROBLEM);
			if (pending instanceof ProblemDetail problem) {
				if (problem.getStatus() >= 500) {
					logServerError(request, buffered);
				}
				problems.write(request, buffered, problem);
			}
			else if (status >= 500) {
				logServerError(request, buffered);
				problems.write(request, buffered, HttpStatus.INTERNAL_SERVER_ERROR, "error.internal");
			}
			else if (!isProblem(buffered.getContentType())) {
				HttpStatus known = HttpStatus.resolve(status);
				problems.write(request, buffered, known == null ? HttpStatus.BAD_REQUEST : known, keyFor(status));
			}
		}
		buffered.copyBodyToResponse();
	}

	private static void logServerError(HttpServletRequest request, ContentCachingResponseWrapper buffered) {
		log.error("Engine REST request {} {} answered {}: {}", request.getMethod(), request.getRequestURI(),
				buffered.getStatus(),
				new String(buffered.getContentAsByteArray(), java.nio.charset.StandardCharsets.UTF_8));
	}

	private static boolean isProblem(String contentType) {
		return contentType != null && contentType.startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
	}

	static String keyFor(int status) {
		return switch (status) {
			case 401 -> "auth.required";
			case 403 -> "auth.forbidden";
			case 404 -> "error.notFound";
			case 405 -> "error.methodNotAllowed";
			case 406 -> "error.notAcceptable";
			case 413 -> "error.payloadTooLarge";
			case 415 -> "error.unsupportedMediaType";
			default -> "error.badRequest";
		};
	}

	@Configuration(proxyBeanMethods = false)
	static class Registration {

		@Bean
		FilterRegistrationBean<EngineRestErrorFilter> engineRestErrorFilter(ProblemWriter problems) {
			FilterRegistrationBean<EngineRestErrorFilter> registration = new FilterRegistrationBean<>(
					new EngineRestErrorFilter(problems));
			registration.addUrlPatterns("/engine-rest/*");
			registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
			return registration;
		}

	}

}
