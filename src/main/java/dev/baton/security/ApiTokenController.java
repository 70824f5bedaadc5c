package dev.baton.security;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.baton.directory.ApiToken;
import dev.baton.directory.ApiTokens;
import dev.baton.directory.ApiTokens.ApiTokenPage;
import dev.baton.directory.Directory;
import dev.baton.directory.IssuedApiToken;
import dev.baton.directory.Person;
import dev.baton.directory.PersonRef;
import dev.baton.web.ProblemException;
import dev.baton.web.ProblemException.FieldProblem;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Personal API tokens over HTTP: everybody manages their own at
 * {@code /api/me/api-tokens}; administrators list and revoke anybody's at
 * {@code /api/admin/api-tokens}. A new token can be issued only by someone who proved
 * their password (a browser session or HTTP Basic), never with another token, so a leaked
 * token cannot make itself new ones.
 */
@RestController
@Tag(name = "API tokens", description = "Personal tokens for integrations: Authorization: Bearer <secret>")
class ApiTokenController {

	private static final Logger log = LoggerFactory.getLogger(ApiTokenController.class);

	static final int MAX_PAGE_SIZE = 100;

	private final ApiTokens tokens;

	private final CurrentUser currentUser;

	private final Directory directory;

	private final Clock clock = Clock.systemUTC();

	ApiTokenController(ApiTokens tokens, CurrentUser currentUser, Directory directory) {
		this.tokens = tokens;
		this.currentUser = currentUser;
		this.directory = directory;
	}

	/**
	 * @param expiresInDays lifetime, 1–366 days
	 */
	record NewTokenBody(String name, Integer expiresInDays) {
	}

	/**
	 * @param hint the secret's first characters
	 * @param expired whether it no longer works
	 */
	record TokenView(String id, String name, String hint, Instant createdAt, Instant expiresAt, Instant lastUsedAt,
			boolean expired, PersonRef owner) {
	}

	/** The new token and, this once, its secret. */
	record IssuedView(TokenView token, String secret) {
	}

	record TokenPage(List<TokenView> items, long total, int page, int size) {
	}

	@GetMapping("/api/me/api-tokens")
	@Operation(summary = "My API tokens, newest first (never their secrets)")
	List<TokenView> mine() {
		return views(tokens.of(currentUser.id()));
	}

	@PostMapping("/api/me/api-tokens")
	@Operation(summary = "Issue an API token; the answer holds its secret, which is never shown again")
	ResponseEntity<IssuedView> issue(@RequestBody(required = false) NewTokenBody body) {
		if (SecurityContextHolder.getContext().getAuthentication() instanceof ApiTokenAuthentication) {
			throw new ProblemException(HttpStatus.FORBIDDEN, "auth.token.sessionRequired");
		}
		NewTokenBody request = body == null ? new NewTokenBody(null, null) : body;
		IssuedApiToken issued = tokens.issue(currentUser.id(), request.name(), request.expiresInDays());
		return ResponseEntity.created(URI.create("/api/me/api-tokens/" + issued.token().id()))
			.body(new IssuedView(views(List.of(issued.token())).get(0), issued.secret()));
	}

	@DeleteMapping("/api/me/api-tokens/{id}")
	@Operation(summary = "Revoke one of my API tokens; it stops working at once")
	ResponseEntity<Void> revokeMine(@PathVariable String id) {
		tokens.revoke(currentUser.id(), id);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/api/admin/api-tokens")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Everybody's API tokens (or one person's), newest first; administrators only")
	TokenPage all(@RequestParam(required = false) String userId, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		List<FieldProblem> problems = new ArrayList<>();
		if (page < 0) {
			problems.add(new FieldProblem("page", "apiToken.query.page"));
		}
		if (size < 1 || size > MAX_PAGE_SIZE) {
			problems.add(new FieldProblem("size", "apiToken.query.size", MAX_PAGE_SIZE));
		}
		if (!problems.isEmpty()) {
			throw new ProblemException(HttpStatus.BAD_REQUEST, "error.invalidFields", problems);
		}
		String person = userId == null || userId.isBlank() ? null : userId.strip();
		ApiTokenPage found = tokens.all(person, page, size);
		return new TokenPage(views(found.items()), found.total(), found.page(), found.size());
	}

	@DeleteMapping("/api/admin/api-tokens/{id}")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Revoke anybody's API token; administrators only")
	ResponseEntity<Void> revokeAny(@PathVariable String id) {
		ApiToken revoked = tokens.revoke(id);
		log.info("{} revoked API token '{}' ({}) of {}", currentUser.id(), revoked.name(), revoked.id(),
				revoked.userId());
		return ResponseEntity.noContent().build();
	}

	private List<TokenView> views(List<ApiToken> found) {
		Map<String, String> names = directory.people(found.stream().map(ApiToken::userId).distinct().toList())
			.stream()
			.collect(Collectors.toMap(Person::id, Person::displayName));
		Instant now = clock.instant();
		return found.stream()
			.map(token -> new TokenView(token.id(), token.name(), token.hint(), token.createdAt(), token.expiresAt(),
					token.lastUsedAt(), token.expiredAt(now),
					new PersonRef(token.userId(), names.getOrDefault(token.userId(), token.userId()))))
			.toList();
	}

}
