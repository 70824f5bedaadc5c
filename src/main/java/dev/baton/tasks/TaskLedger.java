package dev.baton.tasks;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Appends what someone did with a task to the approval ledger, with the request and step
 * it belongs to.
 */
@Component
class TaskLedger {

	private final ApprovalLedger ledger;

	private final RuntimeService runtimeService;

	TaskLedger(ApprovalLedger ledger, RuntimeService runtimeService) {
		this.ledger = ledger;
		this.runtimeService = runtimeService;
	}

	void record(Task task, String actorId, String decision, String comment) {
		record(task, actorId, null, decision, comment, null);
	}

	void record(Task task, String actorId, String targetId, String decision, String comment, String dataHash) {
		ProcessInstance instance = runtimeService.createProcessInstanceQuery()
			.processInstanceId(task.getProcessInstanceId())
			.singleResult();
		ledger.append(
				new LedgerEntry(null, task.getProcessInstanceId(), instance == null ? null : instance.getBusinessKey(),
						task.getProcessDefinitionId(), task.getTaskDefinitionKey(), task.getName(), task.getId(),
						actorId, targetId, decision, blankToNull(comment), dataHash, null));
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.trim();
	}

}
