package dev.baton.tasks;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks the ledger's hash chain from its first row to the row the chain head names: each
 * row must name the hash of the row before it, and its own hash must still match its
 * content. Rows appended while it runs lie beyond the head it read first and are left for
 * the next check. Reads a thousand rows at a time, in the order of the chain.
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
		 * A row does not follow the row before it: a row between them was removed or
		 * inserted, or the row was rewritten with a new hash.
		 */
		LINK,
		/**
		 * The chain ends before the row the chain head names: rows at its end were
		 * removed.
		 */
		MISSING_END

	}

	/**
	 * @param checkedRows how many rows were checked
	 * @param brokenAt the id of the first row that does not fit; {@code null} when the
	 * chain is whole (or its end was removed: then {@code problem} says so)
	 * @param problem {@code null} when the chain is whole
	 */
	public record Result(long checkedRows, Long brokenAt, Problem problem, Long lastId) {

		public boolean intact() {
			return problem == null;
		}

	}

	@Transactional(readOnly = true)
	public Result verify() {
		Map<String, Object> head = jdbc
			.queryForMap("SELECT last_id, last_hash FROM baton_ledger_chain_head WHERE id = 1");
		long lastId = ((Number) head.get("last_id")).longValue();
		String headHash = (String) head.get("last_hash");
		String expectedPrevious = LedgerHashes.GENESIS;
		long afterId = 0;
		long checked = 0;
		while (true) {
			List<Row> rows = jdbc.query("SELECT " + ApprovalLedger.COLUMNS
					+ ", prev_hash, row_hash FROM baton_approval_ledger WHERE id > ? AND id <= ? ORDER BY id LIMIT ?",
					LedgerVerification::row, afterId, lastId, BATCH);
			for (Row row : rows) {
				checked++;
				if (row.prevHash() == null || !row.prevHash().equals(expectedPrevious)) {
					return new Result(checked, row.entry().id(), Problem.LINK, lastId);
				}
				if (!LedgerHashes.of(row.prevHash(), row.entry()).equals(row.rowHash())) {
					return new Result(checked, row.entry().id(), Problem.CHANGED, lastId);
				}
				expectedPrevious = row.rowHash();
				afterId = row.entry().id();
			}
			if (rows.size() < BATCH) {
				break;
			}
		}
		if (lastId > 0 && (afterId != lastId || !expectedPrevious.equals(headHash))) {
			return new Result(checked, null, Problem.MISSING_END, lastId);
		}
		return new Result(checked, null, null, lastId);
	}

	private record Row(LedgerEntry entry, String prevHash, String rowHash) {
	}

	private static Row row(ResultSet row, int i) throws SQLException {
		return new Row(ApprovalLedger.entry(row, i), row.getString("prev_hash"), row.getString("row_hash"));
	}

}
