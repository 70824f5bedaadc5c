package dev.baton.tasks;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The hash of one ledger row: SHA-256 (hex) over the hash of the row before it in the
 * chain, the row's id and every field of the row as stored, so that changing any field,
 * or removing or inserting a row, breaks the chain from there on.
 */
public final class LedgerHashes {

	/** The {@code prev_hash} of the first row of a chain. */
	public static final String GENESIS = "0".repeat(64);

	private LedgerHashes() {
	}

	/**
	 * @param fields the row's stored values in {@link ApprovalLedger}'s column order
	 * ({@code process_instance_id} … {@code data_hash})
	 */
	public static String of(String previousHash, long id, Instant recordedAt, String... fields) {
		StringBuilder text = new StringBuilder(previousHash == null ? GENESIS : previousHash);
		text.append('|').append(id);
		for (String field : fields) {
			// a length prefix keeps "a|b" and "a", "|b" apart; -1 marks NULL
			text.append('|').append(field == null ? -1 : field.length()).append(':').append(field == null ? "" : field);
		}
		// whole seconds: MySQL Connector/J sends no fractions of a second to a MariaDB
		// server
		// (it takes the server for MySQL 5.5), so only the seconds are sure to be stored
		text.append('|').append(recordedAt.getEpochSecond());
		try {
			return HexFormat.of()
				.formatHex(
						MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java runtime has SHA-256", e);
		}
	}

	/** The hash of an entry as {@link ApprovalLedger} stored it (with its id). */
	public static String of(String previousHash, LedgerEntry entry) {
		return of(previousHash, entry.id(), entry.recordedAt(), entry.processInstanceId(), entry.businessKey(),
				entry.processDefinitionId(), entry.stepId(), entry.stepName(), entry.taskId(), entry.actorId(),
				entry.targetId(), entry.decision(), entry.comment(), entry.dataHash());
	}

}
