package dev.baton.directory;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import dev.baton.web.ProblemException;
import dev.baton.web.ProblemException.FieldProblem;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link ApiTokens} on {@code baton_api_tokens}. A secret is {@code bat_} followed by 32
 * random bytes (base64url, 43 characters); the table holds its SHA-256 hash under a
 * unique index, so looking a token up is one indexed read that also brings the person's
 * active flag and system roles.
 */
@Component
class ApiTokenStore implements ApiTokens {

	static final String PREFIX = "bat_";

	private static final Pattern SECRET = Pattern.compile("bat_[A-Za-z0-9_-]{43}");

	private static final int HINT_LENGTH = PREFIX.length() + 4;

	private static final int MAX_NAME = 100;

	/** {@code last_used_at} is written at most this often per token. */
	static final Duration LAST_USED_RESOLUTION = Duration.ofMinutes(1);

	private static final String COLUMNS = "id, user_id, name, hint, created_at, expires_at, last_used_at";

	private final JdbcTemplate jdbc;

	private final PersonRepository people;

	private final SecureRandom random = new SecureRandom();

	private final Clock clock = Clock.systemUTC();

	ApiTokenStore(JdbcTemplate jdbc, PersonRepository people) {
		this.jdbc = jdbc;
		this.people = people;
	}

	@Override
	@Transactional
	public IssuedApiToken issue(String userId, String name, Integer days) {
		String cleanName = name == null ? "" : name.strip();
		List<FieldProblem> problems = new ArrayList<>();
		if (cleanName.isEmpty()) {
			problems.add(new FieldProblem("name", "directory.required"));
		}
		else if (cleanName.length() > MAX_NAME) {
			problems.add(new FieldProblem("name", "directory.tooLong", MAX_NAME));
		}
		if (days == null) {
			problems.add(new FieldProblem("expiresInDays", "directory.required"));
		}
		else if (days < 1 || days > MAX_DAYS) {
			problems.add(new FieldProblem("expiresInDays", "directory.apiToken.days", 1, MAX_DAYS));
		}
		if (!problems.isEmpty()) {
			throw new ProblemException(HttpStatus.BAD_REQUEST, "error.invalidFields", problems);
		}
		PersonEntity person = people.findById(String.valueOf(userId))
			.filter(PersonEntity::active)
			.orElseThrow(() -> new ProblemException(HttpStatus.NOT_FOUND, "directory.person.notFound", userId));
		Integer existing = jdbc.queryForObject("SELECT COUNT(*) FROM baton_api_tokens WHERE user_id = ?", Integer.class,
				person.id());
		if (existing != null && existing >= MAX_PER_PERSON) {
			throw new ProblemException(HttpStatus.CONFLICT, "directory.apiToken.tooMany", MAX_PER_PERSON);
		}
		Integer sameName = jdbc.queryForObject("SELECT COUNT(*) FROM baton_api_tokens WHERE user_id = ? AND name = ?",
				Integer.class, person.id(), cleanName);
		if (sameName != null && sameName > 0) {
			throw nameTaken(cleanName);
		}
		String secret = newSecret();
		Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
		ApiToken token = new ApiToken(UUID.randomUUID().toString(), person.id(), cleanName,
				secret.substring(0, HINT_LENGTH), now, now.plus(Duration.ofDays(days)), null);
		try {
			jdbc.update("INSERT INTO baton_api_tokens (" + COLUMNS + ", token_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
					token.id(), token.userId(), token.name(), token.hint(), Timestamp.from(token.createdAt()),
					Timestamp.from(token.expiresAt()), null, hash(secret));
		}
		catch (DuplicateKeyException raced) {
			throw nameTaken(cleanName);
		}
		return new IssuedApiToken(token, secret);
	}

	private static ProblemException nameTaken(String name) {
		return new ProblemException(HttpStatus.CONFLICT, "directory.apiToken.nameTaken",
				List.of(new FieldProblem("name", "directory.apiToken.nameTaken", name)), name);
	}

	@Override
	@Transactional(readOnly = true)
	public List<ApiToken> of(String userId) {
		return jdbc.query("SELECT " + COLUMNS + " FROM baton_api_tokens WHERE user_id = ? ORDER BY created_at DESC, id",
				TOKEN, userId);
	}

