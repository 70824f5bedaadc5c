package dev.baton.security;

import java.util.List;
import java.util.Locale;

import dev.baton.directory.Accounts;
import dev.baton.directory.Directory;
import dev.baton.directory.LoginAccount;
import dev.baton.directory.LoginHistory;
import dev.baton.directory.Person;
import dev.baton.settings.CompanySettings;
import dev.baton.web.ProblemException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Browser login: a JSON login that starts a session, logout, and "who am I". */
@RestController
@RequestMapping("/api/auth")
@Tag(name = "Authentication")
class AuthController {

	private final AuthenticationManager authenticationManager;

	private final SecurityContextRepository contextRepository;

	private final CurrentUser currentUser;

	private final Directory directory;

	private final Accounts accounts;

	private final CompanySettings settings;

	private final LoginHistory logins;

	AuthController(AuthenticationManager authenticationManager, SecurityContextRepository contextRepository,
			CurrentUser currentUser, Directory directory, Accounts accounts, CompanySettings settings,
			LoginHistory logins) {
		this.authenticationManager = authenticationManager;
		this.contextRepository = contextRepository;
		this.currentUser = currentUser;
		this.directory = directory;
		this.accounts = accounts;
		this.settings = settings;
		this.logins = logins;
	}

	record LoginRequest(@NotBlank @Size(max = 100) String login, @NotBlank @Size(max = 200) String password) {
	}

	record SessionView(boolean authenticated, UserView user) {
	}

	/**
	 * @param language the person's own language, to switch to after logging in;
	 * {@code null} when they chose none
	 * @param mustChangePassword an administrator set the password: the person must choose
	 * their own before anything else (every other API call answers 403)
	 */
	record UserView(String id, String displayName, String email, String departmentId, List<String> systemRoles,
			String language, boolean mustChangePassword) {
	}

	@PostMapping("/login")
	@Operation(summary = "Log in with login and password; starts a session cookie")
	ResponseEntity<SessionView> login(@Valid @RequestBody LoginRequest body, HttpServletRequest request,
			HttpServletResponse response) {
		Authentication authentication;
		try {
			authentication = authenticationManager.authenticate(
					UsernamePasswordAuthenticationToken.unauthenticated(body.login().trim(), body.password()));
		}
		catch (LoginThrottledException throttled) {
			throw new ProblemException(HttpStatus.TOO_MANY_REQUESTS, "auth.throttled", throttled.retryAfterSeconds())
				.withHeader(HttpHeaders.RETRY_AFTER, String.valueOf(throttled.retryAfterSeconds()));
		}
		catch (AuthenticationException failure) {
			throw new ProblemException(HttpStatus.UNAUTHORIZED, "auth.badCredentials");
		}
		HttpSession existing = request.getSession(false);
		if (existing != null) {
			request.changeSessionId(); // no session fixation
		}
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(authentication);
		SecurityContextHolder.setContext(context);
		contextRepository.saveContext(context, request, response);
		// the session length the administrator set applies to sessions started from now
		// on
		request.getSession().setMaxInactiveInterval((int) settings.current().sessionLength().toSeconds());
		logins.recordLogin(authentication.getName());
		return ResponseEntity.ok(view(authentication));
	}

	@PostMapping("/logout")
	@Operation(summary = "End the session")
	ResponseEntity<Void> logout(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.invalidate();
		}
		SecurityContextHolder.clearContext();
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/session")
	@Operation(summary = "Who is logged in (also sets the XSRF-TOKEN cookie)")
	SessionView session() {
		Authentication caller = SecurityContextHolder.getContext().getAuthentication();
		if (currentUser.optionalId().isEmpty()) {
			return new SessionView(false, null);
		}
		return view(caller);
	}

	private SessionView view(Authentication authentication) {
		String id = authentication.getName();
		List<String> roles = authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.filter(authority -> authority.startsWith("ROLE_"))
			.map(authority -> authority.substring("ROLE_".length()).toLowerCase(Locale.ROOT))
			.sorted()
			.toList();
		boolean mustChange = PasswordChangeGate.mustChangePassword(authentication);
		String language = accounts.findByLogin(id).map(LoginAccount::language).orElse(null);
		Person person = directory.person(id).orElse(null);
		UserView user = person == null ? new UserView(id, id, null, null, roles, language, mustChange) : new UserView(
				id, person.displayName(), person.email(), person.departmentId(), roles, language, mustChange);
		return new SessionView(true, user);
	}

}
