package dev.baton.tasks;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks the ledger's hash chain from its first link to the link the chain head names:
 * the links must follow each other, each must name the hash of the one before it, its
 * ledger row must still exist and still match its hash; and no ledger row up to the
 * head's may be missing from the chain. Links written while it runs lie beyond the head
 * it read first and are left for the next check. Reads a thousand links at a time.
 */
@Component
public class LedgerVerification {

	private static final int BATCH = 1000;

	private final JdbcTemplate jdbc;

	LedgerVerification(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** What a check found. */
	public enum Problem {

		/** A row's content no longer matches its hash: it was changed. */
		CHANGED,
		/**
		 * A link does not follow the one before it: a row was removed from the chain or
		 * inserted into it, or a row was rewritten together with its hash.
		 */
		LINK,
		/** A row the chain names is no longer in the ledger: it was deleted. */
		REMOVED,
		/**
		 * A row is in the ledger but not in the chain: it was added behind Baton's back.
		 */
		UNCHAINED,
		/**
		 * The chain ends before the link the head names: links at its end were removed.
		 */
		MISSING_END

	}

	/**
	 * @param checkedRows how many rows were checked
	 * @param brokenAt the ledger id of the first row that does not fit; {@code null} when
	 * the chain is whole or its end is missing
	 * @param problem {@code null} when the chain is whole
	 * @param lastId the ledger id of the last row the chain head names
	 */
	public record Result(long checkedRows, Long brokenAt, Problem problem, Long lastId) {

		public boolean intact() {
			return problem == null;
		}

	}

	@Transactional(readOnly = true)
	public Result verify() {
		Map<String, Object> head = jdbc
			.queryForMap("SELECT last_seq, last_entry_id, last_hash FROM baton_ledger_chain_head WHERE id = 1");
		long lastSeq = ((Number) head.get("last_seq")).longValue();
		long lastId = ((Number) head.get("last_entry_id")).longValue();
		String expectedPrevious = LedgerHashes.GENESIS;
		long afterSeq = 0;
		long checked = 0;
		while (afterSeq < lastSeq) {
			List<Link> links = jdbc.query("""
					SELECT c.seq, c.entry_id, c.prev_hash, c.row_hash, l.id, l.process_instance_id, l.business_key,
					    l.process_definition_id, l.step_id, l.step_name, l.task_id, l.actor_id, l.target_id, l.decision,
					    l.comment_text, l.data_hash, l.recorded_at
					FROM baton_ledger_chain c LEFT JOIN baton_approval_ledger l ON l.id = c.entry_id
					WHERE c.seq > ? AND c.seq <= ? ORDER BY c.seq LIMIT ?""", LedgerVerification::link, afterSeq,
					lastSeq, BATCH);
			if (links.isEmpty()) {
				break;
			}
			for (Link link : links) {
				checked++;
				if (link.seq() != afterSeq + 1 || !link.prevHash().equals(expectedPrevious)) {
					return new Result(checked, link.entryId(), Problem.LINK, lastId);
				}
				if (link.entry() == null) {
					return new Result(checked, link.entryId(), Problem.REMOVED, lastId);
				}
				if (!LedgerHashes.of(link.prevHash(), link.entry()).equals(link.rowHash())) {
					return new Result(checked, link.entryId(), Problem.CHANGED, lastId);
				}
				expectedPrevious = link.rowHash();
				afterSeq = link.seq();
			}
		}
		if (afterSeq != lastSeq || (lastSeq > 0 && !expectedPrevious.equals(head.get("last_hash")))) {
			return new Result(checked, null, Problem.MISSING_END, lastId);
		}
		Long unchained = jdbc.queryForObject("""
				SELECT MIN(l.id) FROM baton_approval_ledger l
				WHERE l.id <= ? AND NOT EXISTS (SELECT 1 FROM baton_ledger_chain c WHERE c.entry_id = l.id)""",
				Long.class, lastId);
		if (unchained != null) {
			return new Result(checked, unchained, Problem.UNCHAINED, lastId);
		}
		return new Result(checked, null, null, lastId);
	}

	private record Link(long seq, long entryId, String prevHash, String rowHash, LedgerEntry entry) {
	}

	private static Link link(ResultSet row, int i) throws SQLException {
		long entryId = row.getLong("entry_id");
		row.getLong("id");
		LedgerEntry entry = row.wasNull() ? null : ApprovalLedger.entry(row, i);
		return new Link(row.getLong("seq"), entryId, row.getString("prev_hash"), row.getString("row_hash"), entry);
	}

}
