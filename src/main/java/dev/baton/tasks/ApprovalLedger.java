package dev.baton.tasks;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The append-only approval ledger. It can add and read entries; there is deliberately no
 * way to change or remove one.
 */
@Repository
public class ApprovalLedger {

	private final JdbcTemplate jdbc;

	private final Clock clock = Clock.systemUTC();

	private final LedgerChain chain;

	private final TransactionTemplate transaction;

	ApprovalLedger(JdbcTemplate jdbc, LedgerChain chain, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.chain = chain;
		this.transaction = new TransactionTemplate(transactions);
	}

	/**
	 * Appends an entry; the {@link LedgerChain} links it into the hash chain when the
	 * caller's transaction commits (outside a transaction, in one of its own).
	 */
	public void append(LedgerEntry entry) {
		if (!TransactionSynchronizationManager.isActualTransactionActive()) {
			transaction.executeWithoutResult(status -> append(entry));
			return;
		}
		Instant recordedAt = (entry.recordedAt() == null ? clock.instant() : entry.recordedAt())
			.truncatedTo(ChronoUnit.MILLIS);
		String comment = truncate(entry.comment(), 4000);
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.update(connection -> {
			PreparedStatement insert = connection.prepareStatement(
					"""
							INSERT INTO baton_approval_ledger (process_instance_id, business_key, process_definition_id, step_id,
							    step_name, task_id, actor_id, target_id, decision, comment_text, data_hash, recorded_at)
							VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
					new String[] { "id" });
			Object[] values = { entry.processInstanceId(), entry.businessKey(), entry.processDefinitionId(),
					entry.stepId(), entry.stepName(), entry.taskId(), entry.actorId(), entry.targetId(),
					entry.decision(), comment, entry.dataHash(), Timestamp.from(recordedAt) };
			for (int i = 0; i < values.length; i++) {
				insert.setObject(i + 1, values[i]);
			}
			return insert;
		}, key);
		chain.chainOnCommit(new LedgerEntry(key.getKey().longValue(), entry.processInstanceId(), entry.businessKey(),
				entry.processDefinitionId(), entry.stepId(), entry.stepName(), entry.taskId(), entry.actorId(),
				entry.targetId(), entry.decision(), comment, entry.dataHash(), recordedAt));
	}

	/** Every entry of one request, oldest first. */
	public List<LedgerEntry> entriesOf(String processInstanceId) {
		return jdbc.query("SELECT " + COLUMNS + " FROM baton_approval_ledger WHERE process_instance_id = ? ORDER BY id",
				ApprovalLedger::entry, processInstanceId);
	}

	/**
	 * The latest entry of a request whose decision is none of those given: one step
	 * backwards on the ledger's index by request.
	 */
	public Optional<LedgerEntry> latestEntryExcept(String processInstanceId, Collection<String> decisions) {
		List<Object> arguments = new ArrayList<>();
		arguments.add(processInstanceId);
		arguments.addAll(decisions);
		String notIn = decisions.isEmpty() ? ""
				: " AND decision NOT IN (" + String.join(", ", Collections.nCopies(decisions.size(), "?")) + ")";
		return jdbc
			.query("SELECT " + COLUMNS + " FROM baton_approval_ledger WHERE process_instance_id = ?" + notIn
					+ " ORDER BY id DESC LIMIT 1", ApprovalLedger::entry, arguments.toArray())
			.stream()
			.findFirst();
	}

	/**
	 * The decisions with which a person completed tasks (approve, reject, return, a
	 * delegated task handed back), newest first, a page at a time: one range of the
	 * ledger's index on actor and time, read backwards.
	 */
	public List<LedgerEntry> tasksCompletedBy(String actorId, int offset, int limit) {
		List<Object> arguments = new ArrayList<>();
		String where = completedBy(actorId, arguments);
		arguments.add(limit);
		arguments.add(offset);
		return jdbc.query(
				"SELECT " + COLUMNS + " FROM baton_approval_ledger" + where
						+ " ORDER BY recorded_at DESC, id DESC LIMIT ? OFFSET ?",
				ApprovalLedger::entry, arguments.toArray());
	}

	/** How many tasks {@link #tasksCompletedBy} lists in all. */
	public long countTasksCompletedBy(String actorId) {
		List<Object> arguments = new ArrayList<>();
		Long count = jdbc.queryForObject("SELECT COUNT(*) FROM baton_approval_ledger" + completedBy(actorId, arguments),
				Long.class, arguments.toArray());
		return count == null ? 0 : count;
	}

	/** Decisions that complete the task they are taken on (or hand it back). */
	public static final List<String> COMPLETING_DECISIONS = List.of("approve", "reject", "return", "resolve");

	private static String completedBy(String actorId, List<Object> arguments) {
		arguments.add(actorId);
		arguments.addAll(COMPLETING_DECISIONS);
		return " WHERE actor_id = ? AND task_id IS NOT NULL AND decision IN ("
				+ String.join(", ", Collections.nCopies(COMPLETING_DECISIONS.size(), "?")) + ")";
	}

	/**
	 * The latest entries one person made (including those concerning no request, such as
	 * an administrator's deployment through the engine's REST API), newest first.
	 */
	public List<LedgerEntry> latestEntriesBy(String actorId, int limit) {
		return jdbc.query("SELECT " + COLUMNS + " FROM baton_approval_ledger WHERE actor_id = ? ORDER BY id DESC",
				ps -> {
					ps.setString(1, actorId);
					ps.setMaxRows(limit);
				}, ApprovalLedger::entry);
	}

	static final String COLUMNS = """
			id, process_instance_id, business_key, process_definition_id, step_id, step_name, task_id, actor_id,
			    target_id, decision, comment_text, data_hash, recorded_at""";

	static LedgerEntry entry(ResultSet row, int i) throws SQLException {
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
