package dev.baton.tasks;

/**
 * An approver returned (退回) a request to its initiator or to an earlier step. Published
 * synchronously inside the transaction of the decision, before the step it went back to
 * opens; notifications tell whoever works that step again, and the initiator.
 *
 * @param stepName the step it was returned from
 * @param returnTo the step (or {@code initiator}) it went back to, as the approver chose
 */
public record RequestReturned(String processInstanceId, String businessKey, String stepName, String byUserId,
		String returnTo, String comment) {
}
