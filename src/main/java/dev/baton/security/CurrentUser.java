package dev.baton.security;

import java.util.Optional;

import dev.baton.web.ProblemException;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Who is calling, for other modules: the user id and the system roles they hold. */
@Component
public class CurrentUser {

	/**
	 * @return the caller's user id; 401 problem if nobody is logged in
	 */
	public String id() {
		return optionalId().orElseThrow(() -> new ProblemException(HttpStatus.UNAUTHORIZED, "auth.required"));
	}

	public Optional<String> optionalId() {
		Authentication caller = SecurityContextHolder.getContext().getAuthentication();
		if (caller == null || caller instanceof AnonymousAuthenticationToken || !caller.isAuthenticated()) {
			return Optional.empty();
		}
		return Optional.of(caller.getName());
	}

	public boolean isAdministrator() {
		return hasRole(SystemRoleAuthorities.ADMIN);
	}

	public boolean isDesigner() {
		return hasRole(SystemRoleAuthorities.DESIGNER);
	}

	/** Managers and analysts see dashboards and every request, read-only. */
	public boolean isAnalyst() {
		return hasRole(SystemRoleAuthorities.ANALYST);
	}

	/** Auditors read everything and change nothing ({@link ReadOnlyAuditorGate}). */
	public boolean isAuditor() {
		return hasRole(SystemRoleAuthorities.AUDITOR);
	}

	/** Who sees every request, read-only: analysts, auditors and administrators. */
	public boolean readsAllRequests() {
		return isAnalyst() || isAuditor() || isAdministrator();
	}

	private boolean hasRole(String role) {
		Authentication caller = SecurityContextHolder.getContext().getAuthentication();
		return caller != null && caller.getAuthorities()
			.stream()
			.anyMatch(authority -> ("ROLE_" + role).equals(authority.getAuthority()));
	}

}
