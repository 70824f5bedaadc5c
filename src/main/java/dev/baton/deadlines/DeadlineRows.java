package dev.baton.deadlines;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import dev.baton.engine.StepDeadline;
import dev.baton.engine.StepDeadline.Escalation;
import dev.baton.engine.StepDeadline.OverdueReminder;
import dev.baton.engine.StepDeadlineStarted;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The table {@code baton_deadline}: rows are written when a task opens, found by their
 * indexed next action time, claimed by a conditional UPDATE of their version, and removed
 * when nothing is left to do or their task is gone.
 */
@Repository
class DeadlineRows {

	private static final String COLUMNS = """
			task_id, process_instance_id, business_key, process_definition_id, step_id, step_name, due_at,
			remind_before_hours, overdue_reminder, remind_every_hours, escalation, escalate_after_hours,
			reminded_before, overdue_reminders, escalated, version""";

	private final JdbcTemplate jdbc;

	DeadlineRows(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	void insert(StepDeadlineStarted started) {
		StepDeadline deadline = started.deadline();
		DeadlineRow row = new DeadlineRow(started.taskId(), started.processInstanceId(), started.businessKey(),
				started.processDefinitionId(), started.stepId(), started.stepName(), started.dueAt(),
				deadline.remindBeforeHours(), deadline.overdueReminder(), deadline.remindEveryHours(),
				deadline.escalation(), deadline.escalateAfterHours(), false, 0, false, 0);
		Instant next = row.next();
		if (next == null) {
			// a due date and nothing to remind of: the inbox shows it, no row needed
			return;
		}
		jdbc.update(
				"INSERT INTO baton_deadline (" + COLUMNS + ", next_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
						+ "?, ?, ?, ?, ?)",
				row.taskId(), row.processInstanceId(), row.businessKey(), row.processDefinitionId(), row.stepId(),
				row.stepName(), Timestamp.from(row.dueAt()), row.remindBeforeHours(), name(row.overdueReminder()),
				row.remindEveryHours(), name(row.escalation()), row.escalateAfterHours(), false, 0, false, 0,
				Timestamp.from(next));
	}

	/** The tasks whose next action is due at {@code now}, earliest first. */
	List<String> dueAt(Instant now, int limit) {
		return jdbc.query(
				"SELECT task_id FROM baton_deadline WHERE next_at <= ? ORDER BY next_at, task_id LIMIT " + limit,
				(row, i) -> row.getString("task_id"), Timestamp.from(now));
	}

	Optional<DeadlineRow> find(String taskId) {
		return jdbc.query("SELECT " + COLUMNS + " FROM baton_deadline WHERE task_id = ?", DeadlineRows::row, taskId)
			.stream()
			.findFirst();
	}

	/**
	 * Claims the row for this transaction: raises its version if nobody else has since it
	 * was read. Another node's claim holds the row's lock until it commits; this UPDATE
	 * then finds the new version and claims nothing.
	 */
	boolean claim(DeadlineRow row) {
		return jdbc.update("UPDATE baton_deadline SET version = version + 1 WHERE task_id = ? AND version = ?",
				row.taskId(), row.version()) == 1;
	}

	/** Stores what was done; a row with nothing left to do is removed. */
	void save(DeadlineRow row) {
		Instant next = row.next();
		if (next == null) {
			remove(row.taskId());
			return;
		}
		jdbc.update("""
				UPDATE baton_deadline SET reminded_before = ?, overdue_reminders = ?, escalated = ?, next_at = ?
				WHERE task_id = ?""", row.remindedBefore(), row.overdueReminders(), row.escalated(),
				Timestamp.from(next), row.taskId());
	}

	/** Moves a row whose action failed to a later try. */
	void postpone(String taskId, Instant until) {
		jdbc.update("UPDATE baton_deadline SET next_at = ? WHERE task_id = ?", Timestamp.from(until), taskId);
	}

	void remove(String taskId) {
		jdbc.update("DELETE FROM baton_deadline WHERE task_id = ?", taskId);
	}

	private static String name(Enum<?> value) {
		return value == null ? null : value.name();
	}

	private static DeadlineRow row(ResultSet row, int i) throws SQLException {
		String overdue = row.getString("overdue_reminder");
		String escalation = row.getString("escalation");
		return new DeadlineRow(row.getString("task_id"), row.getString("process_instance_id"),
				row.getString("business_key"), row.getString("process_definition_id"), row.getString("step_id"),
				row.getString("step_name"), row.getTimestamp("due_at").toInstant(),
				(Integer) row.getObject("remind_before_hours", Integer.class),
				overdue == null ? null : OverdueReminder.valueOf(overdue),
				(Integer) row.getObject("remind_every_hours", Integer.class),
				escalation == null ? null : Escalation.valueOf(escalation),
				(Integer) row.getObject("escalate_after_hours", Integer.class), row.getBoolean("reminded_before"),
				row.getInt("overdue_reminders"), row.getBoolean("escalated"), row.getInt("version"));
	}

}
