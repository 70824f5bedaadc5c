package dev.baton.security;

import java.io.IOException;

import dev.baton.web.ProblemWriter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.stereotype.Component;

/**
 * Answers a missing or wrong login with a 401 problem detail (429 while throttled). API
 * clients get a Basic challenge; Baton's own pages (which send {@code X-Requested-With})
 * do not, so the browser never shows its own password dialog.
 */
@Component
class ProblemEntryPoint implements AuthenticationEntryPoint {

	private final ProblemWriter problems;

	ProblemEntryPoint(ProblemWriter problems) {
		this.problems = problems;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
			throws IOException {
		if (failure instanceof LoginThrottledException throttled) {
			response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(throttled.retryAfterSeconds()));
			problems.write(request, response, HttpStatus.TOO_MANY_REQUESTS, "auth.throttled",
					throttled.retryAfterSeconds());
			return;
		}
		if (!"XMLHttpRequest".equals(request.getHeader("X-Requested-With"))) {
			response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Baton\", charset=\"UTF-8\"");
		}
		String key = BasicCredentials.present(request) ? "auth.badCredentials" : "auth.required";
		problems.write(request, response, HttpStatus.UNAUTHORIZED, key);
	}

}
