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
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The engine's REST API answers server errors with the engine's exception message, which
 * may quote SQL. Those answers are replaced by Baton's generic, translated problem
 * detail; the original is logged. Client errors (4xx) pass unchanged: they name the
 * caller's mistake.
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
		}
		if (buffered.getStatus() >= 500) {
			log.error("Engine REST request {} {} answered {}: {}", request.getMethod(), request.getRequestURI(),
					buffered.getStatus(),
					new String(buffered.getContentAsByteArray(), java.nio.charset.StandardCharsets.UTF_8));
			buffered.resetBuffer();
			problems.write(request, buffered, HttpStatus.INTERNAL_SERVER_ERROR, "error.internal");
		}
		buffered.copyBodyToResponse();
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
