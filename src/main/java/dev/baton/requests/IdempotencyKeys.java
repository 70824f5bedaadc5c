package dev.baton.requests;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.baton.web.ProblemException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The {@code Idempotency-Key} of {@code POST /api/requests} (docs/api.md): the same key
 * from the same person within 24 hours names one request. The key's row is written first
 * in the start's own transaction, so a second start with the key waits on the primary key
 * until the first one commits (then answers the first request) or rolls back (then starts
 * itself). Expired rows are ignored, replaced when their key comes again, and deleted at
 * most once an hour per node, after a start, in one statement on the {@code created_at}
 * index.
 */
@Component
class IdempotencyKeys {

	static final String HEADER = "Idempotency-Key";

	static final Duration LIFETIME = Duration.ofHours(24);

	private static final int MAX_LENGTH = 100;

	private static final Duration CLEANUP_INTERVAL = Duration.ofHours(1);

	private static final Logger log = LoggerFactory.getLogger(IdempotencyKeys.class);

	/** A valid key of one person with the hash of what they asked to start. */
	record Claim(String personId, String key, String bodyHash) {
	}

	/** A key's row as stored. */
	record Stored(String requestId, String bodyHash, Instant createdAt) {
	}

	/**
	 * The key was written by another start meanwhile (or its lock could not be had): roll
	 * back and look again.
	 */
	static final class Taken extends RuntimeException {

		Taken(Throwable cause) {
			super("Idempotency key taken", cause, false, false);
		}

	}

	private final JdbcTemplate jdbc;

	private final ObjectMapper canonical;

	/**
	 * Starts at startup: the first clean-up comes an hour after it, not on the first
	 * start.
	 */
	private final AtomicReference<Instant> lastCleanup = new AtomicReference<>(Instant.now());

	IdempotencyKeys(JdbcTemplate jdbc, ObjectMapper json) {
		this.jdbc = jdbc;
		this.canonical = json.copy().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
	}

	/**
	 * @return {@code null} without a header; 400 {@code request.idempotencyKey.invalid}
	 * naming the header unless it is 1 to 100 printable ASCII characters
	 */
	Claim claim(String personId, String header, String processKey, Map<String, Object> data) {
		if (header == null) {
			return null;
		}
		if (!valid(header)) {
			throw new ProblemException(HttpStatus.BAD_REQUEST, "request.idempotencyKey.invalid").withProperty("header",
					HEADER);
		}
		return new Claim(personId, header, hash(processKey, data));
	}

	private static ProblemException invalid() {
		return new ProblemException(HttpStatus.BAD_REQUEST, "request.idempotencyKey.invalid").withProperty("header",
				HEADER);
	}

	static boolean valid(String key) {
		if (key.isBlank() || key.length() > MAX_LENGTH) {
			return false;
		}
		return key.chars().allMatch(c -> c >= 0x20 && c <= 0x7e);
	}

	/**
	 * The request the key already names, if it is younger than 24 hours; 422
	 * {@code request.idempotencyKey.reused} when it was given for other data.
	 */
	Optional<String> earlier(Claim claim, Optional<Stored> row, Instant now) {
		return row.filter(stored -> live(stored, now)).map(stored -> {
			if (!stored.bodyHash().equals(claim.bodyHash())) {
				throw new ProblemException(HttpStatus.UNPROCESSABLE_ENTITY, "request.idempotencyKey.reused",
						stored.requestId())
					.withProperty("header", HEADER)
					.withProperty("requestId", stored.requestId());
			}
			return stored.requestId();
		});
	}

	/** Whether the key has a row at all, live or expired. */
	Optional<Stored> find(Claim claim) {
		return jdbc
			.query("SELECT request_id, body_hash, created_at FROM baton_request_idempotency_key "
					+ "WHERE person_id = ? AND idem_key = ?",
					(row, i) -> new Stored(row.getString(1), row.getString(2), row.getTimestamp(3).toInstant()),
					claim.personId(), claim.key())
			.stream()
			.findFirst();
	}

	static boolean live(Stored stored, Instant now) {
		return stored.createdAt().isAfter(now.minus(LIFETIME));
	}

	/**
	 * Writes the key for a request that starts in the caller's transaction; the first
	 * statement of that transaction, so that a start racing it waits here before doing
	 * any work.
	 * @param replacesExpired the key has an expired row, which this start replaces
	 * @throws Taken when another start holds or wrote the key
	 */
	void record(Claim claim, String requestId, Instant now, boolean replacesExpired) {
		try {
			if (replacesExpired) {
				jdbc.update(
						"DELETE FROM baton_request_idempotency_key WHERE person_id = ? AND idem_key = ? "
								+ "AND created_at <= ?",
						claim.personId(), claim.key(), Timestamp.from(now.minus(LIFETIME)));
			}
			jdbc.update(
					"INSERT INTO baton_request_idempotency_key (person_id, idem_key, request_id, body_hash, "
							+ "created_at) VALUES (?, ?, ?, ?, ?)",
					claim.personId(), claim.key(), requestId, claim.bodyHash(), Timestamp.from(now));
		}
		catch (DuplicateKeyException | ConcurrencyFailureException raced) {
			throw new Taken(raced);
		}
	}

	/**
	 * Deletes expired keys, at most once an hour on this node; never fails the start that
	 * triggered it.
	 */
	void cleanUpNowAndThen(Instant now) {
		Instant last = lastCleanup.get();
		if (last.plus(CLEANUP_INTERVAL).isAfter(now) || !lastCleanup.compareAndSet(last, now)) {
			return;
		}
		try {
			int deleted = jdbc.update("DELETE FROM baton_request_idempotency_key WHERE created_at < ?",
					Timestamp.from(now.minus(LIFETIME)));
			if (deleted > 0) {
				log.debug("Deleted {} expired idempotency keys", deleted);
			}
		}
		catch (DataAccessException failed) {
			log.warn("Could not delete expired idempotency keys; trying again later", failed);
		}
	}

	private String hash(String processKey, Map<String, Object> data) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("processKey", processKey);
		body.put("data", data == null ? Map.of() : data);
		try {
			byte[] bytes = canonical.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (JsonProcessingException | NoSuchAlgorithmException impossible) {
			throw new IllegalStateException("Cannot hash a start request", impossible);
		}
	}

}
