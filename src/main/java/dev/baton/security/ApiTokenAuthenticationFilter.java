package dev.baton.security;

import java.io.IOException;
import java.time.Clock;
import java.util.Optional;

import dev.baton.directory.Accounts;
import dev.baton.directory.TokenAccount;
import dev.baton.web.ProblemWriter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code Authorization: Bearer <secret>} on {@code /api/**} and
 * {@code /engine-rest/**} with a personal API token: one indexed lookup that also reads
 * the person's state, so a person who left is refused and a changed system role counts at
 * once. The caller is known for this request only — no session is created, no cookie set.
 * An unknown, malformed or expired token, or one of a person who left, is answered 401
 * right here; what the person may then do is decided by the usual rules.
 */
class ApiTokenAuthenticationFilter extends OncePerRequestFilter {

	private final Accounts accounts;

	private final ProblemWriter problems;

	private final Clock clock = Clock.systemUTC();

	private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

	ApiTokenAuthenticationFilter(Accounts accounts, ProblemWriter problems) {
		this.accounts = accounts;
		this.problems = problems;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return !BearerCredentials.present(request) || !(path.startsWith("/api/") || path.startsWith("/engine-rest/"));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Optional<TokenAccount> found = accounts.useApiToken(BearerCredentials.secret(request));
		if (found.isEmpty() || !found.get().active()) {
			refuse(request, response, "auth.token.invalid");
			return;
		}
		TokenAccount account = found.get();
		if (account.expiredAt(clock.instant())) {
			refuse(request, response, "auth.token.expired");
			return;
		}
		SecurityContext context = contexts.createEmptyContext();
		context.setAuthentication(new ApiTokenAuthentication(account.userId(), account.tokenId(),
				SystemRoleAuthorities.of(account.systemRoles())));
		contexts.setContext(context);
		try {
			chain.doFilter(request, response);
		}
		finally {
			contexts.clearContext();
		}
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response, String code) throws IOException {
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"Baton\", error=\"invalid_token\"");
		problems.write(request, response, HttpStatus.UNAUTHORIZED, code);
	}

}
