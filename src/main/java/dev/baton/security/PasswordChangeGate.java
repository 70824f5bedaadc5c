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
 * A person whose password an administrator set (on creation, reset or import) may do
 * nothing but change it: every other API call answers 403
 * {@code auth.passwordChangeRequired} until they have. Logging in and out, "who am I" and
 * the login page's public facts stay open, so the web app can send them to the form.
 */
class PasswordChangeGate extends OncePerRequestFilter {

	static final String CHANGE_PATH = "/api/me/password";

	private final ProblemWriter problems;

	PasswordChangeGate(ProblemWriter problems) {
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String path = CallerPaths.of(request);
		if (mustChangePassword() && CallerPaths.isApi(path) && !path.startsWith("/api/auth/")
				&& !path.startsWith("/api/public/") && !path.equals(CHANGE_PATH)) {
			problems.write(request, response, HttpStatus.FORBIDDEN, "auth.passwordChangeRequired");
			return;
		}
		chain.doFilter(request, response);
	}

	static boolean mustChangePassword() {
		return mustChangePassword(SecurityContextHolder.getContext().getAuthentication());
	}

	static boolean mustChangePassword(Authentication caller) {
		return caller != null && caller.getAuthorities()
			.stream()
			.anyMatch(authority -> SystemRoleAuthorities.PASSWORD_CHANGE_REQUIRED.equals(authority.getAuthority()));
	}

}
