package dev.baton.tasks;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import dev.baton.engine.ApprovalVariables;
import dev.baton.engine.EngineLookups;
import dev.baton.forms.SubmissionValidator;
import dev.baton.forms.ValidatedSubmission;
import dev.baton.modeling.RequestSummaries;
import dev.baton.web.ProblemException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.DelegationState;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The three decisions on a task, each in one transaction with its ledger row:
 * <ul>
 * <li>approve: the submission is validated against this task's deployed form and the task
 * completes — unless an extra signer or a delegation means it first goes to someone
 * else;</li>
 * <li>reject: the BPMN error {@code baton-rejected} ends the request
 * (processes/README.md);</li>
 * <li>return: the request goes back to the initiator or to an earlier step
 * (process-instance modification), and whoever works that step again sees the comment in
 * the timeline.</li>
 * </ul>
 */
@Service
class TaskDecisions {

	static final String REJECTED_ERROR = "baton-rejected";

	private final TaskGuard guard;

	private final TaskService taskService;

	private final RuntimeService runtimeService;

	private final SubmissionValidator validator;

	private final TaskLedger ledger;

	private final ReturnTargets returnTargets;

	private final TaskRaces races;

	private final TransactionTemplate transaction;

	private final RequestSummaries summaries;

	private final ApplicationEventPublisher events;

	TaskDecisions(TaskGuard guard, TaskService taskService, RuntimeService runtimeService,
			SubmissionValidator validator, TaskLedger ledger, ReturnTargets returnTargets, TaskRaces races,
			TransactionTemplate transaction, RequestSummaries summaries, ApplicationEventPublisher events) {
		this.guard = guard;
		this.taskService = taskService;
		this.runtimeService = runtimeService;
		this.validator = validator;
		this.ledger = ledger;
		this.returnTargets = returnTargets;
		this.races = races;
		this.transaction = transaction;
		this.summaries = summaries;
		this.events = events;
	}

	record Decision(String decision, String comment, Map<String, Object> data, String returnTo) {
	}

	/**
	 * Decides in one transaction; a task that vanishes meanwhile (withdrawn, completed by
	 * someone else) is 409 {@code task.gone}, checked after that transaction.
	 * @return the process instance the task belonged to
	 */
	public String decide(String taskId, String userId, Decision decision) {
		return decide(taskId, userId, decision, loaded -> {
		});
	}

	/**
	 * As {@link #decide(String, String, Decision)}, with a step between loading the task
	 * and acting on it: what tests use to make the world change at that moment.
	 */
	String decide(String taskId, String userId, Decision decision, Consumer<Task> afterLoading) {
		return races.guard(taskId, () -> transaction
			.execute(status -> EngineConflicts.guard(() -> decideNow(taskId, userId, decision, afterLoading))));
	}

	private String decideNow(String taskId, String userId, Decision decision, Consumer<Task> afterLoading) {
		// only an approval looks at the extra signers' bookkeeping
		EngineLookups.TaskAtHand atHand = guard.decidableBy(taskId, userId,
				"approve".equals(decision.decision()) ? TaskVariables.NAMES : List.of());
		Task task = atHand.task();
		afterLoading.accept(task);
		String comment = Comments.optional(decision.comment());
		Map<String, Object> data = decision.data() == null ? Map.of() : decision.data();
		switch (decision.decision() == null ? "" : decision.decision()) {
			case "approve" -> approve(atHand, userId, comment, data);
			case "reject" -> reject(atHand, userId, Comments.required(comment), data);
			case "return" -> sendBack(atHand, userId, Comments.required(comment), data, decision.returnTo());
			default -> throw new ProblemException(HttpStatus.BAD_REQUEST, "task.decision.unknown");
		}
		return task.getProcessInstanceId();
	}

