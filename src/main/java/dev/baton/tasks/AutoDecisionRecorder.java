package dev.baton.tasks;

import dev.baton.engine.StepAutoApproved;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes the decisions approver rules take on their own into the ledger, in the engine's
 * transaction.
 */
@Component
class AutoDecisionRecorder {

	private final ApprovalLedger ledger;

	AutoDecisionRecorder(ApprovalLedger ledger) {
		this.ledger = ledger;
	}

	@EventListener
	void on(StepAutoApproved decision) {
		String kind = decision.kind() == StepAutoApproved.Kind.AUTO_APPROVED ? "auto-approve" : "skip";
		ledger.append(new LedgerEntry(null, decision.processInstanceId(), decision.businessKey(),
				decision.processDefinitionId(), decision.stepId(), decision.stepName(), null, decision.userId(), null,
				kind, decision.reason(), null, null));
	}

}