	@Override
	@Transactional(readOnly = true)
	public ApiTokenPage all(String userId, int page, int size) {
		String where = userId == null ? "" : " WHERE user_id = ?";
		Object[] arguments = userId == null ? new Object[0] : new Object[] { userId };
		Long total = jdbc.queryForObject("SELECT COUNT(*) FROM baton_api_tokens" + where, Long.class, arguments);
		List<ApiToken> items = jdbc.query("SELECT " + COLUMNS + " FROM baton_api_tokens" + where
				+ " ORDER BY created_at DESC, id LIMIT " + size + " OFFSET " + ((long) page * size), TOKEN, arguments);
		return new ApiTokenPage(items, total == null ? 0 : total, page, size);
	}

	@Override
	@Transactional
	public ApiToken revoke(String userId, String tokenId) {
		ApiToken token = find(tokenId).filter(found -> found.userId().equals(userId))
			.orElseThrow(() -> new ProblemException(HttpStatus.NOT_FOUND, "directory.apiToken.notFound", tokenId));
		jdbc.update("DELETE FROM baton_api_tokens WHERE id = ?", token.id());
		return token;
	}

	@Override
	@Transactional
	public ApiToken revoke(String tokenId) {
		ApiToken token = find(tokenId)
			.orElseThrow(() -> new ProblemException(HttpStatus.NOT_FOUND, "directory.apiToken.notFound", tokenId));
		jdbc.update("DELETE FROM baton_api_tokens WHERE id = ?", token.id());
		return token;
	}

	/** Removes every token of a person, in the caller's transaction. */
	void deleteAllOf(String userId) {
		jdbc.update("DELETE FROM baton_api_tokens WHERE user_id = ?", userId);
	}

	/**
	 * One statement (unique index on the hash, primary keys of the person and their
	 * system roles); plus one UPDATE when {@code last_used_at} is a minute old. Runs in
	 * no transaction of its own.
	 */
	Optional<TokenAccount> use(String secret) {
		if (secret == null || !SECRET.matcher(secret).matches()) {
			return Optional.empty();
		}
		List<TokenRow> rows = jdbc.query("""
				SELECT t.id, t.user_id, t.expires_at, t.last_used_at, u.active, s.system_role
				FROM baton_api_tokens t
				JOIN baton_users u ON u.id = t.user_id
				LEFT JOIN baton_user_system_roles s ON s.user_id = t.user_id
				WHERE t.token_hash = ?
				""", (rs, row) -> new TokenRow(rs.getString(1), rs.getString(2), instant(rs, 3), instant(rs, 4),
				rs.getBoolean(5), rs.getString(6)), hash(secret));
		if (rows.isEmpty()) {
			return Optional.empty();
		}
		TokenRow first = rows.get(0);
		Set<SystemRole> roles = EnumSet.of(SystemRole.EMPLOYEE);
		for (TokenRow row : rows) {
			if (row.systemRole() != null) {
				try {
					roles.add(SystemRole.valueOf(row.systemRole()));
				}
				catch (IllegalArgumentException unknown) {
					// a system role this version does not know grants nothing
				}
			}
		}
		Instant now = clock.instant();
		if (first.lastUsedAt() == null || !now.isBefore(first.lastUsedAt().plus(LAST_USED_RESOLUTION))) {
			Timestamp stale = Timestamp.from(now.minus(LAST_USED_RESOLUTION));
			jdbc.update(
					"UPDATE baton_api_tokens SET last_used_at = ? WHERE id = ? AND (last_used_at IS NULL OR last_used_at <= ?)",
					Timestamp.from(now.truncatedTo(ChronoUnit.MILLIS)), first.id(), stale);
		}
		return Optional.of(new TokenAccount(first.id(), first.userId(), first.expiresAt(), first.active(), roles));
	}

	private Optional<ApiToken> find(String tokenId) {
		return jdbc.query("SELECT " + COLUMNS + " FROM baton_api_tokens WHERE id = ?", TOKEN, String.valueOf(tokenId))
			.stream()
			.findFirst();
	}

	private String newSecret() {
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	static String hash(String secret) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException impossible) {
			throw new IllegalStateException("every Java has SHA-256", impossible);
		}
	}

	private static final RowMapper<ApiToken> TOKEN = (rs, row) -> new ApiToken(rs.getString("id"),
			rs.getString("user_id"), rs.getString("name"), rs.getString("hint"), instant(rs, "created_at"),
			instant(rs, "expires_at"), instant(rs, "last_used_at"));

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}

	private static Instant instant(ResultSet rs, int column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}

	private record TokenRow(String id, String userId, Instant expiresAt, Instant lastUsedAt, boolean active,
			String systemRole) {
	}

}
