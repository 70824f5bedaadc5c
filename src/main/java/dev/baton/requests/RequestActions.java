package dev.baton.requests;

import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.baton.requests.RequestJson.RequestView;
import dev.baton.security.CurrentUser;
import dev.baton.web.ProblemException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** What the initiator can do with a running request: withdraw it, urge its approvers. */
@Component
class RequestActions {

	private final CurrentUser currentUser;

	private final RequestReader reader;

	private final RequestLedger ledger;

	private final OpenSteps openSteps;

	private final RuntimeService runtimeService;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transaction;

	private final UrgeInterval urgeInterval;

	RequestActions(CurrentUser currentUser, RequestReader reader, RequestLedger ledger, OpenSteps openSteps,
			RuntimeService runtimeService, ApplicationEventPublisher events, TransactionTemplate transaction,
			UrgeInterval urgeInterval) {
		this.currentUser = currentUser;
		this.reader = reader;
		this.ledger = ledger;
		this.openSteps = openSteps;
		this.runtimeService = runtimeService;
		this.events = events;
		this.transaction = transaction;
		this.urgeInterval = urgeInterval;
	}

	/**
	 * Withdraws (撤回) a request while nobody has decided on it yet: the ledger records it
	 * and the process instance is deleted with Baton's withdraw reason, which ends the
	 * request as WITHDRAWN.
	 */
	RequestView withdraw(String requestId, String comment) {
		String caller = currentUser.id();
		RequestRow row = initiatorsRunningRequest(requestId, caller);
		// who was to work on it, read before it goes
		List<String> people = peopleOf(openSteps.of(row.processInstanceId()), caller);
		try {
			transaction.executeWithoutResult(status -> {
				// delete first, then check: the deletion holds the instance's rows, so an
				// approval still under way fails on them, and one that committed before
				// has its ledger row visible to the check below (which rolls all back)
				runtimeService.deleteProcessInstance(row.processInstanceId(), RequestTracking.WITHDRAW_REASON);
				if (RequestLedger.anyoneDecided(ledger.entriesOf(row.processInstanceId()))) {
					status.setRollbackOnly();
					throw new ProblemException(HttpStatus.CONFLICT, "request.withdraw.tooLate");
				}
				ledger.record(row.processInstanceId(), row.id(), row.processDefinitionId(), null, null, caller,
						RequestLedger.WITHDRAW, comment, null);
				events.publishEvent(
						new RequestWithdrawn(row.id(), row.processInstanceId(), caller, people, blankToNull(comment)));
			});
		}
		catch (NotFoundException ended) {
			// the instance ended meanwhile
			throw new ProblemException(HttpStatus.CONFLICT, "request.notRunning");
		}
		catch (ProblemException refused) {
			throw refused;
		}
		catch (RuntimeException failure) {
			// an approver acted on the request at the same moment (a lost optimistic
			// lock, a deadlock, a row that vanished under the deletion): the transaction
			// rolled back, nothing of the withdrawal happened, and their action won
			throw raced(requestId, failure);
		}
		return reader.view(reader.find(requestId), caller, List.of());
	}

	/**
	 * Urges (催办) the people who have the request's open tasks: the ledger records it and
	 * {@link RequestUrged} tells the notifications module whom to remind. Once per
	 * {@link UrgeInterval}: sooner is 429 saying how many minutes to wait.
	 */
	void urge(String requestId, String comment) {
		String caller = currentUser.id();
		RequestRow row = initiatorsRunningRequest(requestId, caller);
		long wait = urgeInterval.minutesToWait(ledger.entriesOf(row.processInstanceId()), caller);
		if (wait > 0) {
			throw new ProblemException(HttpStatus.TOO_MANY_REQUESTS, "request.urge.tooSoon",
					urgeInterval.interval().toMinutes(), wait)
				.withHeader(HttpHeaders.RETRY_AFTER, String.valueOf(wait * 60));
		}
		List<OpenSteps.OpenStep> steps = openSteps.of(row.processInstanceId());
		List<String> approvers = peopleOf(steps, caller);
		OpenSteps.OpenStep only = steps.size() == 1 ? steps.get(0) : null;
		transaction.executeWithoutResult(status -> {
			ledger.record(row.processInstanceId(), row.id(), row.processDefinitionId(),
					only == null ? null : only.task().getTaskDefinitionKey(),
					only == null ? null : only.task().getName(), caller, RequestLedger.URGE, comment, null);
			events.publishEvent(
					new RequestUrged(row.id(), row.processInstanceId(), caller, approvers, blankToNull(comment)));
		});
	}

	/**
	 * A withdrawal that failed while an approval ran: 409 saying what won, read after the
	 * rollback ({@code request.notRunning}, {@code request.withdraw.tooLate}, else
	 * {@code request.changedMeanwhile}); a failure that is no race is rethrown.
	 */
	private RuntimeException raced(String requestId, RuntimeException failure) {
		RequestRow now = reader.find(requestId);
		boolean running = now.running();
		boolean decided = running && RequestLedger.anyoneDecided(ledger.entriesOf(now.processInstanceId()));
		if (!running) {
			return new ProblemException(HttpStatus.CONFLICT, "request.notRunning");
		}
		if (decided) {
			return new ProblemException(HttpStatus.CONFLICT, "request.withdraw.tooLate");
		}
		return isConflict(failure) ? new ProblemException(HttpStatus.CONFLICT, "request.changedMeanwhile") : failure;
	}

	/**
	 * A lost optimistic lock, or a deadlock or lock wait timeout reported by the database
	 * (SQLState class 40, MySQL/MariaDB errors 1205 and 1213).
	 */
	static boolean isConflict(Throwable failure) {
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

	private RequestRow initiatorsRunningRequest(String requestId, String caller) {
		RequestRow row = reader.find(requestId);
		if (!caller.equals(row.initiatorId())) {
			throw new ProblemException(HttpStatus.FORBIDDEN, "request.notInitiator");
		}
		if (!row.running()) {
			throw new ProblemException(HttpStatus.CONFLICT, "request.notRunning");
		}
		return row;
	}

	/** Who is to act on the open steps, the caller left out. */
	private List<String> peopleOf(List<OpenSteps.OpenStep> steps, String caller) {
		Set<String> people = new LinkedHashSet<>();
		steps.forEach(step -> people.addAll(openSteps.people(step)));
		people.remove(caller);
		return List.copyOf(people);
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.trim();
	}

}
