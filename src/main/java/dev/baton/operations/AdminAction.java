package dev.baton.operations;

import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.util.List;
import java.util.function.Consumer;

import dev.baton.requests.RequestSearch;
import dev.baton.security.CurrentUser;
import dev.baton.tasks.ApprovalLedger;
import dev.baton.tasks.LedgerEntry;
import dev.baton.web.ProblemException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What every administrator's action on a request shares: a reason is required, the
 * request must still be running (and suspended or not, as the action needs), the change
 * and its ledger row commit together, and an engine that cannot do it answers 409 with
 * its reason, never 500.
 */
@Component
class AdminAction {

	static final int MAX_REASON = 2000;

	/** An action on one running request, given to the engine work of each action. */
	record Target(RequestSearch.Hit request, String actorId, String reason) {

		String processInstanceId() {
			return request.processInstanceId();
		}
	}

	/** Whether the action needs the request suspended, active, or either. */
	enum Needs {

		ACTIVE, SUSPENDED, EITHER

	}

	private final RequestCases cases;

	private final CurrentUser currentUser;

	private final RuntimeService runtimeService;

	private final ApprovalLedger ledger;

	private final TransactionTemplate transaction;

	AdminAction(RequestCases cases, CurrentUser currentUser, RuntimeService runtimeService, ApprovalLedger ledger,
			TransactionTemplate transaction) {
		this.cases = cases;
		this.currentUser = currentUser;
		this.runtimeService = runtimeService;
		this.ledger = ledger;
		this.transaction = transaction;
	}

	/**
	 * Checks the reason and the request's state, then runs the work in one transaction.
	 * @param more further field problems of the body, reported with the reason's
	 */
	void run(String requestId, String reason, Needs needs, List<ProblemException.FieldProblem> more,
			Consumer<Target> work) {
		requireReason(reason, more);
		RequestSearch.Hit request = cases.find(requestId);
		Target target = new Target(request, currentUser.id(), reason.strip());
		try {
			transaction.executeWithoutResult(status -> {
				requireState(request, needs);
				work.accept(target);
			});
		}
		catch (ProblemException refused) {
			throw refused;
		}
		catch (RuntimeException failure) {
			throw refusal(requestId, failure);
		}
	}

	/**
	 * 400 naming the reason when it is missing or too long, together with the body's
	 * other problems.
	 */
	static void requireReason(String reason, List<ProblemException.FieldProblem> more) {
		List<ProblemException.FieldProblem> problems = new java.util.ArrayList<>();
		if (reason == null || reason.isBlank()) {
			problems.add(new ProblemException.FieldProblem("reason", "operations.reason.required"));
		}
		else if (reason.strip().length() > MAX_REASON) {
			problems.add(new ProblemException.FieldProblem("reason", "operations.reason.tooLong", MAX_REASON));
		}
		problems.addAll(more);
		if (!problems.isEmpty()) {
			throw new ProblemException(HttpStatus.BAD_REQUEST, "error.invalidFields", problems);
		}
	}

	/** Writes the action to the approval ledger. */
	void record(Target target, String decision, String stepId, String stepName, String taskId, String targetId) {
		RequestSearch.Hit request = target.request();
		ledger.append(new LedgerEntry(null, request.processInstanceId(), request.id(), request.processDefinitionId(),
				stepId, stepName, taskId, target.actorId(), targetId, decision, target.reason(), null, null));
	}

	private void requireState(RequestSearch.Hit request, Needs needs) {
		ProcessInstance instance = request.running() ? runtimeService.createProcessInstanceQuery()
			.processInstanceId(request.processInstanceId())
			.singleResult() : null;
		if (instance == null) {
			throw new ProblemException(HttpStatus.CONFLICT, "operations.changed.ended");
		}
		if (needs == Needs.ACTIVE && instance.isSuspended()) {
			throw new ProblemException(HttpStatus.CONFLICT, "operations.suspended");
		}
		if (needs == Needs.SUSPENDED && !instance.isSuspended()) {
			throw new ProblemException(HttpStatus.CONFLICT, "operations.notSuspended");
		}
	}

	/**
	 * A failure inside the transaction: a race with someone acting on the request is 409
	 * "changed meanwhile", the request having ended is 409 saying so, and anything else
	 * the engine refuses is 409 with the engine's reason.
	 */
	private RuntimeException refusal(String requestId, RuntimeException failure) {
		if (!cases.find(requestId).running()) {
			return new ProblemException(HttpStatus.CONFLICT, "operations.changed.ended");
		}
		if (isConflict(failure)) {
			return new ProblemException(HttpStatus.CONFLICT, "request.changedMeanwhile");
		}
		if (failure instanceof ProcessEngineException engine) {
			return new ProblemException(HttpStatus.CONFLICT, "operations.engineRefused", engine.getMessage());
		}
		return failure;
	}

	private static boolean isConflict(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof OptimisticLockingException || cause instanceof ConcurrencyFailureException
					|| cause instanceof SQLTransactionRollbackException) {
				return true;
			}
			if (cause instanceof SQLException sql && ((sql.getSQLState() != null && sql.getSQLState().startsWith("40"))
					|| sql.getErrorCode() == 1205 || sql.getErrorCode() == 1213)) {
				return true;
			}
		}
		return false;
	}

}
