package dev.baton.tasks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Links the ledger rows a transaction wrote into the hash chain when the transaction
 * commits: locks the chain head, writes one link per row in the order they were written,
 * and moves the head. The lock is taken last and held only for the commit, so a decision
 * never waits for another while it works, and reads what it read before (a withdrawal
 * that checked "nobody decided yet" still meets an approval at the engine's rows, as it
 * did without the chain). Three statements per transaction that wrote to the ledger, plus
 * one per further row.
 */
@Component
class LedgerChain {

	private static final Object KEY = new Object();

	private final JdbcTemplate jdbc;

	LedgerChain(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Chains the entry (stored with its id) when the current transaction commits. */
	void chainOnCommit(LedgerEntry stored) {
		@SuppressWarnings("unchecked")
		List<LedgerEntry> pending = (List<LedgerEntry>) TransactionSynchronizationManager.getResource(KEY);
		if (pending == null) {
			List<LedgerEntry> entries = new ArrayList<>();
			TransactionSynchronizationManager.bindResource(KEY, entries);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

				@Override
				public void beforeCommit(boolean readOnly) {
					link(entries);
				}

				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(KEY);
				}

				@Override
				public void suspend() {
					TransactionSynchronizationManager.unbindResource(KEY);
				}

				@Override
				public void resume() {
					TransactionSynchronizationManager.bindResource(KEY, entries);
				}

			});
			pending = entries;
		}
		pending.add(stored);
	}

	private void link(List<LedgerEntry> entries) {
		if (entries.isEmpty()) {
			return;
		}
		Map<String, Object> head = jdbc
			.queryForMap("SELECT last_seq, last_hash FROM baton_ledger_chain_head WHERE id = 1 FOR UPDATE");
		long seq = ((Number) head.get("last_seq")).longValue();
		String previous = head.get("last_hash") == null ? LedgerHashes.GENESIS : (String) head.get("last_hash");
		List<Object[]> links = new ArrayList<>();
		for (LedgerEntry entry : entries) {
			String hash = LedgerHashes.of(previous, entry);
			links.add(new Object[] { ++seq, entry.id(), previous, hash });
			previous = hash;
		}
		jdbc.batchUpdate("INSERT INTO baton_ledger_chain (seq, entry_id, prev_hash, row_hash) VALUES (?, ?, ?, ?)",
				links);
		jdbc.update("UPDATE baton_ledger_chain_head SET last_seq = ?, last_entry_id = ?, last_hash = ? WHERE id = 1",
				seq, entries.get(entries.size() - 1).id(), previous);
		entries.clear();
	}

}
