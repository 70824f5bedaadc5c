package dev.baton.tasks;

import dev.baton.engine.EngineLookups;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Appends what someone did with a task to the approval ledger, with the request and step
 * it belongs to.
 */
@Component
class TaskLedger {

	private final ApprovalLedger ledger;

	private final EngineLookups engine;

	TaskLedger(ApprovalLedger ledger, EngineLookups engine) {
		this.ledger = ledger;
		this.engine = engine;
	}

	void record(Task task, String actorId, String decision, String comment) {
		record(task, actorId, null, decision, comment, null);
	}

	void record(Task task, String actorId, String targetId, String decision, String comment, String dataHash) {
		recordFor(task, businessKeyOf(task), actorId, targetId, decision, comment, dataHash);
	}

	/** As {@link #record}, for a caller who already knows the request's business key. */
	void recordFor(Task task, String businessKey, String actorId, String targetId, String decision, String comment,
			String dataHash) {
		ledger.append(new LedgerEntry(null, task.getProcessInstanceId(), businessKey, task.getProcessDefinitionId(),
				task.getTaskDefinitionKey(), task.getName(), task.getId(), actorId, targetId, decision,
				blankToNull(comment), dataHash, null));
	}

	/** The business key of the task's process instance, or {@code null}. */
	String businessKeyOf(Task task) {
		return engine.businessKey(task.getProcessInstanceId());
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.trim();
	}

}
