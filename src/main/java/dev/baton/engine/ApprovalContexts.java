package dev.baton.engine;

import dev.baton.directory.ApprovalContext;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/** What an approver rule needs to know about the request a step belongs to. */
final class ApprovalContexts {

	private ApprovalContexts() {
	}

	static ApprovalContext of(DelegateExecution execution) {
		Object initiator = execution.getVariable(ApprovalVariables.INITIATOR);
		return new ApprovalContext(initiator == null ? null : initiator.toString(), execution.getVariables(),
				ApprovalVariables.previousApprovers(execution));
	}

}
