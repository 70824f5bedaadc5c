package dev.baton.requests;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.baton.tasks.ApprovalLedger;
import dev.baton.tasks.LedgerEntry;
import org.springframework.stereotype.Component;

/**
 * What the requests module writes to and reads from the approval ledger of the tasks
 * module.
 */
@Component
class RequestLedger {

	static final String START = "start";
	static final String WITHDRAW = "withdraw";
	static final String URGE = "urge";
	static final String REJECT = "reject";

	/**
	 * An administrator's change through the engine's REST API (tasks module): an
	 * intervention, not a decision on the request.
	 */
	static final String ENGINE_REST = "engine-rest";

	/**
	 * An administrator's interventions through Baton's console (module operations) that
	 * decide nothing about the request's course: who has a step, a retried job, a pause,
	 * a newer version of its process.
	 */
	private static final Set<String> ADMIN_INTERVENTIONS = Set.of("admin-reassign", "admin-retry", "admin-suspend",
			"admin-resume", "admin-migrate");

	/**
	 * What a step's deadline rule did on its own (module deadlines) without deciding:
	 * told the approver's manager, gave the task to the manager.
	 */
	private static final Set<String> DEADLINE_INTERVENTIONS = Set.of("deadline-notify", "deadline-transfer");

	/**
	 * A deadline rule rejected the request for its overdue approver (module deadlines).
	 */
	static final String DEADLINE_REJECT = "deadline-reject";

	/**
	 * Ledger rows that do not stop the initiator from withdrawing: nobody has decided on
	 * the request yet. Anything else (approve, reject, return, transfer, claim, comment,
	 * an administrator moving or ending it …) does.
	 */
	private static final Set<String> BEFORE_ANY_DECISION = union(
			Set.of(START, "auto-approve", "skip", URGE, "cc", ENGINE_REST),
			union(ADMIN_INTERVENTIONS, DEADLINE_INTERVENTIONS));

	/**
	 * Rows that record no decision about the request's course; the status looks past
	 * them.
	 */
	private static final Set<String> NOT_DECISIONS = union(
			Set.of("comment", "cc", URGE, "claim", "unclaim", ENGINE_REST),
			union(ADMIN_INTERVENTIONS, DEADLINE_INTERVENTIONS));

	private final ApprovalLedger ledger;

	RequestLedger(ApprovalLedger ledger) {
		this.ledger = ledger;
	}

	void record(String processInstanceId, String requestId, String processDefinitionId, String stepId, String stepName,
			String actorId, String decision, String comment, String dataHash) {
		ledger.append(new LedgerEntry(null, processInstanceId, requestId, processDefinitionId, stepId, stepName, null,
				actorId, null, decision, blankToNull(comment), dataHash, null));
	}

	List<LedgerEntry> entriesOf(String processInstanceId) {
		return ledger.entriesOf(processInstanceId);
	}

	/**
	 * The latest entry that decided on the course of the request, read on its own (one
	 * row, not the whole ledger of the request).
	 */
	Optional<LedgerEntry> lastDecisionOf(String processInstanceId) {
		return ledger.latestEntryExcept(processInstanceId, NOT_DECISIONS);
	}

	/**
	 * Whether anyone has decided on the request beyond what the system and the initiator
	 * did.
	 */
	static boolean anyoneDecided(List<LedgerEntry> entries) {
		return entries.stream().anyMatch(entry -> !BEFORE_ANY_DECISION.contains(entry.decision()));
	}

	/**
	 * Whether a ledger decision rejected the request: its approver, or its deadline rule.
	 */
	static boolean isRejection(String decision) {
		return REJECT.equals(decision) || DEADLINE_REJECT.equals(decision);
	}

	/** The latest entry that decided on the course of the request, if any. */
	static LedgerEntry lastDecision(List<LedgerEntry> entries) {
		for (int i = entries.size() - 1; i >= 0; i--) {
			if (!NOT_DECISIONS.contains(entries.get(i).decision())) {
				return entries.get(i);
			}
		}
		return null;
	}

	private static Set<String> union(Set<String> one, Set<String> other) {
		Set<String> both = new java.util.HashSet<>(one);
		both.addAll(other);
		return Set.copyOf(both);
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.trim();
	}

}
