package dev.baton.engine;

/**
 * A process instance ended: normally, or cancelled (withdrawn, deleted by an
 * administrator). Published synchronously inside the engine's transaction.
 *
 * @param deleteReason why it was cancelled ({@code null} when it ran to an end event)
 */
public record ProcessEnded(String processInstanceId, String processDefinitionId, String businessKey, boolean canceled,
		String deleteReason) {
}