	private void approve(EngineLookups.TaskAtHand atHand, String userId, String comment, Map<String, Object> data) {
		Task task = atHand.task();
		String businessKey = atHand.businessKey();
		Map<String, Object> current = atHand.requestVariables();
		ValidatedSubmission submission = validator.validateTask(task, data, current, true);
		var returnsTo = TaskVariables.list(atHand.taskVariables(), TaskVariables.SIGNER_RETURNS_TO);
		var afterSigners = TaskVariables.list(atHand.taskVariables(), TaskVariables.AFTER_SIGNERS);
		if (task.getDelegationState() == DelegationState.PENDING) {
			ledger.recordFor(task, businessKey, userId, task.getOwner(), "resolve", comment, submission.dataHash());
			EngineConflicts.guard(() -> taskService.resolveTask(task.getId(), submission.variables()));
		}
		else if (!returnsTo.isEmpty()) {
			// an extra signer added before the assignee has approved: the task goes back
			String next = returnsTo.remove(returnsTo.size() - 1);
			ledger.recordFor(task, businessKey, userId, next, "approve", comment, submission.dataHash());
			handTo(task, next, submission);
			TaskVariables.store(taskService, task.getId(), TaskVariables.SIGNER_RETURNS_TO, returnsTo);
		}
		else if (!afterSigners.isEmpty()) {
			// extra signers after the assignee: the next one signs before the step
			// completes
			String next = afterSigners.remove(0);
			ledger.recordFor(task, businessKey, userId, next, "approve", comment, submission.dataHash());
			handTo(task, next, submission);
			TaskVariables.store(taskService, task.getId(), TaskVariables.AFTER_SIGNERS, afterSigners);
		}
		else {
			ledger.recordFor(task, businessKey, userId, null, "approve", comment, submission.dataHash());
			EngineConflicts.guard(() -> taskService.complete(task.getId(), submission.variables()));
		}
		summaryChanges(task, current, submission);
	}

	/**
	 * When the submission changed a field of the request's summary, the read models get
	 * the new summary (tasks that open now read it from the engine themselves).
	 */
	private void summaryChanges(Task task, Map<String, Object> current, ValidatedSubmission submission) {
		List<String> keys = summaries.keys(task.getProcessDefinitionId());
		if (keys.stream().noneMatch(submission.variables()::containsKey)) {
			return;
		}
		Map<String, Object> now = new HashMap<>(current);
		now.putAll(submission.variables());
		events.publishEvent(new RequestSummaryChanged(task.getProcessInstanceId(),
				summaries.valuesOf(task.getProcessDefinitionId(), now)));
	}

	private void handTo(Task task, String next, ValidatedSubmission submission) {
		EngineConflicts.guard(() -> {
			taskService.setVariables(task.getId(), submission.variables());
			taskService.setAssignee(task.getId(), next);
		});
	}

	private void reject(EngineLookups.TaskAtHand atHand, String userId, String comment, Map<String, Object> data) {
		Task task = atHand.task();
		ValidatedSubmission submission = validator.validateTask(task, data, atHand.requestVariables(), false);
		ledger.recordFor(task, atHand.businessKey(), userId, null, "reject", comment, submission.dataHash());
		EngineConflicts.guard(() -> taskService.handleBpmnError(task.getId(), REJECTED_ERROR, comment));
	}

	private void sendBack(EngineLookups.TaskAtHand atHand, String userId, String comment, Map<String, Object> data,
			String returnTo) {
		Task task = atHand.task();
		if (returnTo == null || returnTo.isBlank()) {
			throw new ProblemException(HttpStatus.BAD_REQUEST, "task.return.target");
		}
		String step = returnTargets.stepFor(task, returnTo);
		if (step == null) {
			throw new ProblemException(HttpStatus.BAD_REQUEST, "task.return.unknownTarget", returnTo);
		}
		ValidatedSubmission submission = validator.validateTask(task, data, atHand.requestVariables(), false);
		ledger.recordFor(task, atHand.businessKey(), userId, returnTo, "return", comment, submission.dataHash());
		String instanceId = task.getProcessInstanceId();
		events.publishEvent(
				new RequestReturned(instanceId, atHand.businessKey(), task.getName(), userId, returnTo, comment));
		EngineConflicts.guard(() -> {
			// whoever approved last must be asked again, not approved automatically
			runtimeService.removeVariables(instanceId,
					java.util.List.of(ApprovalVariables.LAST_STEP, ApprovalVariables.LAST_APPROVERS));
			// start the target first: cancelling everything first would end the request
			var modification = runtimeService.createProcessInstanceModification(instanceId).startBeforeActivity(step);
			var tree = runtimeService.getActivityInstance(instanceId);
			for (var running : tree.getChildActivityInstances()) {
				modification.cancelActivityInstance(running.getId());
			}
			for (var waiting : tree.getChildTransitionInstances()) {
				modification.cancelTransitionInstance(waiting.getId());
			}
			modification.execute();
		});
	}

}
