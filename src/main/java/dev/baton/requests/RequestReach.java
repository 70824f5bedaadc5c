package dev.baton.requests;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.baton.directory.Directory;
import dev.baton.security.CurrentUser;
import dev.baton.web.ProblemException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Nobody reads a request outside their reach: its initiator, the people involved in it
 * (everyone who ever had one of its tasks, see {@link RequestTracking}), the people it
 * was copied to or mentioned in one of its comments, whoever may work on one of its open
 * tasks (candidates who have not claimed it yet), anyone the ledger names as having acted
 * on it, and those who read all requests (analysts, administrators, auditors).
 */
@Component
class RequestReach {

	private final CurrentUser currentUser;

	private final RequestStore store;

	private final RequestLedger ledger;

	private final Directory directory;

	RequestReach(CurrentUser currentUser, RequestStore store, RequestLedger ledger, Directory directory) {
		this.currentUser = currentUser;
		this.store = store;
		this.ledger = ledger;
		this.directory = directory;
	}

	/**
	 * @param copied whether the request was copied to the caller (read with the row)
	 */
	void require(RequestRow row, String caller, List<OpenSteps.OpenStep> steps, boolean copied) {
		if (!mayRead(row, caller, steps, copied)) {
			throw new ProblemException(HttpStatus.FORBIDDEN, "request.forbidden");
		}
	}

	private boolean mayRead(RequestRow row, String caller, List<OpenSteps.OpenStep> steps, boolean copied) {
		if (caller.equals(row.initiatorId()) || currentUser.readsAllRequests() || copied
				|| store.isParticipant(row.id(), caller)) {
			return true;
		}
		if (!steps.isEmpty()) {
			Set<String> groups = new HashSet<>(directory.groupIdsOf(caller));
			if (steps.stream().anyMatch(step -> step.concerns(caller, groups))) {
				return true;
			}
		}
		if (store.isMentioned(row.id(), caller)) {
			return true;
		}
		// anyone who acted on it, should an action ever be taken by someone who never had
		// its task
		return ledger.entriesOf(row.processInstanceId()).stream().anyMatch(entry -> caller.equals(entry.actorId()));
	}

}
