package dev.baton.security;

import java.io.IOException;

import dev.baton.web.ProblemWriter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Component;

/**
 * 403 problem details: a missing CSRF token says so (reload the page); a caller who is
 * not logged in at all gets 401 instead, whatever else is wrong with the request.
 */
@Component
class ProblemAccessDeniedHandler implements AccessDeniedHandler {

	private final ProblemWriter problems;

	private final ProblemEntryPoint entryPoint;

	ProblemAccessDeniedHandler(ProblemWriter problems, ProblemEntryPoint entryPoint) {
		this.problems = problems;
		this.entryPoint = entryPoint;
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
			throws IOException {
		Authentication caller = SecurityContextHolder.getContext().getAuthentication();
		boolean anonymous = caller == null || caller instanceof AnonymousAuthenticationToken
				|| !caller.isAuthenticated();
		if (anonymous && !request.getRequestURI().equals(request.getContextPath() + "/api/auth/login")) {
			entryPoint.commence(request, response,
					new org.springframework.security.authentication.InsufficientAuthenticationException(
							"login required"));
			return;
		}
		problems.write(request, response, HttpStatus.FORBIDDEN,
				denied instanceof CsrfException ? "auth.csrf" : "auth.forbidden");
	}

}
