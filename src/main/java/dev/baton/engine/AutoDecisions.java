package dev.baton.engine;

import java.util.List;

import dev.baton.directory.ApproverResolution;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Announces the approvals a rule decided on its own, and keeps the "who approved last"
 * trail in step.
 */
final class AutoDecisions {

	private final ApplicationEventPublisher events;

	AutoDecisions(ApplicationEventPublisher events) {
		this.events = events;
	}

	void announce(DelegateExecution execution, String stepId, String stepName, ApproverResolution resolution) {
		for (String userId : resolution.autoApproved()) {
			events.publishEvent(event(execution, stepId, stepName, userId, StepAutoApproved.Kind.AUTO_APPROVED,
					resolution.reason()));
		}
		if (resolution.outcome() == ApproverResolution.Outcome.SKIP) {
			events.publishEvent(
					event(execution, stepId, stepName, null, StepAutoApproved.Kind.SKIPPED, resolution.reason()));
		}
		if (!resolution.autoApproved().isEmpty()) {
			// the step counts as approved by them, for the step after it; in a step that
			// everybody approves, whoever approves it by hand is added when their task
			// completes (LastApproversRecorder)
			execution.setVariable(ApprovalVariables.LAST_STEP, stepId);
			execution.setVariable(ApprovalVariables.LAST_APPROVERS, ApprovalVariables.join(resolution.autoApproved()));
		}
		else if (resolution.outcome() == ApproverResolution.Outcome.SKIP) {
			execution.removeVariable(ApprovalVariables.LAST_STEP);
			execution.removeVariable(ApprovalVariables.LAST_APPROVERS);
		}
	}

	private static StepAutoApproved event(DelegateExecution execution, String stepId, String stepName, String userId,
			StepAutoApproved.Kind kind, String reason) {
		return new StepAutoApproved(execution.getProcessInstanceId(), execution.getProcessDefinitionId(),
				execution.getProcessBusinessKey(), stepId, stepName, userId, kind, reason);
	}

}
