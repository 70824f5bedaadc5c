package dev.baton.requests;

import dev.baton.modeling.ProcessCatalog;
import dev.baton.modeling.RequestSummaries;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import dev.baton.directory.Directory;
import dev.baton.directory.Person;
import dev.baton.engine.ApprovalVariables;
import dev.baton.engine.MissingVariableException;
import dev.baton.forms.SubmissionValidator;
import dev.baton.forms.ValidatedSubmission;
import dev.baton.security.CurrentUser;
import dev.baton.web.ProblemException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Starts a request: the submission is validated against the version's start form, the
 * request gets its id, and in one transaction its row is written, the process instance
 * starts with the id as business key (as the caller, whom the security filter has told
 * the engine, so {@code initiator} is set), and the ledger records the start with a hash
 * of the data.
 * <p>
 * The start row is written the moment the engine starts the instance (from the engine's
 * own process-start event), so it comes before anything the first steps record on their
 * own (auto-approvals, skips); if that event is switched off it is written right after
 * the start.
 */
@Component
class RequestStarter {

	private static final int MAX_TITLE = 200;

	/**
	 * The start in progress on this thread, between writing the row and the engine's
	 * start event.
	 */
	private static final ThreadLocal<PendingStart> PENDING = new ThreadLocal<>();

	private static final class PendingStart {

		final String requestId;

		final String actorId;

		final String dataHash;

		final ProcessCatalog.ProcessInfo process;

		boolean recorded;

		PendingStart(String requestId, String actorId, String dataHash, ProcessCatalog.ProcessInfo process) {
			this.requestId = requestId;
			this.actorId = actorId;
			this.dataHash = dataHash;
			this.process = process;
		}

	}

	private final CurrentUser currentUser;

	private final StartableProcesses processes;

	private final SubmissionValidator validator;

	private final ProcessCatalog catalog;

	private final RequestKeys keys;

	private final RequestStore store;

	private final RequestLedger ledger;

	private final Directory directory;

	private final RuntimeService runtimeService;

	private final TransactionTemplate transaction;

	private final RequestSummaries summaries;

	private final IdempotencyKeys idempotency;

	RequestStarter(CurrentUser currentUser, StartableProcesses processes, SubmissionValidator validator,
			ProcessCatalog catalog, RequestKeys keys, RequestStore store, RequestLedger ledger, Directory directory,
			RuntimeService runtimeService, TransactionTemplate transaction, RequestSummaries summaries,
			IdempotencyKeys idempotency) {
		this.summaries = summaries;
		this.idempotency = idempotency;
		this.currentUser = currentUser;
		this.processes = processes;
		this.validator = validator;
		this.catalog = catalog;
		this.keys = keys;
		this.store = store;
		this.ledger = ledger;
		this.directory = directory;
		this.runtimeService = runtimeService;
		this.transaction = transaction;
	}

	/** A request start's answer: the request, and whether an earlier start gave it. */
	record Started(String requestId, boolean replayed) {
	}

	/** How often a start waits for another start holding its idempotency key. */
	private static final int KEY_ATTEMPTS = 5;

	/**
	 * @return the new request's id
	 */
	String start(String processKey, Map<String, Object> data) {
		return start(processKey, data, null).requestId();
	}

	/**
	 * @param idempotencyKey the {@code Idempotency-Key} header, or {@code null}
	 * @return the new request, or the one the same person started with the key within 24
	 * hours
	 */
	Started start(String processKey, Map<String, Object> data, String idempotencyKey) {
		String caller = currentUser.id();
		IdempotencyKeys.Claim claim = idempotency.claim(caller, idempotencyKey, processKey, data);
		Optional<IdempotencyKeys.Stored> stored = Optional.empty();
		if (claim != null) {
			stored = idempotency.find(claim);
			Optional<String> earlier = idempotency.earlier(claim, stored, Instant.now());
			if (earlier.isPresent()) {
				return new Started(earlier.get(), true);
			}
		}
		ProcessDefinition definition = processes.latest(processKey)
			.orElseThrow(() -> new ProblemException(HttpStatus.NOT_FOUND, "request.process.notFound", processKey));
		if (!processes.mayStart(definition, caller)) {
			throw new ProblemException(HttpStatus.FORBIDDEN, "request.process.notAllowed");
		}
		ValidatedSubmission submission = validator.validateStart(definition.getId(), data == null ? Map.of() : data);
		refuseReserved(submission.variables());
		ProcessCatalog.ProcessInfo process = catalog.of(definition);
		String requestId = keys.next(process.keyPrefix());
		String title = titleOf(submission.variables());
		String summary = summaries.valuesOf(definition.getId(), submission.variables());

		for (int attempt = 1;; attempt++) {
			Instant now = Instant.now();
			boolean replacesExpired = stored.isPresent();
			try {
				startInstance(requestId, definition, title, summary, caller, now, process, submission,
						claim == null ? null : () -> idempotency.record(claim, requestId, now, replacesExpired));
				if (claim != null) {
					idempotency.cleanUpNowAndThen(now);
				}
				return new Started(requestId, false);
			}
			catch (MissingVariableException missing) {
				throw missingValue(missing);
			}
			catch (IdempotencyKeys.Taken taken) {
				// another start with the key committed (answer its request) or still runs
				// (wait for it again); one that rolled back left the key free
				stored = idempotency.find(claim);
				Optional<String> earlier = idempotency.earlier(claim, stored, Instant.now());
				if (earlier.isPresent()) {
					return new Started(earlier.get(), true);
				}
				if (attempt >= KEY_ATTEMPTS) {
					throw new ProblemException(HttpStatus.CONFLICT, "request.idempotencyKey.busy")
						.withProperty("header", IdempotencyKeys.HEADER);
				}
			}
		}
	}

