package dev.baton.requests;

/**
 * A request ended and its status is recorded: approved at its end, rejected, withdrawn by
 * its initiator or cancelled (an administrator ended it). Published synchronously inside
 * the engine's transaction that ended it; notifications tell the initiator.
 *
 * @param lastActorId who took the last decision on it, or {@code null}
 * @param comment what they wrote with it (the reason of a rejection), or {@code null}
 */
public record RequestEnded(String requestId, String processInstanceId, Outcome outcome, String lastActorId,
		String comment) {

	public enum Outcome {

		APPROVED, REJECTED, WITHDRAWN, CANCELLED

	}

}
