package dev.baton.setup;

import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.baton.directory.DemoCompany;
import dev.baton.requests.RequestRemoval;
import dev.baton.tasks.ApprovalLedger;
import dev.baton.tasks.LedgerEntry;
import dev.baton.web.ProblemException;

/**
 * Removes the demo company in one transaction: the requests the demo people started
 * (engine instances with their history, and Baton's rows), then the demo people, and the
 * demo departments and roles nobody else uses. The administrator doing it stays (see
 * {@link DemoCompany#remove}). Refused while a request that someone outside the demo
 * started is waiting on demo people. The approval ledger keeps every removed request's
 * rows and gets one more per request, decision {@value #DECISION}, saying who removed it.
 */
@Service
class DemoRemoval {

	static final String DECISION = "demo-removed";

	private static final Logger log = LoggerFactory.getLogger(DemoRemoval.class);

	/** What the confirmation dialog shows before anything is removed. */
	record Preview(List<String> people, String kept, List<String> blockingRequests) {
	}

	/** What was removed. */
	record Result(List<String> people, List<String> departments, List<String> roles, List<String> requests,
			String kept) {
	}

	private final DemoCompany demo;

	private final RequestRemoval requests;

	private final ApprovalLedger ledger;

	private final SetupMarks marks;

	DemoRemoval(DemoCompany demo, RequestRemoval requests, ApprovalLedger ledger, SetupMarks marks) {
		this.demo = demo;
		this.requests = requests;
		this.ledger = ledger;
		this.marks = marks;
	}

	@Transactional(readOnly = true)
	Preview preview(String administrator) {
		List<String> remaining = demo.remaining();
		List<String> leaving = remaining.stream().filter(id -> !id.equals(administrator)).toList();
		return new Preview(leaving, remaining.contains(administrator) ? administrator : null,
				requests.runningWithParticipants(leaving, remaining));
	}

	@Transactional
	Result remove(String administrator) {
		Preview preview = preview(administrator);
		if (preview.people().isEmpty()) {
			throw new ProblemException(HttpStatus.CONFLICT, "setup.demo.gone");
		}
		if (!preview.blockingRequests().isEmpty()) {
			throw new ProblemException(HttpStatus.CONFLICT, "setup.demo.involved",
					String.join(", ", preview.blockingRequests()))
				.withProperty("requests", preview.blockingRequests());
		}
		List<String> starters = demo.remaining();
		List<RequestRemoval.RemovedRequest> removedRequests = requests.removeStartedBy(starters);
		Instant now = Instant.now();
		for (RequestRemoval.RemovedRequest request : removedRequests) {
			if (request.processInstanceId() != null) {
				ledger.append(new LedgerEntry(null, request.processInstanceId(), request.id(),
						request.processDefinitionId(), null, null, null, administrator, null, DECISION,
						"The demo organisation was removed, with the requests its people started.", null, now));
			}
		}
		DemoCompany.Removed removed = demo.remove(administrator);
		marks.mark(SetupMarks.DEMO_REMOVED, administrator);
		log.info("{} removed the demo organisation: {} people, {} departments, {} roles, {} requests", administrator,
				removed.people().size(), removed.departments().size(), removed.roles().size(), removedRequests.size());
		return new Result(removed.people(), removed.departments(), removed.roles(),
				removedRequests.stream().map(RequestRemoval.RemovedRequest::id).toList(), preview.kept());
	}

}
