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
 * the last of them; runs before V77 makes the ledger refuse UPDATEs on MySQL/MariaDB. The
 * hashes are those {@link LedgerHashes} gives every new row.
 */
public class V76__Backfill_ledger_hash_chain extends BaseJavaMigration {

	@Override
	public void migrate(Context context) throws SQLException {
		Connection connection = context.getConnection();
		String previous = LedgerHashes.GENESIS;
		long lastId = 0;
		try (PreparedStatement select = connection.prepareStatement("""
				SELECT id, process_instance_id, business_key, process_definition_id, step_id, step_name, task_id,
				    actor_id, target_id, decision, comment_text, data_hash, recorded_at
				FROM baton_approval_ledger ORDER BY id""");
				PreparedStatement update = connection
					.prepareStatement("UPDATE baton_approval_ledger SET prev_hash = ?, row_hash = ? WHERE id = ?");
				ResultSet rows = select.executeQuery()) {
			int batched = 0;
			while (rows.next()) {
				String hash = LedgerHashes.of(previous, rows.getTimestamp("recorded_at").toInstant(),
						rows.getString("process_instance_id"), rows.getString("business_key"),
						rows.getString("process_definition_id"), rows.getString("step_id"), rows.getString("step_name"),
						rows.getString("task_id"), rows.getString("actor_id"), rows.getString("target_id"),
						rows.getString("decision"), rows.getString("comment_text"), rows.getString("data_hash"));
				update.setString(1, previous);
				update.setString(2, hash);
				lastId = rows.getLong("id");
				update.setLong(3, lastId);
				update.addBatch();
				if (++batched % 500 == 0) {
					update.executeBatch();
				}
				previous = hash;
			}
			update.executeBatch();
		}
		if (lastId > 0) {
			try (PreparedStatement head = connection
				.prepareStatement("UPDATE baton_ledger_chain_head SET last_id = ?, last_hash = ? WHERE id = 1")) {
				head.setLong(1, lastId);
				head.setString(2, previous);
				head.executeUpdate();
			}
		}
	}

}
