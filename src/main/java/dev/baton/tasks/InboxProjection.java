package dev.baton.tasks;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import dev.baton.engine.TaskChanged;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Applies the engine's {@link TaskChanged} events to the inbox read model
 * ({@code baton_inbox_task}, {@code baton_inbox_candidate}). Runs synchronously in the
 * engine's transaction: if the engine command fails, these writes roll back with it, and
 * if these writes fail, so does the command.
 */
@Component
class InboxProjection {

	static final int TEXT_MAX = 255;

	private final JdbcTemplate jdbc;

	InboxProjection(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener
	void on(TaskChanged.Opened opened) {
		TaskChanged.Snapshot task = opened.task();
		jdbc.update("""
				INSERT INTO baton_inbox_task (task_id, name, step_id, process_definition_id, process_key,
				    process_instance_id, business_key, initiator_id, request_title, summary, assignee, owner_id,
				    delegated, parent_task_id, priority, created_at, due_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", task.id(), text(task.name()),
				text(task.stepId()), task.processDefinitionId(), text(task.processDefinitionKey()),
				task.processInstanceId(), text(task.businessKey()), text(task.initiatorId()), text(task.requestTitle()),
				task.summary(), task.assignee(), task.owner(), task.delegated(), task.parentTaskId(), task.priority(),
				timestamp(createdAt(task)), timestamp(task.dueAt()));
		if (!opened.candidates().isEmpty()) {
			List<Object[]> rows = new ArrayList<>();
			for (TaskChanged.Candidate candidate : opened.candidates()) {
				rows.add(new Object[] { task.id(), kind(candidate), candidate.id(), task.assignee() == null,
						timestamp(createdAt(task)) });
			}
			jdbc.batchUpdate("""
					INSERT INTO baton_inbox_candidate (task_id, kind, principal_id, claimable, created_at)
					VALUES (?, ?, ?, ?, ?)""", rows);
		}
	}

	@EventListener
	void on(TaskChanged.Updated updated) {
		TaskChanged.Snapshot task = updated.task();
		if (task != null) {
			jdbc.update("""
					UPDATE baton_inbox_task SET name = ?, step_id = ?, process_definition_id = ?, process_key = ?,
					    assignee = ?, owner_id = ?, delegated = ?, parent_task_id = ?, priority = ?, due_at = ?
					WHERE task_id = ?""", text(task.name()), text(task.stepId()), task.processDefinitionId(),
					text(task.processDefinitionKey()), task.assignee(), task.owner(), task.delegated(),
					task.parentTaskId(), task.priority(), timestamp(task.dueAt()), task.id());
			jdbc.update("UPDATE baton_inbox_candidate SET claimable = ? WHERE task_id = ? AND claimable <> ?",
					task.assignee() == null, task.id(), task.assignee() == null);
		}
		for (TaskChanged.Candidate candidate : updated.removed()) {
			jdbc.update("DELETE FROM baton_inbox_candidate WHERE task_id = ? AND kind = ? AND principal_id = ?",
					updated.taskId(), kind(candidate), candidate.id());
		}
		for (TaskChanged.Candidate candidate : updated.added()) {
			// the engine allows the same candidate twice; the read model keeps one row
			jdbc.update("DELETE FROM baton_inbox_candidate WHERE task_id = ? AND kind = ? AND principal_id = ?",
					updated.taskId(), kind(candidate), candidate.id());
			jdbc.update("""
					INSERT INTO baton_inbox_candidate (task_id, kind, principal_id, claimable, created_at)
					SELECT task_id, ?, ?, CASE WHEN assignee IS NULL THEN TRUE ELSE FALSE END, created_at
					FROM baton_inbox_task WHERE task_id = ?""", kind(candidate), candidate.id(), updated.taskId());
		}
	}

	@EventListener
	void on(TaskChanged.Ended ended) {
		jdbc.update("DELETE FROM baton_inbox_candidate WHERE task_id = ?", ended.taskId());
		jdbc.update("DELETE FROM baton_inbox_task WHERE task_id = ?", ended.taskId());
	}

	/** The open tasks of the request show its new summary. */
	@EventListener
	void on(RequestSummaryChanged changed) {
		jdbc.update("UPDATE baton_inbox_task SET summary = ? WHERE process_instance_id = ?", changed.summary(),
				changed.processInstanceId());
	}

	static String kind(TaskChanged.Candidate candidate) {
		return candidate.kind() == TaskChanged.Candidate.Kind.USER ? InboxQueries.USER : InboxQueries.GROUP;
	}

	private static Instant createdAt(TaskChanged.Snapshot task) {
		return task.createdAt() == null ? Instant.now() : task.createdAt();
	}

	private static Timestamp timestamp(Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}

	/**
	 * Names, keys and titles longer than a column are cut, never refused: the engine has
	 * accepted them.
	 */
	static String text(String value) {
		return value == null || value.length() <= TEXT_MAX ? value : value.substring(0, TEXT_MAX);
	}

}
