package dev.baton.engine;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * Remembers who approved the step that just completed, so the next step's rule can tell
 * "the same person just approved" (auto-approve). A completed task without an approver
 * rule breaks the chain: the step after it has no previous approvers.
 */
final class LastApproversRecorder implements TaskListener {

	private final boolean approvalStep;

	LastApproversRecorder(boolean approvalStep) {
		this.approvalStep = approvalStep;
	}

	@Override
	public void notify(DelegateTask task) {
		DelegateExecution execution = task.getExecution();
		if (!approvalStep || task.getAssignee() == null) {
			execution.removeVariable(ApprovalVariables.LAST_STEP);
			execution.removeVariable(ApprovalVariables.LAST_APPROVERS);
			return;
		}
		String stepId = task.getTaskDefinitionKey();
		List<String> approvers = new ArrayList<>();
		if (stepId.equals(execution.getVariable(ApprovalVariables.LAST_STEP))) {
			approvers.addAll(ApprovalVariables.split(execution.getVariable(ApprovalVariables.LAST_APPROVERS)));
		}
		if (!approvers.contains(task.getAssignee())) {
			approvers.add(task.getAssignee());
		}
		execution.setVariable(ApprovalVariables.LAST_STEP, stepId);
		execution.setVariable(ApprovalVariables.LAST_APPROVERS, ApprovalVariables.join(approvers));
	}

}
