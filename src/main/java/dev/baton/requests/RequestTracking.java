package dev.baton.requests;

import java.time.Instant;
import java.util.Optional;

import dev.baton.deadlines.TaskEscalated;
import dev.baton.engine.ProcessEnded;
import dev.baton.tasks.LedgerEntry;
import dev.baton.tasks.PeopleMentioned;
import dev.baton.tasks.RequestSummaryChanged;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps requests in step with the engine, inside the engine's transaction: the status
 * when the process instance ends, and the participants as tasks are assigned. Instances
 * that are not Baton requests (no row with their business key) are left alone.
 */
@Component
class RequestTracking {

	/**
	 * The delete reason Baton gives the engine when the initiator withdraws a request.
	 */
	static final String WITHDRAW_REASON = "baton:withdrawn";

	private final RequestStore store;

	private final RequestLedger ledger;

	private final ApplicationEventPublisher events;

	RequestTracking(RequestStore store, RequestLedger ledger, ApplicationEventPublisher events) {
		this.store = store;
		this.ledger = ledger;
		this.events = events;
	}

	@EventListener
	void on(ProcessEnded ended) {
		if (ended.businessKey() == null) {
			return;
		}
		if (ended.canceled() && WITHDRAW_REASON.equals(ended.deleteReason())) {
			// the initiator withdrew it: nothing they have not seen
			if (store.end(ended.businessKey(), ended.processInstanceId(), RequestStatus.WITHDRAWN, Instant.now(), null,
					false, false)) {
				events.publishEvent(new RequestEnded(ended.businessKey(), ended.processInstanceId(),
						RequestEnded.Outcome.WITHDRAWN, null, null));
			}
			return;
		}
		Optional<LedgerEntry> last = ledger.lastDecisionOf(ended.processInstanceId());
		RequestStatus status = last.filter(entry -> RequestLedger.isRejection(entry.decision())).isPresent()
				? RequestStatus.REJECTED : ended.canceled() ? RequestStatus.CANCELLED : RequestStatus.COMPLETED;
		// someone else ended it (rejected it, approved it last, cancelled it): the
		// initiator has news until they open it
		String lastActor = last.map(LedgerEntry::actorId).orElse(null);
		if (store.end(ended.businessKey(), ended.processInstanceId(), status, Instant.now(), lastActor,
				status == RequestStatus.CANCELLED, true)) {
			RequestEnded.Outcome outcome = switch (status) {
				case REJECTED -> RequestEnded.Outcome.REJECTED;
				case CANCELLED -> RequestEnded.Outcome.CANCELLED;
				default -> RequestEnded.Outcome.APPROVED;
			};
			events.publishEvent(new RequestEnded(ended.businessKey(), ended.processInstanceId(), outcome, lastActor,
					last.map(LedgerEntry::comment).orElse(null)));
		}
	}

	/**
	 * People mentioned in a comment on a request may read it from then on.
	 */
	@EventListener
	void on(PeopleMentioned mentioned) {
		Instant now = Instant.now();
		for (String userId : mentioned.userIds()) {
			store.mention(mentioned.processInstanceId(), userId, mentioned.byUserId(), now);
		}
	}

	/**
	 * An overdue task's deadline rule told the approver's manager: the manager may read
	 * the request the notice opens.
	 */
	@EventListener
	void on(TaskEscalated escalated) {
		if (escalated.businessKey() != null && escalated.managerId() != null) {
			store.addParticipant(escalated.businessKey(), escalated.managerId());
		}
	}

	/** A step changed a field of the request's summary. */
	@EventListener
	void on(RequestSummaryChanged changed) {
		store.updateSummary(changed.processInstanceId(), changed.summary());
	}

	/**
	 * Whoever gets a task of a request (assigned on creation, claimed, transferred,
	 * delegated, added as a signer) is involved in it from then on. Since only a task's
	 * assignee acts on it, this covers everyone who ever decided on the request too (plus
	 * its initiator, added at the start).
	 */
	@EventListener
	void on(DelegateTask task) {
		String event = task.getEventName();
		if (task.getAssignee() == null
				|| !(TaskListener.EVENTNAME_CREATE.equals(event) || TaskListener.EVENTNAME_ASSIGNMENT.equals(event))) {
			return;
		}
		DelegateExecution execution = task.getExecution();
		String requestId = execution == null ? null : execution.getProcessBusinessKey();
		if (requestId != null) {
			store.addParticipant(requestId, task.getAssignee());
		}
	}

}
