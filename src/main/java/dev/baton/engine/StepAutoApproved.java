package dev.baton.engine;

/**
 * An approval step decided without asking anyone, by the step's approver rule: the
 * approver had just approved the previous step ({@code autoApproved}), or nobody was
 * found and the rule says skip ({@code skipped}). Published synchronously inside the
 * engine's transaction, so whoever records it commits or rolls back together with the
 * step.
 *
 * @param userId the person whose approval was recorded automatically; {@code null} for a
 * skipped step
 */
public record StepAutoApproved(String processInstanceId, String processDefinitionId, String businessKey, String stepId,
		String stepName, String userId, Kind kind, String reason) {

	public enum Kind {

		AUTO_APPROVED, SKIPPED

	}
}
