package dev.baton.notifications;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Encrypts the secrets an administrator enters (the SMTP password, a robot's webhook
 * address and signing secret) with AES-256-GCM. The key comes from
 * {@code baton.secret-key} (any text; its SHA-256 is the key) or, without one, is
 * generated once by the first node that needs it and kept in {@code baton_secret_keys}. A
 * sealed value reads {@code v1:<base64 of nonce and ciphertext>}.
 */
@Component
class SecretBox {

	private static final String PREFIX = "v1:";

	private static final int NONCE_BYTES = 12;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcTemplate jdbc;

	private final TransactionTemplate ownTransaction;

	private final String configuredKey;

	private volatile SecretKeySpec key;

	SecretBox(JdbcTemplate jdbc, PlatformTransactionManager transactions,
			@Value("${baton.secret-key:}") String configuredKey) {
		this.jdbc = jdbc;
		// a key generated inside a caller's transaction that then rolls back would be
		// lost
		// while secrets sealed with it stay in memory: the key commits on its own
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.configuredKey = configuredKey;
	}

	String seal(String plain) {
		if (plain == null) {
			return null;
		}
		try {
			byte[] nonce = new byte[NONCE_BYTES];
			RANDOM.nextBytes(nonce);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, key(), new GCMParameterSpec(128, nonce));
			byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
			byte[] all = new byte[nonce.length + sealed.length];
			System.arraycopy(nonce, 0, all, 0, nonce.length);
			System.arraycopy(sealed, 0, all, nonce.length, sealed.length);
			return PREFIX + Base64.getEncoder().encodeToString(all);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("Cannot encrypt a secret", e);
		}
	}

	/**
	 * The plain text of a sealed value; {@code null} for {@code null}.
	 * @throws IllegalStateException when the key changed since it was sealed
	 */
	String open(String sealed) {
		if (sealed == null) {
			return null;
		}
		if (!sealed.startsWith(PREFIX)) {
			throw new IllegalStateException("Not a sealed secret");
		}
		try {
			byte[] all = Base64.getDecoder().decode(sealed.substring(PREFIX.length()));
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, key(), new GCMParameterSpec(128, all, 0, NONCE_BYTES));
			return new String(cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES), StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException | IllegalArgumentException e) {
			throw new IllegalStateException("A secret cannot be decrypted: was baton.secret-key changed?");
		}
	}

	/**
	 * The plain text of a sealed value, or empty when it cannot be read (the key
	 * changed): the secret must then be entered again.
	 */
	java.util.Optional<String> tryOpen(String sealed) {
		try {
			return java.util.Optional.ofNullable(open(sealed));
		}
		catch (IllegalStateException unreadable) {
			return java.util.Optional.empty();
		}
	}

	private SecretKeySpec key() {
		SecretKeySpec current = key;
		if (current == null) {
			synchronized (this) {
				if (key == null) {
					key = new SecretKeySpec(sha256(
							configuredKey.isBlank() ? ownTransaction.execute(status -> storedKey()) : configuredKey),
							"AES");
				}
				current = key;
			}
		}
		return current;
	}

	private String storedKey() {
		var stored = jdbc.queryForList("SELECT key_value FROM baton_secret_keys WHERE id = 1", String.class);
		if (!stored.isEmpty()) {
			return stored.get(0);
		}
		byte[] fresh = new byte[32];
		RANDOM.nextBytes(fresh);
		try {
			jdbc.update("INSERT INTO baton_secret_keys (id, key_value, created_at) VALUES (1, ?, ?)",
					Base64.getEncoder().encodeToString(fresh), Timestamp.from(Instant.now()));
		}
		catch (DuplicateKeyException anotherNodeWasFirst) {
			// read theirs below
		}
		return jdbc.queryForObject("SELECT key_value FROM baton_secret_keys WHERE id = 1", String.class);
	}

	private static byte[] sha256(String text) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}

}
