package dev.baton.security;

import java.io.IOException;

import dev.baton.web.ProblemWriter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * An auditor's login reads and never writes: every call that is not a GET, HEAD or
 * OPTIONS answers 403 {@code auth.auditorReadOnly}, whatever other system role the login
 * holds, except logging in and out and the auditor's own account (password, language, API
 * tokens under {@code /api/me/}). One rule at the door instead of one check per endpoint,
 * so a new endpoint cannot forget it.
 */
class ReadOnlyAuditorGate extends OncePerRequestFilter {

	private final ProblemWriter problems;

	ReadOnlyAuditorGate(ProblemWriter problems) {
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String path = CallerPaths.of(request);
		if (!CallerPaths.isSafeMethod(request) && isAuditor() && CallerPaths.isApi(path)
				&& !path.startsWith("/api/auth/") && !path.startsWith("/api/me/")) {
			problems.write(request, response, HttpStatus.FORBIDDEN, "auth.auditorReadOnly");
			return;
		}
		chain.doFilter(request, response);
	}

	private static boolean isAuditor() {
		Authentication caller = SecurityContextHolder.getContext().getAuthentication();
		return caller != null && caller.getAuthorities()
			.stream()
			.anyMatch(authority -> ("ROLE_" + SystemRoleAuthorities.AUDITOR).equals(authority.getAuthority()));
	}

}
