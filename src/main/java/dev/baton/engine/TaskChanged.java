package dev.baton.engine;

import java.time.Instant;
import java.util.List;

/**
 * A user task changed in the engine: it was created, changed (assignee, owner,
 * candidates, name, due date …) or ended (completed, deleted, cancelled with its process
 * instance). One event per task and command, carrying the task's state as the engine is
 * about to write it, published synchronously inside the engine's transaction for every
 * path that changes a task: Baton's own services, {@code /engine-rest}, Camunda's tools
 * and the job executor. Whoever keeps a copy of open tasks therefore commits or rolls
 * back together with the engine.
 *
 * <p>
 * Listeners run while the engine command closes: they may write Baton's own tables
 * through the shared transaction, but must not call the engine.
 */
public sealed interface TaskChanged permits TaskChanged.Opened, TaskChanged.Updated, TaskChanged.Ended {

	String taskId();

	/** A new task, with its candidates. */
	record Opened(Snapshot task, List<Candidate> candidates) implements TaskChanged {

		public Opened {
			candidates = List.copyOf(candidates);
		}

		@Override
		public String taskId() {
			return task.id();
		}
	}

	/**
	 * An open task changed.
	 *
	 * @param task its state now; {@code null} when only its candidates changed and the
	 * task itself was not loaded
	 * @param added candidates added by the command
	 * @param removed candidates removed by the command
	 * @param reassigned the command changed the task's assignee (a claim, a release, a
	 * transfer, a delegation and its resolution, an extra signer); the new one is the
	 * snapshot's
	 */
	record Updated(String taskId, Snapshot task, List<Candidate> added, List<Candidate> removed,
			boolean reassigned) implements TaskChanged {

		public Updated {
			added = List.copyOf(added);
			removed = List.copyOf(removed);
		}

		/** A change that left the assignee as it was. */
		public Updated(String taskId, Snapshot task, List<Candidate> added, List<Candidate> removed) {
			this(taskId, task, added, removed, false);
		}
	}

	/**
	 * The task is gone: completed, deleted, or cancelled (its process instance ended or
	 * was deleted).
	 *
	 * @param reason the engine's delete reason: {@code completed}, {@code deleted} or
	 * what the caller gave
	 */
	record Ended(String taskId, String reason) implements TaskChanged {
	}

	/**
	 * A task as the engine is about to store it.
	 *
	 * @param stepId the task definition key (the BPMN element id)
	 * @param processDefinitionKey {@code null} for a standalone task
	 * @param businessKey the process instance's business key; only on {@link Opened}
	 * @param initiatorId the {@code initiator} variable of the process instance; only on
	 * {@link Opened}
	 * @param requestTitle the {@code title} variable of the process instance (from the
	 * start form); only on {@link Opened}
	 * @param summary the request's summary as {@link RequestSummaryValues} stores it,
	 * from the instance's variables; only on {@link Opened}, {@code null} when the
	 * process names no summary fields or none has a value
	 * @param delegated the task was delegated and not yet resolved
	 */
	record Snapshot(String id, String name, String stepId, String processDefinitionId, String processDefinitionKey,
			String processInstanceId, String businessKey, String initiatorId, String requestTitle, String summary,
			String assignee, String owner, boolean delegated, String parentTaskId, int priority, Instant createdAt,
			Instant dueAt) {
	}

	/**
	 * A candidate of a task: a user or a group (a department or a role) that may claim
	 * it.
	 */
	record Candidate(Kind kind, String id) {

		public enum Kind {

			USER, GROUP

		}

		public static Candidate user(String userId) {
			return new Candidate(Kind.USER, userId);
		}

		public static Candidate group(String groupId) {
			return new Candidate(Kind.GROUP, groupId);
		}
	}

}
