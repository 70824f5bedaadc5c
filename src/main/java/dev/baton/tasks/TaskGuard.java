package dev.baton.tasks;

import dev.baton.directory.Directory;
import dev.baton.engine.EngineLookups;
import dev.baton.web.ProblemException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Nobody acts outside their reach: loads a task for a caller and says what they may do
 * with it. The assignee acts; a candidate (by name, department or role) may only claim;
 * anyone else is refused. A task that was completed or withdrawn meanwhile is a conflict,
 * not a mystery.
 */
@Component
class TaskGuard {

	private final EngineLookups engine;

	private final TaskService taskService;

	private final HistoryService historyService;

	private final Directory directory;

	private final InboxCandidates inbox;

	TaskGuard(EngineLookups engine, TaskService taskService, HistoryService historyService, Directory directory,
			InboxCandidates inbox) {
		this.engine = engine;
		this.taskService = taskService;
		this.historyService = historyService;
		this.directory = directory;
		this.inbox = inbox;
	}

	/** The open task; 409 if it is finished, 404 if it never existed. */
	Task open(String taskId) {
		Task task = engine.task(taskId);
		if (task != null) {
			return task;
		}
		throw notOpen(taskId);
	}

	/** 409 if the task existed and is finished, 404 if it never existed. */
	private ProblemException notOpen(String taskId) {
		boolean existed = historyService.createHistoricTaskInstanceQuery().taskId(taskId).count() > 0;
		return existed ? new ProblemException(HttpStatus.CONFLICT, "task.gone")
				: new ProblemException(HttpStatus.NOT_FOUND, "task.notFound", taskId);
	}

	/**
	 * The task, if the caller is its assignee; a candidate is told to claim first, anyone
	 * else is refused.
	 */
	Task assignedTo(String taskId, String userId) {
		return mustBeAssignee(open(taskId), userId);
	}

	/**
	 * As {@link #assignedTo}, with what a decision reads (the request's variables and
	 * business key, the named task-local variables), read in one engine command.
	 */
	EngineLookups.TaskAtHand decidableBy(String taskId, String userId, java.util.Collection<String> localNames) {
		EngineLookups.TaskAtHand atHand = engine.taskAtHand(taskId, localNames);
		if (atHand == null) {
			throw notOpen(taskId);
		}
		mustBeAssignee(atHand.task(), userId);
		return atHand;
	}

	private Task mustBeAssignee(Task task, String userId) {
		if (userId.equals(task.getAssignee())) {
			return task;
		}
		if (task.getAssignee() == null && isCandidate(task, userId)) {
			throw new ProblemException(HttpStatus.FORBIDDEN, "task.claimFirst");
		}
		throw new ProblemException(HttpStatus.FORBIDDEN, "task.notYours");
	}

	/** The task, if the caller may see it: assignee, owner (delegated), or candidate. */
	Task visibleTo(String taskId, String userId) {
		Task task = open(taskId);
		if (userId.equals(task.getAssignee()) || userId.equals(task.getOwner()) || isCandidate(task, userId)) {
			return task;
		}
		throw new ProblemException(HttpStatus.FORBIDDEN, "task.notYours");
	}

	/**
	 * Whether the user is a candidate of the task, by name or through a department or
	 * role: one query on the inbox read model, which mirrors the engine's candidate
	 * identity links in the same transaction (what the inbox offers a user to claim is
	 * what they may claim).
	 */
	boolean isCandidate(Task task, String userId) {
		return inbox.isCandidate(task.getId(), userId, directory.groupIdsOf(userId));
	}

	boolean hasCandidates(Task task) {
		return taskService.getIdentityLinksForTask(task.getId())
			.stream()
			.anyMatch(link -> IdentityLinkType.CANDIDATE.equals(link.getType()));
	}

	/**
	 * An active person other than the caller, for transfer, delegation and extra signers.
	 */
	String activePerson(String userId, String callerId) {
		if (userId == null || userId.isBlank()) {
			throw new ProblemException(HttpStatus.BAD_REQUEST, "task.person.unknown", "");
		}
		String id = userId.trim();
		if (id.equals(callerId)) {
			throw new ProblemException(HttpStatus.BAD_REQUEST, "task.person.self");
		}
		return directory.person(id)
			.filter(person -> person.active())
			.map(person -> person.id())
			.orElseThrow(() -> new ProblemException(HttpStatus.BAD_REQUEST, "task.person.unknown", id));
	}

}
