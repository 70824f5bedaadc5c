package dev.baton.tasks;

import dev.baton.security.EngineRestWrite;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes what an administrator changed through the engine's REST API to the approval
 * ledger: one entry per request the call concerns (or one without a request, e.g. for a
 * deployment), with who, the call in one line and a hash of what was sent. Runs inside
 * the transaction of the engine call, so the entry and the change commit together.
 */
@Component
class EngineRestLedger {

	/** The ledger's decision for a change made through the engine's REST API. */
	static final String DECISION = "engine-rest";

	private final ApprovalLedger ledger;

	EngineRestLedger(ApprovalLedger ledger) {
		this.ledger = ledger;
	}

	@EventListener
	void record(EngineRestWrite write) {
		if (write.targets().isEmpty()) {
			ledger.append(new LedgerEntry(null, null, null, null, null, null, null, write.actorId(), null, DECISION,
					write.summary(), write.dataHash(), null));
			return;
		}
		for (EngineRestWrite.Target target : write.targets()) {
			ledger.append(new LedgerEntry(null, target.processInstanceId(), target.businessKey(),
					target.processDefinitionId(), target.stepId(), target.stepName(), target.taskId(), write.actorId(),
					target.targetUserId(), DECISION, write.summary(), write.dataHash(), null));
		}
	}

}
