package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import dev.baton.tasks.LedgerHashes;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Chains the ledger rows written before V75, oldest first, and points the chain head at
 * the last of them, with the hashes {@link LedgerHashes} gives every new row.
 */
public class V76__Backfill_ledger_hash_chain extends BaseJavaMigration {

	@Override
	public void migrate(Context context) throws SQLException {
		Connection connection = context.getConnection();
		String previous = LedgerHashes.GENESIS;
		long seq = 0;
		long lastId = 0;
		try (PreparedStatement select = connection.prepareStatement("""
				SELECT id, process_instance_id, business_key, process_definition_id, step_id, step_name, task_id,
				    actor_id, target_id, decision, comment_text, data_hash, recorded_at
				FROM baton_approval_ledger ORDER BY id""");
				PreparedStatement insert = connection.prepareStatement(
						"INSERT INTO baton_ledger_chain (seq, entry_id, prev_hash, row_hash) VALUES (?, ?, ?, ?)");
				ResultSet rows = select.executeQuery()) {
			while (rows.next()) {
				lastId = rows.getLong("id");
				String hash = LedgerHashes.of(previous, lastId, rows.getTimestamp("recorded_at").toInstant(),
						rows.getString("process_instance_id"), rows.getString("business_key"),
						rows.getString("process_definition_id"), rows.getString("step_id"), rows.getString("step_name"),
						rows.getString("task_id"), rows.getString("actor_id"), rows.getString("target_id"),
						rows.getString("decision"), rows.getString("comment_text"), rows.getString("data_hash"));
				insert.setLong(1, ++seq);
				insert.setLong(2, lastId);
				insert.setString(3, previous);
				insert.setString(4, hash);
				insert.addBatch();
				if (seq % 500 == 0) {
					insert.executeBatch();
				}
				previous = hash;
			}
			insert.executeBatch();
		}
		if (seq > 0) {
			try (PreparedStatement head = connection.prepareStatement(
					"UPDATE baton_ledger_chain_head SET last_seq = ?, last_entry_id = ?, last_hash = ? WHERE id = 1")) {
				head.setLong(1, seq);
				head.setLong(2, lastId);
				head.setString(3, previous);
				head.executeUpdate();
			}
		}
	}

}