	private void startInstance(String requestId, ProcessDefinition definition, String title, String summary,
			String caller, Instant now, ProcessCatalog.ProcessInfo process, ValidatedSubmission submission,
			Runnable recordKey) {
		transaction.executeWithoutResult(status -> {
			if (recordKey != null) {
				recordKey.run();
			}
			store.insert(
					new RequestRow(requestId, null, definition.getId(), definition.getKey(), title, caller,
							RequestStatus.RUNNING, now, null, summary, false, null),
					searchText(requestId, title, caller, process));
			store.addParticipant(requestId, caller);
			PendingStart pending = new PendingStart(requestId, caller, submission.dataHash(), process);
			PENDING.set(pending);
			try {
				// by id, not key: the version whose start form validated the data
				Map<String, Object> variables = submission.variables();
				if (!process.startSetsInitiator()) {
					// a model from elsewhere: the approvers' pages and approver rules
					// still
					// know who started it
					variables = new LinkedHashMap<>(variables);
					variables.put(ApprovalVariables.INITIATOR, caller);
				}
				ProcessInstance instance = runtimeService.createProcessInstanceById(definition.getId())
					.businessKey(requestId)
					.setVariables(variables)
					.execute();
				if (!pending.recorded) {
					recordStart(pending, instance.getId());
				}
			}
			finally {
				PENDING.remove();
			}
		});
	}

	/**
	 * A condition or assignment of the process needs a value the submission did not have:
	 * 400 naming the field and the step, and nothing was started (the transaction rolled
	 * back).
	 */
	private static ProblemException missingValue(MissingVariableException missing) {
		String element = missing.elementName() != null && !missing.elementName().isBlank()
				? missing.elementName().strip() : missing.elementId() != null ? missing.elementId() : "";
		return new ProblemException(HttpStatus.BAD_REQUEST, "request.start.missingValue",
				List.of(new ProblemException.FieldProblem(missing.variable(), "request.data.neededBy", element)),
				missing.variable(), element)
			.withProperty("elementId", missing.elementId())
			.withProperty("variable", missing.variable());
	}

	/**
	 * The engine started the process instance of the pending start: record it before its
	 * first step runs.
	 */
	@EventListener
	void on(DelegateExecution execution) {
		PendingStart pending = PENDING.get();
		if (pending == null || pending.recorded || !ExecutionListener.EVENTNAME_START.equals(execution.getEventName())
				|| !execution.getId().equals(execution.getProcessInstanceId())
				|| !pending.requestId.equals(execution.getProcessBusinessKey())) {
			return;
		}
		recordStart(pending, execution.getProcessInstanceId());
	}

	private void recordStart(PendingStart pending, String processInstanceId) {
		pending.recorded = true;
		store.attachInstance(pending.requestId, processInstanceId);
		ProcessCatalog.ProcessInfo process = pending.process;
		String stepName = process.startEventName() == null ? null : process.startEventName().zh();
		ledger.record(processInstanceId, pending.requestId, process.definitionId(), process.startEventId(), stepName,
				pending.actorId, RequestLedger.START, null, pending.dataHash);
	}

	/**
	 * Defence in depth: whatever the form validation let through, Baton's own variables
	 * are never set by a client.
	 */
	private static void refuseReserved(Map<String, Object> variables) {
		List<ProblemException.FieldProblem> reserved = variables.keySet()
			.stream()
			.filter(ApprovalVariables::isReserved)
			.map(name -> new ProblemException.FieldProblem(name, "request.data.reserved"))
			.toList();
		if (!reserved.isEmpty()) {
			throw new ProblemException(HttpStatus.BAD_REQUEST, "error.invalidFields", reserved);
		}
	}

	/** The start form's {@code title} field, if it has one. */
	static String titleOf(Map<String, Object> variables) {
		if (variables.get("title") instanceof String title && !title.isBlank()) {
			String trimmed = title.strip();
			return trimmed.length() <= MAX_TITLE ? trimmed : trimmed.substring(0, MAX_TITLE);
		}
		return null;
	}

	private String searchText(String requestId, String title, String initiatorId, ProcessCatalog.ProcessInfo process) {
		String initiatorName = directory.person(initiatorId).map(Person::displayName).orElse("");
		return String
			.join(" ", requestId, title == null ? "" : title, initiatorId, initiatorName, process.name().zh(),
					process.name().en())
			.toLowerCase(Locale.ROOT);
	}

}
