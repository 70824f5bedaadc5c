package dev.baton.tasks;

import java.util.List;

import dev.baton.engine.EngineLookups;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The open tasks a person holds, and handing them all to someone else when the person
 * leaves: the tasks assigned to them, the tasks they delegated (they own them) and the
 * tasks offered to them by name. Read from the inbox read model, changed through the
 * engine, each change written to the ledger as a transfer by whoever hands over.
 */
@Service
public class HeldTasks {

	/** How a person holds a task. */
	public enum Hold {

		/** The task is theirs to decide. */
		ASSIGNED,
		/** They delegated it; it comes back to them. */
		OWNER,
		/** It is offered to them by name, among others perhaps, and nobody claimed it. */
		CANDIDATE

	}

	/** An open task someone holds. */
	public record HeldTask(String taskId, String processDefinitionId, String stepId, String stepName, String requestId,
			String requestTitle, Hold hold) {

		/** The same task with its step's name in the reader's language. */
		public HeldTask named(String localizedStepName) {
			return new HeldTask(taskId, processDefinitionId, stepId, localizedStepName, requestId, requestTitle, hold);
		}

	}

	private final JdbcTemplate jdbc;

	private final TaskService taskService;

	private final EngineLookups engine;

	private final TaskLedger ledger;

	HeldTasks(JdbcTemplate jdbc, TaskService taskService, EngineLookups engine, TaskLedger ledger) {
		this.jdbc = jdbc;
		this.taskService = taskService;
		this.engine = engine;
		this.ledger = ledger;
	}

	/** Every open task the person holds, oldest first. */
	public List<HeldTask> heldBy(String userId) {
		return jdbc.query(
				"""
						SELECT t.task_id, t.process_definition_id, t.step_id, t.name, t.business_key, t.request_title,
						    CASE WHEN t.assignee = ? THEN 'ASSIGNED' WHEN t.owner_id = ? THEN 'OWNER' ELSE 'CANDIDATE' END AS hold
						FROM baton_inbox_task t
						WHERE t.assignee = ? OR t.owner_id = ?
						   OR (t.assignee IS NULL AND EXISTS (SELECT 1 FROM baton_inbox_candidate c
						       WHERE c.task_id = t.task_id AND c.kind = 'U' AND c.principal_id = ?))
						ORDER BY t.created_at, t.task_id""",
				(row, i) -> new HeldTask(row.getString("task_id"), row.getString("process_definition_id"),
						row.getString("step_id"), row.getString("name"), row.getString("business_key"),
						row.getString("request_title"), Hold.valueOf(row.getString("hold"))),
				userId, userId, userId, userId, userId);
	}

	/**
	 * Gives everything {@code from} holds to {@code to}: assigned tasks are reassigned,
	 * delegated ones change owner, offers by name go to {@code to} instead. Each is a
	 * {@code transfer} in the ledger by {@code actorId}, with the comment.
	 * @return how many tasks moved
	 */
	@Transactional
	public int handOver(String from, String to, String actorId, String comment) {
		List<HeldTask> held = heldBy(from);
		for (HeldTask each : held) {
			Task task = engine.task(each.taskId());
			if (task == null) {
				continue; // ended since the read model was read: nothing to hand over
			}
			EngineConflicts.guard(() -> move(task, each.hold(), from, to));
			ledger.recordFor(task, each.requestId(), actorId, to, "transfer", comment, null);
		}
		return held.size();
	}

	private void move(Task task, Hold hold, String from, String to) {
		switch (hold) {
			case ASSIGNED -> {
				if (from.equals(task.getOwner())) {
					taskService.setOwner(task.getId(), to);
				}
				taskService.setAssignee(task.getId(), to);
			}
			case OWNER -> taskService.setOwner(task.getId(), to);
			case CANDIDATE -> {
				taskService.addCandidateUser(task.getId(), to);
				taskService.deleteCandidateUser(task.getId(), from);
			}
		}
	}

}
