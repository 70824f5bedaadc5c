package dev.baton.tasks;

import java.time.Instant;

/**
 * One decision in the approval ledger.
 *
 * @param actorId who decided; {@code null} for a step the system passed over
 * @param targetId whom the decision concerns: the new assignee of a transfer, the
 * delegate, the added signer
 * @param decision what was decided, e.g. {@code start}, {@code approve},
 * {@code auto-approve}, {@code skip}
 * @param dataHash SHA-256 of the submitted data (hex), {@code null} when nothing was
 * submitted
 */
public record LedgerEntry(Long id, String processInstanceId, String businessKey, String processDefinitionId,
		String stepId, String stepName, String taskId, String actorId, String targetId, String decision, String comment,
		String dataHash, Instant recordedAt) {
}
