package dev.baton.security;

import java.util.List;

/**
 * An administrator changed something through the engine's REST API and the engine
 * accepted it. Published inside the transaction of the engine call, so that whoever
 * records it (the tasks module writes it to the approval ledger) commits or rolls back
 * with the change itself.
 *
 * @param actorId the administrator
 * @param summary method, path and query, and the names of the fields and variables sent
 * (never their values)
 * @param dataHash SHA-256 (hex) of the request body, {@code null} without one
 * @param targets the requests the call concerns, empty when none can be told from the
 * path or the body (e.g. a deployment)
 */
public record EngineRestWrite(String actorId, String summary, String dataHash, List<Target> targets) {

	public EngineRestWrite {
		targets = List.copyOf(targets);
	}

	/**
	 * One request (process instance) the call concerns, and the task when it was a
	 * task's.
	 *
	 * @param targetUserId the person the call names (a new assignee, a candidate)
	 */
	public record Target(String processInstanceId, String businessKey, String processDefinitionId, String taskId,
			String stepId, String stepName, String targetUserId) {
	}

}
