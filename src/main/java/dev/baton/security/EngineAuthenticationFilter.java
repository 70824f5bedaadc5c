package dev.baton.security;

import java.io.IOException;

import dev.baton.directory.Directory;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Tells the engine who is calling for exactly the length of one request: the user id and
 * their groups (department and roles) are set before the request runs and cleared
 * afterwards, so the engine's user operation log, {@code initiator} and task queries see
 * the real person, and no identity leaks into the next request served by the same thread.
 */
class EngineAuthenticationFilter extends OncePerRequestFilter {

	private final IdentityService identityService;

	private final Directory directory;

	EngineAuthenticationFilter(IdentityService identityService, Directory directory) {
		this.identityService = identityService;
		this.directory = directory;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication caller = SecurityContextHolder.getContext().getAuthentication();
		if (caller == null || caller instanceof AnonymousAuthenticationToken || !caller.isAuthenticated()) {
			chain.doFilter(request, response);
			return;
		}
		String userId = caller.getName();
		identityService.setAuthentication(userId, directory.groupIdsOf(userId));
		try {
			chain.doFilter(request, response);
		}
		finally {
			identityService.clearAuthentication();
		}
	}

}
