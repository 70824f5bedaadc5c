package dev.baton.engine;

import dev.baton.directory.ApproverResolution;
import dev.baton.directory.ApproverResolver;
import dev.baton.directory.ApproverRule;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.pvm.delegate.ActivityExecution;
import org.camunda.bpm.engine.variable.Variables;

/**
 * A single-instance approval step: before the task is created, the step's approver rule
 * is resolved. One approver is assigned; several become candidates (any one of them
 * claims it, and one approval - an automatic one too - completes the step); nobody to ask
 * means the step is passed (skip / auto-approve, announced) or, when the rule says fail,
 * the request stops here with an incident that names the rule and what was missing.
 */
class ApprovalStepBehavior extends UserTaskActivityBehavior {

	static final String NO_APPROVER_INCIDENT = "baton-no-approver";

	private final ApproverRule rule;

	private final ApproverResolver resolver;

	private final AutoDecisions decisions;

	ApprovalStepBehavior(UserTaskActivityBehavior original, ApproverRule rule, ApproverResolver resolver,
			AutoDecisions decisions) {
		super(original.getTaskDecorator());
		this.rule = rule;
		this.resolver = resolver;
		this.decisions = decisions;
	}

	@Override
	public void performExecution(ActivityExecution execution) throws Exception {
		String stepId = execution.getActivity().getId();
		String stepName = String.valueOf(execution.getActivity().getProperty("name"));
		// several approvers of a step without a loop are candidates: any one of them
		// completes it
		ApproverResolution resolution = resolver.resolve(rule, ApprovalContexts.of(execution),
				ApproverResolver.Quorum.ANY_ONE);
		decisions.announce(execution, stepId, stepName, resolution);
		switch (resolution.outcome()) {
			case ASSIGN -> {
				// both are always set: an earlier step in the same transaction may have
				// left its own values
				boolean one = resolution.approvers().size() == 1;
				execution.setVariableLocal(ApprovalVariables.ASSIGNEE,
						Variables.stringValue(one ? resolution.approvers().get(0) : null, true));
				execution.setVariableLocal(ApprovalVariables.CANDIDATES,
						Variables.stringValue(one ? "" : ApprovalVariables.join(resolution.approvers()), true));
				super.performExecution(execution);
			}
			case SKIP, AUTO_APPROVED -> leave(execution);
			case FAIL -> execution.createIncident(NO_APPROVER_INCIDENT, stepId,
					"Step '" + stepId + "' has no approver: " + resolution.reason());
		}
	}

}
