package dev.baton.tasks;

import java.util.List;

import dev.baton.web.ProblemException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.DelegationState;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everything that changes who works a task without deciding it: claim and release,
 * transfer (the new person owns it), delegate (the delegate works it, then it comes
 * back), an extra signer before or after the assignee, a comment, and copying people in.
 * Each in one transaction with its ledger row.
 */
@Service
class TaskHandOffs {

	private final TaskGuard guard;

	private final TaskService taskService;

	private final TaskLedger ledger;

	private final ApplicationEventPublisher events;

	TaskHandOffs(TaskGuard guard, TaskService taskService, TaskLedger ledger, ApplicationEventPublisher events) {
		this.guard = guard;
		this.taskService = taskService;
		this.ledger = ledger;
		this.events = events;
	}

	/**
	 * A claimed task: the task as loaded before the claim (its assignee is now the
	 * claimant), and its request's business key.
	 */
	record Claimed(Task task, String assignee, String businessKey) {
	}

	@Transactional
	public Claimed claim(String taskId, String userId) {
		Task task = guard.open(taskId);
		if (!guard.isCandidate(task, userId)) {
			throw new ProblemException(HttpStatus.FORBIDDEN, "task.notClaimable");
		}
		if (task.getAssignee() != null) {
			throw new ProblemException(HttpStatus.CONFLICT, "task.alreadyClaimed");
		}
		EngineConflicts.guard(() -> taskService.claim(taskId, userId));
		// the claim changed only the assignee: the loaded task, and one look-up of the
		// request's key for the ledger and the answer
		String businessKey = ledger.businessKeyOf(task);
		ledger.recordFor(task, businessKey, userId, null, "claim", null, null);
		return new Claimed(task, userId, businessKey);
	}

	@Transactional
	public Task unclaim(String taskId, String userId) {
		Task task = guard.assignedTo(taskId, userId);
		if (!guard.hasCandidates(task) || task.getDelegationState() == DelegationState.PENDING) {
			throw new ProblemException(HttpStatus.CONFLICT, "task.cannotUnclaim");
		}
		EngineConflicts.guard(() -> taskService.setAssignee(taskId, null));
		ledger.record(task, userId, "unclaim", null);
		return guard.open(taskId);
	}

	@Transactional
	public Task transfer(String taskId, String userId, String toUserId, String comment) {
		Task task = guard.assignedTo(taskId, userId);
		String target = guard.activePerson(toUserId, userId);
		ledger.record(task, userId, target, "transfer", Comments.optional(comment), null);
		EngineConflicts.guard(() -> {
			if (task.getDelegationState() == DelegationState.PENDING) {
				// a delegate passes the delegated work on; it still goes back to the
				// owner
				taskService.setAssignee(taskId, target);
			}
			else {
				if (task.getOwner() != null) {
					taskService.setOwner(taskId, target);
				}
				taskService.setAssignee(taskId, target);
			}
		});
		return guard.open(taskId);
	}

	@Transactional
	public Task delegate(String taskId, String userId, String toUserId, String comment) {
		Task task = guard.assignedTo(taskId, userId);
		if (task.getDelegationState() == DelegationState.PENDING) {
			throw new ProblemException(HttpStatus.CONFLICT, "task.delegated.cannotDelegate");
		}
		String target = guard.activePerson(toUserId, userId);
		ledger.record(task, userId, target, "delegate", Comments.optional(comment), null);
		EngineConflicts.guard(() -> taskService.delegateTask(taskId, target));
		return guard.open(taskId);
	}

	@Transactional
	public Task addSigner(String taskId, String userId, String signerId, String position, String comment) {
		Task task = guard.assignedTo(taskId, userId);
		String signer = guard.activePerson(signerId, userId);
		if ("before".equals(position)) {
			List<String> returnsTo = TaskVariables.list(taskService, taskId, TaskVariables.SIGNER_RETURNS_TO);
			returnsTo.add(userId);
			ledger.record(task, userId, signer, "add-signer", Comments.optional(comment), null);
			EngineConflicts.guard(() -> {
				TaskVariables.store(taskService, taskId, TaskVariables.SIGNER_RETURNS_TO, returnsTo);
				taskService.setAssignee(taskId, signer);
			});
		}
		else if ("after".equals(position)) {
			List<String> after = TaskVariables.list(taskService, taskId, TaskVariables.AFTER_SIGNERS);
			after.add(0, signer);
			ledger.record(task, userId, signer, "add-signer", Comments.optional(comment), null);
			EngineConflicts.guard(() -> TaskVariables.store(taskService, taskId, TaskVariables.AFTER_SIGNERS, after));
		}
		else {
			throw new ProblemException(HttpStatus.BAD_REQUEST, "task.signer.position");
		}
		return guard.open(taskId);
	}

	@Transactional
	public void comment(String taskId, String userId, String comment) {
		Task task = guard.visibleTo(taskId, userId);
		ledger.record(task, userId, "comment", Comments.required(comment));
	}

	@Transactional
	public void copy(String taskId, String userId, List<String> userIds, String comment) {
		Task task = guard.visibleTo(taskId, userId);
		List<String> people = userIds == null ? List.of()
				: userIds.stream().map(id -> guard.activePerson(id, null)).distinct().toList();
		if (people.isEmpty()) {
			throw new ProblemException(HttpStatus.BAD_REQUEST, "task.person.unknown", "");
		}
		for (String person : people) {
			ledger.record(task, userId, person, "cc", Comments.optional(comment), null);
		}
		events.publishEvent(new CopiesRequested(task.getProcessInstanceId(), task.getTaskDefinitionKey(), userId,
				people, Comments.optional(comment)));
	}

}
