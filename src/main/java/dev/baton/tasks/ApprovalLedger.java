package dev.baton.tasks;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The append-only approval ledger. It can add and read entries; there is deliberately no
 * way to change or remove one.
 */
@Repository
public class ApprovalLedger {

	private final JdbcTemplate jdbc;

	private final Clock clock = Clock.systemUTC();

	ApprovalLedger(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public void append(LedgerEntry entry) {
		jdbc.update("""
				INSERT INTO baton_approval_ledger (process_instance_id, business_key, process_definition_id, step_id,
				    step_name, task_id, actor_id, target_id, decision, comment_text, data_hash, recorded_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", entry.processInstanceId(), entry.businessKey(),
				entry.processDefinitionId(), entry.stepId(), entry.stepName(), entry.taskId(), entry.actorId(),
				entry.targetId(), entry.decision(), truncate(entry.comment(), 4000), entry.dataHash(),
				Timestamp.from(entry.recordedAt() == null ? clock.instant() : entry.recordedAt()));
	}

	/** Every entry of one request, oldest first. */
	public List<LedgerEntry> entriesOf(String processInstanceId) {
		return jdbc.query("""
				SELECT id, process_instance_id, business_key, process_definition_id, step_id, step_name, task_id,
				    actor_id, target_id, decision, comment_text, data_hash, recorded_at
				FROM baton_approval_ledger WHERE process_instance_id = ? ORDER BY id""", ApprovalLedger::entry,
				processInstanceId);
	}

	/**
	 * The latest entries one person made (including those concerning no request, such as
	 * an administrator's deployment through the engine's REST API), newest first.
	 */
	public List<LedgerEntry> latestEntriesBy(String actorId, int limit) {
		return jdbc.query("""
				SELECT id, process_instance_id, business_key, process_definition_id, step_id, step_name, task_id,
				    actor_id, target_id, decision, comment_text, data_hash, recorded_at
				FROM baton_approval_ledger WHERE actor_id = ? ORDER BY id DESC""", ps -> {
			ps.setString(1, actorId);
			ps.setMaxRows(limit);
		}, (java.sql.ResultSet row, int i) -> entry(row, i));
	}

	private static LedgerEntry entry(java.sql.ResultSet row, int i) throws java.sql.SQLException {
		return new LedgerEntry(row.getLong("id"), row.getString("process_instance_id"), row.getString("business_key"),
				row.getString("process_definition_id"), row.getString("step_id"), row.getString("step_name"),
				row.getString("task_id"), row.getString("actor_id"), row.getString("target_id"),
				row.getString("decision"), row.getString("comment_text"), row.getString("data_hash"),
				row.getTimestamp("recorded_at").toInstant());
	}

	private static String truncate(String text, int max) {
		return text == null || text.length() <= max ? text : text.substring(0, max);
	}

}
