package dev.baton.engine;

import java.util.List;

import dev.baton.directory.ApproverResolution;
import dev.baton.directory.ApproverResolver;
import dev.baton.directory.ApproverRule;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The approvers of a multi-instance step (all must approve, or one after the other, or a
 * chain of managers), resolved once when the step starts and kept on the step's body, so
 * a sequential step asks the same people in the same order even after a restart. An empty
 * list ends the step at once, which is how "skip" and "auto-approve" work here; "fail"
 * refuses to move on, naming why.
 */
final class ApproverCollectionExpression implements Expression {

	private final String stepId;

	private final String stepName;

	private final ApproverRule rule;

	private final ApproverResolver resolver;

	private final AutoDecisions decisions;

	ApproverCollectionExpression(String stepId, String stepName, ApproverRule rule, ApproverResolver resolver,
			AutoDecisions decisions) {
		this.stepId = stepId;
		this.stepName = stepName;
		this.rule = rule;
		this.resolver = resolver;
		this.decisions = decisions;
	}

	@Override
	public Object getValue(VariableScope scope) {
		Object resolved = scope.getVariableLocal(ApprovalVariables.STEP_APPROVERS);
		if (resolved != null) {
			return ApprovalVariables.split(resolved);
		}
		DelegateExecution execution = (DelegateExecution) scope;
		ApproverResolution resolution = resolver.resolve(rule, ApprovalContexts.of(execution),
				ApproverResolver.Quorum.EVERY_ONE);
		if (resolution.outcome() == ApproverResolution.Outcome.FAIL) {
			throw new ProcessEngineException("Step '" + stepId + "' has no approver: " + resolution.reason());
		}
		decisions.announce(execution, stepId, stepName, resolution);
		List<String> approvers = resolution.approvers();
		scope.setVariableLocal(ApprovalVariables.STEP_APPROVERS, ApprovalVariables.join(approvers));
		return approvers;
	}

	@Override
	public void setValue(Object value, VariableScope scope) {
		throw new UnsupportedOperationException("read-only");
	}

	@Override
	public String getExpressionText() {
		return "baton:approvers(" + stepId + ")";
	}

	@Override
	public boolean isLiteralText() {
		return false;
	}

}
